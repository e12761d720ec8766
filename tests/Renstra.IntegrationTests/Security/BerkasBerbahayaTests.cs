using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Renstra.IntegrationTests.Bidang;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// Issue 14 items 1, 2 and 9: hostile spreadsheets — wide, far-reaching, decompression bombs (honest and
/// lying about their size), too many rows or columns — are refused with an Indonesian 4xx through the API
/// and through the web form alike, without the work or memory they were built to cost, storing nothing
/// and leaving no temporary file.
/// </summary>
public sealed class BerkasBerbahayaTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private const string Lembar = "/api/ketenagakerjaan/data/2022";
    private const string Halaman = "/isian/Ketenagakerjaan/2022";

    /// <summary>Longer than any honest answer; the files below were measured at hours of CPU before the fix.</summary>
    private static readonly TimeSpan Tenggat = TimeSpan.FromSeconds(30);

    private readonly RenstraApp _app = fixture.App;

    /// <summary>16 384 header columns (A…XFD), then one cell a million rows below: the reviewer's class of file.</summary>
    private static byte[] Lebar(bool denganDimensi) => BerkasBerbahaya.Xlsx(w =>
    {
        w.Write("<row r=\"1\">");
        for (var i = 0; i < 16_384; i++) w.Write(BerkasBerbahaya.Sel(BerkasBerbahaya.Kolom(i) + "1", i switch { 0 => "Kode", 3 => "Nilai", _ => "K" + i }));
        w.Write("</row><row r=\"1000000\">" + BerkasBerbahaya.Angka("D1000000", 5) + "</row>");
    }, denganDimensi ? "A1:XFD1000000" : null);

    /// <summary>The template's header and one cell far below it.</summary>
    private static byte[] Jauh() => BerkasBerbahaya.Xlsx(w =>
        w.Write(BerkasBerbahaya.Judul() + "<row r=\"900000\">" + BerkasBerbahaya.Sel("A900000", "AngkatanKerja") + BerkasBerbahaya.Angka("D900000", 5) + "</row>"));

    /// <summary>126 MB of identical rows that compress to ~430 KB.</summary>
    private static byte[] Bom() => BerkasBerbahaya.Xlsx(w =>
    {
        w.Write(BerkasBerbahaya.Judul());
        const string baris = "<row><c t=\"inlineStr\"><is><t>AngkatanKerja</t></is></c><c/><c/><c><v>1</v></c></row>";
        for (var i = 0; i < 1_500_000; i++) w.Write(baris);
    });

    public static TheoryData<string> Berkas => new() { "lebar", "lebar-dimensi", "jauh", "bom", "bom-berbohong" };

    /// <summary>The hostile files by name (the register import is tested with the same ones).</summary>
    internal static byte[] Buat(string nama) => nama switch
    {
        "lebar" => Lebar(false),
        "lebar-dimensi" => Lebar(true),
        "jauh" => Jauh(),
        "bom" => Bom(),
        "bom-berbohong" => BerkasBerbahaya.DeklarasiPalsu(Bom(), "xl/worksheets/sheet1.xml", 2000),
        _ => throw new ArgumentOutOfRangeException(nameof(nama)),
    };

    [Theory]
    [MemberData(nameof(Berkas))]
    public async Task A_hostile_xlsx_is_refused_through_the_api_with_bounded_memory(string nama)
    {
        var isi = Buat(nama);
        Assert.True(isi.Length < 1024 * 1024, $"{nama} is {isi.Length} bytes on the wire");
        var client = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        using var tenggat = new CancellationTokenSource(Tenggat);

        var sebelum = GC.GetTotalAllocatedBytes(precise: true);
        using var body = new ByteArrayContent(isi);
        body.Headers.ContentType = new MediaTypeHeaderValue(BerkasBerbahaya.JenisXlsx);
        var response = await client.PostAsync(Lembar + "/unggah", body, tenggat.Token);
        var dialokasikan = GC.GetTotalAllocatedBytes(precise: true) - sebelum;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        var pesan = problem.GetProperty("errors").GetProperty("berkas")[0].GetString()!;
        Assert.Matches("baris|kolom|dibuka|dibaca", pesan);
        // Before the fix such a file allocated gigabytes; now it is refused before (or while barely) parsing.
        Assert.True(dialokasikan < 150L * 1024 * 1024, $"{nama}: {dialokasikan / (1024 * 1024)} MB allocated");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Lembar)).StatusCode);
    }

    [Fact]
    public async Task An_honest_bomb_is_refused_by_its_declared_size_before_parsing()
    {
        var client = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        using var body = new ByteArrayContent(Bom());
        body.Headers.ContentType = new MediaTypeHeaderValue(BerkasBerbahaya.JenisXlsx);
        var response = await client.PostAsync(Lembar + "/unggah", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("setelah dibuka", (await response.JsonAsync()).GetProperty("errors").GetProperty("berkas")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Berkas))]
    public async Task A_hostile_xlsx_is_refused_through_the_web_form(string nama)
    {
        var (client, _) = await CookieSignIn.SignInAsync(_app, RenstraApp.OperatorNaker);
        var halaman = await client.GetStringAsync(Halaman);
        using var tenggat = new CancellationTokenSource(Tenggat);
        using var form = Form(Buat(nama), "data.xlsx", BerkasBerbahaya.JenisXlsx, CookieSignIn.TokenOf(halaman));

        var response = await client.PostAsync(Halaman + "?handler=Unggah", form, tenggat.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("baris|kolom|dibuka|dibaca", html);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.ClientForAsync(RenstraApp.OperatorNaker)).GetAsync(Lembar)).StatusCode);
    }

    [Fact]
    public async Task The_web_form_has_the_api_size_limit()
    {
        var (client, _) = await CookieSignIn.SignInAsync(_app, RenstraApp.OperatorNaker);
        var halaman = await client.GetStringAsync(Halaman);
        var besar = Encoding.UTF8.GetBytes("Kode,Nilai\n" + string.Concat(Enumerable.Repeat("AngkatanKerja,1\n", 120_000))); // ~1,9 MB
        using var form = Form(besar, "besar.csv", "text/csv", CookieSignIn.TokenOf(halaman));
        var response = await client.PostAsync(Halaman + "?handler=Unggah", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("melebihi 1024 KB", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var api = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        using var body = new ByteArrayContent(besar);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var lewatApi = await api.PostAsync(Lembar + "/unggah", body);
        Assert.Equal(HttpStatusCode.BadRequest, lewatApi.StatusCode);
        Assert.Contains("melebihi 1024 KB", (await lewatApi.JsonAsync()).GetProperty("errors").GetProperty("berkas")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_with_too_many_rows_or_columns_is_refused_and_empty_rows_are_skipped()
    {
        var client = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        async Task<HttpResponseMessage> KirimAsync(string csv)
        {
            using var body = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
            body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            return await client.PostAsync("/api/ketenagakerjaan/data/2022-T2/unggah", body);
        }

        var banyak = await KirimAsync("Kode,Nilai\n" + string.Concat(Enumerable.Repeat("AngkatanKerja,1\n", 6000)));
        Assert.Equal(HttpStatusCode.BadRequest, banyak.StatusCode);
        Assert.Contains("5000 baris", (await banyak.JsonAsync()).GetProperty("errors").GetProperty("berkas")[0].GetString(), StringComparison.Ordinal);

        var lebar = await KirimAsync(string.Join(",", Enumerable.Range(0, 200).Select(i => i == 0 ? "Kode" : i == 1 ? "Nilai" : "K" + i)) + "\nAngkatanKerja,1\n");
        Assert.Equal(HttpStatusCode.BadRequest, lebar.StatusCode);
        Assert.Contains("kolom", (await lebar.JsonAsync()).GetProperty("errors").GetProperty("berkas")[0].GetString(), StringComparison.Ordinal);

        // Empty rows in between (as a spreadsheet leaves them) are no error and no value.
        var kosong = await KirimAsync("Kode,Nilai\n\n,\nAngkatanKerja,70345\n,\n\n");
        Assert.Equal(HttpStatusCode.OK, kosong.StatusCode);
        Assert.Equal(70345m, (await kosong.JsonAsync()).Nilai()["AngkatanKerja"]);
    }

    [Fact]
    public async Task An_xlsx_reads_only_the_template_columns_and_skips_empty_rows()
    {
        // A template with extra columns (notes) and blank rows in between, values as shared text and numbers.
        var isi = BerkasBerbahaya.Xlsx(w =>
        {
            w.Write("<row r=\"1\">" + BerkasBerbahaya.Sel("A1", "Kode") + BerkasBerbahaya.Sel("B1", "Catatan") + BerkasBerbahaya.Sel("E1", "nilai") + "</row>");
            w.Write("<row r=\"2\"/><row r=\"3\"><c r=\"A3\"/><c r=\"E3\"/></row>");
            w.Write("<row r=\"4\">" + BerkasBerbahaya.Sel("A4", "PendudukBekerja") + BerkasBerbahaya.Sel("B4", "=HYPERLINK(\"x\")") + BerkasBerbahaya.Angka("E4", 67580) + "</row>");
            w.Write("<row r=\"40\">" + BerkasBerbahaya.Sel("A40", "Pengangguran") + BerkasBerbahaya.Sel("E40", "2765") + "</row>");
        }, "A1:E40");
        var client = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        using var body = new ByteArrayContent(isi);
        body.Headers.ContentType = new MediaTypeHeaderValue(BerkasBerbahaya.JenisXlsx);
        var response = await client.PostAsync("/api/ketenagakerjaan/data/2022-T3/unggah", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Dictionary<string, decimal> { ["PendudukBekerja"] = 67580, ["Pengangguran"] = 2765 }, (await response.JsonAsync()).Nilai());
    }

    [Fact]
    public async Task A_failed_parse_leaves_no_temporary_file()
    {
        var sementara = Path.Combine(Path.GetTempPath(), "renstra-tests", "tmp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(sementara);
        var lama = Environment.GetEnvironmentVariable("TMPDIR");
        var client = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        try
        {
            Environment.SetEnvironmentVariable("TMPDIR", sementara);
            Assert.StartsWith(sementara, Path.GetTempPath(), StringComparison.Ordinal);
            foreach (var nama in new[] { "lebar", "jauh", "bom-berbohong" })
            {
                using var body = new ByteArrayContent(Buat(nama));
                body.Headers.ContentType = new MediaTypeHeaderValue(BerkasBerbahaya.JenisXlsx);
                Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Lembar + "/unggah", body)).StatusCode);
            }
            using var rusak = new ByteArrayContent([(byte)'P', (byte)'K', 3, 4, 9, 9, 9, 9]);
            rusak.Headers.ContentType = new MediaTypeHeaderValue(BerkasBerbahaya.JenisXlsx);
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Lembar + "/unggah", rusak)).StatusCode);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", lama);
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(sementara));
        Directory.Delete(sementara);
    }

    internal static MultipartFormDataContent Form(byte[] isi, string nama, string jenis, string token)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var berkas = new ByteArrayContent(isi);
        berkas.Headers.ContentType = new MediaTypeHeaderValue(jenis);
        form.Add(berkas, "berkas", nama);
        return form;
    }

}
