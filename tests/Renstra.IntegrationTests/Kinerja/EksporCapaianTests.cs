using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Kinerja;

/// <summary>The capaian download of the web UI (issue 13): the chosen period and bidang, a heading, numbers rounded for people.</summary>
public sealed class EksporCapaianTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private const string NamaDinas = "Dinas Tenaga Kerja, Koperasi, Usaha Kecil dan Menengah Kabupaten Belitung Timur";
    private readonly RenstraApp _app = fixture.App;

    private async Task<HttpClient> SiapAsync()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        // 2 200 / 70 345 × 100 = 3,12744… (the API keeps 3,1274; the download shows 3,13).
        var lembar = new { nilai = new Dictionary<string, decimal> { ["AngkatanKerja"] = 70345, ["Pengangguran"] = 2200 } };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2023-T3", lembar)).StatusCode);
        await Eventually.WaitForAsync(
            () => admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/capaian?periode=2023-T3"),
            a => a.EnumerateArray().Any(c => c.GetProperty("kode").GetString() == "RPJMD-01" && c.GetProperty("realisasi").ValueKind == System.Text.Json.JsonValueKind.Number
                && c.GetProperty("status").GetString() != "SedangDihitung"),
            TimeSpan.FromSeconds(20));
        var (web, _) = await CookieSignIn.SignInAsync(_app, RenstraApp.Pimpinan);
        return web;
    }

    [Fact]
    public async Task Csv_follows_the_period_and_bidang_with_a_heading_and_rounded_realisasi()
    {
        var web = await SiapAsync();
        var response = await web.GetAsync("/ekspor?tahun=2023&triwulan=3&modul=Ketenagakerjaan&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("capaian-2023-T3-ketenagakerjaan.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var baris = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Capaian Kinerja Triwulan III 2023 — Bidang Ketenagakerjaan", baris[0]);
        Assert.Equal(NamaDinas, baris[1]);
        Assert.StartsWith("Renstra 2021–2026 · diunduh ", baris[2], StringComparison.Ordinal);
        Assert.StartsWith("No;Bidang;Tingkat;Kode;Indikator;Satuan;Target;Realisasi;Capaian (%)", baris[3], StringComparison.Ordinal);
        var data = baris.Skip(4).Select(b => b.Split(';')).ToList();
        Assert.NotEmpty(data);
        Assert.All(data, b => Assert.Equal("Ketenagakerjaan", b[1]));
        Assert.Equal("3,13", data.Single(b => b[3] == "RPJMD-01")[7]);

        using var api = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var exact = (await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/capaian?periode=2023-T3"))
            .EnumerateArray().Single(c => c.GetProperty("kode").GetString() == "RPJMD-01").GetProperty("realisasi").GetDecimal();
        Assert.Equal(3.1274m, exact);
    }

    [Fact]
    public async Task Xlsx_carries_the_heading_then_the_table_with_numbers_as_numbers()
    {
        var web = await SiapAsync();
        var response = await web.GetAsync("/ekspor?tahun=2023&triwulan=3&modul=Ketenagakerjaan&tingkat=RPJMD");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var berkas = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var baris = berkas.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Capaian Kinerja Triwulan III 2023 — Bidang Ketenagakerjaan · tingkat RPJMD", baris[0]["A"]);
        Assert.Equal(NamaDinas, baris[1]["A"]);
        var kepala = baris.FindIndex(b => b["D"] as string == "Kode");
        Assert.InRange(kepala, 3, 4); // after the heading and an empty line (a reader may drop the empty row)
        var data = baris.Skip(kepala + 1).ToList();
        var rpjmd = data.Single(b => b["D"] as string == "RPJMD-01");
        Assert.Equal(3.13m, Convert.ToDecimal(rpjmd["H"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(data, b => Assert.Equal("RPJMD", b["C"]));
    }

    [Theory]
    [InlineData("/ekspor", HttpStatusCode.OK, "Unduh tabel capaian")]
    [InlineData("/ekspor?format=csv", HttpStatusCode.OK, "Unduh tabel capaian")]
    [InlineData("/ekspor?tahun=1999", HttpStatusCode.BadRequest, "Tahun harus antara 2021 dan 2026.")]
    [InlineData("/ekspor?tahun=dua-ribu", HttpStatusCode.BadRequest, "Tahun harus berupa angka")]
    [InlineData("/ekspor?tahun=2024&format=pdf", HttpStatusCode.BadRequest, "Format unduhan yang tersedia: XLSX atau CSV.")]
    [InlineData("/ekspor?tahun=2024&triwulan=7", HttpStatusCode.BadRequest, "Triwulan harus 1, 2, 3 atau 4.")]
    public async Task Without_a_usable_year_it_is_a_page_that_says_what_to_choose(string alamat, HttpStatusCode status, string teks)
    {
        var (web, _) = await CookieSignIn.SignInAsync(_app, RenstraApp.Pimpinan);
        var response = await web.GetAsync(alamat);
        Assert.Equal(status, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains(teks, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
