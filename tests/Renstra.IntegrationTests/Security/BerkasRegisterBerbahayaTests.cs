using System.Net;
using System.Text;
using Renstra.IntegrationTests.Bidang;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// Issue 11 item 4: the register import reads a file with the sheet upload's hardening — the same hostile
/// spreadsheets, too many rows or columns, an oversized file — refused with an Indonesian 4xx through the API and
/// the web form, even with "store only the good rows", storing nothing.
/// </summary>
public sealed class BerkasRegisterBerbahayaTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private const string Impor = "/api/koperasi/impor?mode=valid";
    private const string Halaman = "/register/koperasi";
    private const string Judul = "NomorBadanHukum,Nama,Jenis,Alamat,Kecamatan,TanggalBerdiri\n";
    private static readonly TimeSpan Tenggat = TimeSpan.FromSeconds(30);

    private readonly RenstraApp _app = fixture.App;

    public static TheoryData<string> Berkas => new() { "lebar", "lebar-dimensi", "jauh", "bom", "bom-berbohong" };

    [Theory]
    [MemberData(nameof(Berkas))]
    public async Task A_hostile_xlsx_is_refused_by_the_register_import_through_the_api(string nama)
    {
        var isi = BerkasBerbahayaTests.Buat(nama);
        var client = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        using var tenggat = new CancellationTokenSource(Tenggat);
        var sebelum = GC.GetTotalAllocatedBytes(precise: true);
        var response = await client.PostAsync(Impor, FormulirBerkas.Dari(isi, "koperasi.xlsx", BerkasBerbahaya.JenisXlsx), tenggat.Token);
        var dialokasikan = GC.GetTotalAllocatedBytes(precise: true) - sebelum;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(dialokasikan < 150L * 1024 * 1024, $"{nama}: {dialokasikan / (1024 * 1024)} MB allocated");
        Assert.Matches("baris|kolom|dibuka|dibaca", (await response.JsonAsync()).GetProperty("errors").GetProperty("berkas")[0].GetString()!);
        await TidakAdaYangDisimpanAsync();
    }

    [Theory]
    [MemberData(nameof(Berkas))]
    public async Task A_hostile_xlsx_is_refused_by_the_register_import_through_the_web_form(string nama)
    {
        var (client, _) = await CookieSignIn.SignInAsync(_app, RenstraApp.OperatorKukm);
        var halaman = await client.GetStringAsync(Halaman);
        using var tenggat = new CancellationTokenSource(Tenggat);
        using var form = BerkasBerbahayaTests.Form(BerkasBerbahayaTests.Buat(nama), "koperasi.xlsx", BerkasBerbahaya.JenisXlsx, CookieSignIn.TokenOf(halaman));
        form.Add(new StringContent("valid"), "mode");
        var response = await client.PostAsync(Halaman + "?handler=Impor", form, tenggat.Token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("baris|kolom|dibuka|dibaca", html);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        await TidakAdaYangDisimpanAsync();
    }

    [Fact]
    public async Task A_csv_with_too_many_rows_or_columns_or_bytes_is_refused_and_nothing_is_stored()
    {
        var client = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        async Task<string> DitolakAsync(string csv)
        {
            var response = await client.PostAsync(Impor, FormulirBerkas.Dari(Encoding.UTF8.GetBytes(csv), "koperasi.csv", "text/csv"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.JsonAsync()).GetProperty("errors").GetProperty("berkas")[0].GetString()!;
        }

        var baris = string.Concat(Enumerable.Range(1, 6000).Select(i => $"B-{i}/BH/2019,Koperasi {i},Jasa,Jl. A,Manggar,2019-01-01\n"));
        Assert.Contains("5000 baris", await DitolakAsync(Judul + baris), StringComparison.Ordinal);
        var lebar = string.Join(",", Enumerable.Range(0, 200).Select(i => "K" + i));
        Assert.Contains("kolom", await DitolakAsync(Judul.TrimEnd('\n') + "," + lebar + "\nB-1/BH/2019,Koperasi,Jasa,Jl. A,Manggar,2019-01-01\n"), StringComparison.Ordinal);
        Assert.Contains("kolom", await DitolakAsync(Judul + "B-1/BH/2019,Koperasi,Jasa,Jl. A,Manggar,2019-01-01," + lebar + "\n"), StringComparison.Ordinal);
        var besar = Judul + string.Concat(Enumerable.Repeat("B-1/BH/2019,Koperasi Besar Sekali,Jasa,Jl. Panjang,Manggar,2019-01-01\n", 25_000)); // ~1,9 MB
        Assert.Contains("melebihi 1024 KB", await DitolakAsync(besar), StringComparison.Ordinal);

        var (web, _) = await CookieSignIn.SignInAsync(_app, RenstraApp.OperatorKukm);
        using var form = BerkasBerbahayaTests.Form(Encoding.UTF8.GetBytes(besar), "besar.csv", "text/csv", CookieSignIn.TokenOf(await web.GetStringAsync(Halaman)));
        var lewatHalaman = await web.PostAsync(Halaman + "?handler=Impor", form);
        Assert.Equal(HttpStatusCode.BadRequest, lewatHalaman.StatusCode);
        Assert.Contains("melebihi 1024 KB", WebUtility.HtmlDecode(await lewatHalaman.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await TidakAdaYangDisimpanAsync();
    }

    private async Task TidakAdaYangDisimpanAsync()
    {
        var client = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        Assert.Equal("[]", await client.GetStringAsync("/api/koperasi"));
    }
}
