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

    [Fact]
    public async Task The_api_csv_is_the_web_download_of_the_chosen_period_and_bidang()
    {
        var web = await SiapAsync();
        using var api = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var response = await api.GetAsync("/api/capaian/ekspor?periode=2023-T3&bidang=ketenagakerjaan&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("capaian-2023-T3-ketenagakerjaan.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var baris = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Capaian Kinerja Triwulan III 2023 — Bidang Ketenagakerjaan", baris[0]);
        Assert.Equal(NamaDinas, baris[1]);
        Assert.StartsWith("Renstra 2021–2026 · diunduh ", baris[2], StringComparison.Ordinal);
        var data = baris.Skip(4).Select(b => b.Split(';')).ToList();
        Assert.NotEmpty(data);
        Assert.All(data, b => Assert.Equal("Ketenagakerjaan", b[1]));
        Assert.Equal("3,13", data.Single(b => b[3] == "RPJMD-01")[7]);

        // The same builder as the page: the same lines apart from the download time.
        var halaman = (await (await web.GetAsync("/ekspor?tahun=2023&triwulan=3&modul=Ketenagakerjaan&format=csv")).Content.ReadAsStringAsync())
            .TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(halaman.Where((_, i) => i != 2), baris.Where((_, i) => i != 2));
    }

    [Fact]
    public async Task The_api_xlsx_holds_only_the_chosen_period_and_every_bidang_without_a_filter()
    {
        await SiapAsync();
        using var api = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        var response = await api.GetAsync("/api/capaian/ekspor?tahun=2023&periode=2023-T3");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("capaian-2023-T3.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var berkas = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var baris = berkas.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Capaian Kinerja Triwulan III 2023", baris[0]["A"]);
        var kepala = baris.FindIndex(b => b["D"] as string == "Kode");
        var data = baris.Skip(kepala + 1).ToList();
        Assert.Equal(3.13m, Convert.ToDecimal(data.Single(b => b["D"] as string == "RPJMD-01")["H"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["Ketenagakerjaan", "Koperasi dan UMKM", "Sekretariat"], data.Select(b => b["B"] as string).Distinct().Order(StringComparer.Ordinal));

        // Another quarter is another table: nothing was submitted for 2023-T2, so its RPJMD-01 has no realisasi.
        var lain = await api.GetAsync("/api/capaian/ekspor?periode=2023-T2&bidang=Ketenagakerjaan&format=csv");
        var teks = (await lain.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Capaian Kinerja Triwulan II 2023 — Bidang Ketenagakerjaan", teks[0]);
        Assert.Equal("", teks.Skip(4).Select(b => b.Split(';')).Single(b => b[3] == "RPJMD-01")[7]);
    }

    [Fact]
    public async Task The_api_export_answers_304_while_its_content_is_unchanged_and_200_after_a_new_realisasi()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        using var api = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var awal = new { nilai = new Dictionary<string, decimal> { ["AngkatanKerja"] = 70345, ["Pengangguran"] = 2200 } };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2022-T4", awal)).StatusCode);
        const string alamat = "/api/capaian/ekspor?periode=2022-T4&bidang=Ketenagakerjaan&format=csv";
        var pertama = await Eventually.WaitForAsync(
            async () =>
            {
                var r = await api.GetAsync(alamat);
                return (r.Headers.ETag, Teks: await r.Content.ReadAsStringAsync());
            },
            j => j.Teks.Split("\r\n").Any(b => b.Contains(";RPJMD-01;", StringComparison.Ordinal) && b.Contains(";3,13;", StringComparison.Ordinal)
                && !b.Contains("Sedang dihitung", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(20));
        var etag = pertama.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        using var lagi = new HttpRequestMessage(HttpMethod.Get, alamat);
        lagi.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await api.SendAsync(lagi)).StatusCode);

        var lembar = new { nilai = new Dictionary<string, decimal> { ["Pengangguran"] = 2100 } };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2022-T4", lembar)).StatusCode);
        var baru = await Eventually.WaitForAsync(
            async () =>
            {
                using var r = new HttpRequestMessage(HttpMethod.Get, alamat);
                r.Headers.IfNoneMatch.Add(etag);
                var jawab = await api.SendAsync(r);
                return (jawab.StatusCode, Teks: jawab.StatusCode == HttpStatusCode.OK ? await jawab.Content.ReadAsStringAsync() : "");
            },
            j => j.StatusCode == HttpStatusCode.OK && j.Teks.Contains(";RPJMD-01;", StringComparison.Ordinal) && !j.Teks.Contains("Sedang dihitung", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20));
        // 2 100 / 70 345 × 100 = 2,985…
        Assert.Contains(";2,99;", baru.Teks.Split("\r\n").Single(b => b.Contains(";RPJMD-01;", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?format=csv", "tahun", "wajib diisi")]
    [InlineData("?tahun=1999", "tahun", "Tahun harus antara 2021 dan 2026.")]
    [InlineData("?tahun=dua-ribu", "tahun", "bukan angka tahun")]
    [InlineData("?tahun=2024&periode=2024-T5", "periode", "tidak dikenali")]
    [InlineData("?tahun=2024&periode=2023-T2", "periode", "tidak berada di tahun 2024")]
    [InlineData("?tahun=2024&bidang=Keuangan", "bidang", "Bidang 'Keuangan' tidak dikenal.")]
    [InlineData("?tahun=2024&format=pdf", "format", "Format unduhan yang tersedia: XLSX atau CSV.")]
    public async Task The_api_export_refuses_a_wrong_query_with_an_indonesian_field_error(string query, string isian, string pesan)
    {
        using var api = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var masalah = await GalatIsian.AssertAsync(await api.GetAsync("/api/capaian/ekspor" + query), isian, pesan);
        Assert.Equal("Permintaan tidak valid", masalah.GetProperty("title").GetString());
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
