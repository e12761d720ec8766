using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Renstra.IntegrationTests.Bidang;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// Issue 14 items 3, 6, 7, 8 and 9 through HTTP: variable codes unique regardless of case at every way
/// in, formula cells defused in the CSV template, bounds on what can be stored and pages that render
/// whatever is stored, a strict rules import, capped error lists, regions checked on reads.
/// </summary>
public sealed class KodeDanBatasTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("errors");
    }

    private static string Workflow(string kode, string rumus, string ruleName = "", string jenis = "LambdaExpression",
        string aksi = "OutputExpression", string properti = "") =>
        "{\"WorkflowName\":\"" + kode + "\",\"Rules\":[{\"RuleName\":\"" + (ruleName.Length > 0 ? ruleName : kode) +
        "\",\"RuleExpressionType\":\"" + jenis + "\",\"Expression\":\"true\"," +
        "\"Actions\":{\"OnSuccess\":{\"Name\":\"" + aksi + "\",\"Context\":{\"Expression\":\"" + rumus + "\"}}}," +
        "\"Properties\":{\"nama\":\"Uji impor\",\"satuan\":\"%\",\"polaritas\":\"Positif\",\"modul\":\"Ketenagakerjaan\"" + properti + "}}]}";

    [Fact]
    public async Task A_case_variant_of_an_existing_variable_code_is_refused_at_every_way_in()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var sebelum = await admin.GetStringAsync("/api/variabel");

        // Variable declaration.
        var deklarasi = await admin.PutAsync("/api/variabel/Angkatankerja", Json("""
            {"nama":"Angkatan kerja (salinan)","satuan":"orang","modul":"KoperasiUmkm","bilanganBulat":true,"agregasi":"Terakhir"}
            """));
        var galat = await ErrorsAsync(deklarasi);
        Assert.Contains("AngkatanKerja", galat.GetProperty("kode")[0].GetString(), StringComparison.Ordinal);

        // Indicator rule save.
        var indikator = await admin.PutAsync("/api/indikator/UJI-CASE", Json("""
            {"nama":"Uji","satuan":"%","polaritas":"Positif","modul":"Ketenagakerjaan","rumus":"data.pengangguran / data.AngkatanKerja * 100"}
            """));
        Assert.Contains("'Pengangguran'", (await ErrorsAsync(indikator)).GetProperty("rumus")[0].GetString(), StringComparison.Ordinal);

        // Consistency rule save.
        var validasi = await admin.PutAsync("/api/aturan-validasi/Ketenagakerjaan/UjiHuruf", Json("""
            {"ekspresi":"data.Pengangguran <= data.angkatanKerja","pesan":"Uji."}
            """));
        Assert.Equal(HttpStatusCode.BadRequest, validasi.StatusCode);
        Assert.Contains("huruf besar dan kecil", await validasi.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Rules import.
        var impor = await admin.PostAsync("/api/indikator/impor", Json("[" + Workflow("UJI-CASE", "data.Angkatankerja / 2") + "]"));
        Assert.Contains("huruf besar dan kecil", (await ErrorsAsync(impor)).GetProperty("UJI-CASE")[0].GetString(), StringComparison.Ordinal);

        Assert.Equal(sebelum, await admin.GetStringAsync("/api/variabel"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/indikator/UJI-CASE")).StatusCode);
    }

    [Fact]
    public async Task The_csv_template_defuses_formula_cells()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var berbahaya = new Dictionary<string, string>
        {
            ["RumusSamaDengan"] = "=HYPERLINK(\"http://x\",\"klik\")",
            ["RumusTambah"] = "+1+1",
            ["RumusKurang"] = "-2+3",
            ["RumusAt"] = "@SUM(A1:A2)",
            ["RumusTab"] = "\t=1",
        };
        foreach (var (kode, nama) in berbahaya)
        {
            var r = await admin.PutAsJsonAsync($"/api/variabel/{kode}", new
            {
                nama, satuan = nama.Length > 5 ? "=1+2" : "orang", modul = "Sekretariat", bilanganBulat = false, agregasi = "Terakhir",
            });
            Assert.True(r.IsSuccessStatusCode, $"{kode}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        }
        var csv = (await admin.GetStringAsync("/api/sekretariat/templat?format=csv")).TrimStart('\uFEFF');
        var baris = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        foreach (var (kode, nama) in berbahaya)
        {
            var b = Assert.Single(baris, x => x.StartsWith(kode + ",", StringComparison.Ordinal));
            var sel = b[(kode.Length + 1)..];
            // Every cell after the code starts with a quote or an apostrophe, never with a formula character.
            Assert.Matches("^(\"'|')", sel);
            Assert.DoesNotMatch(",[=+\\-@\t]", b);
        }
        // The defused template still uploads: only Kode and Nilai are read.
        using var body = new StringContent(csv.Replace("RumusTambah,'+1+1,orang,", "RumusTambah,'+1+1,orang,-5", StringComparison.Ordinal), Encoding.UTF8, "text/csv");
        var unggah = await admin.PostAsync("/api/sekretariat/data/2021-T1/unggah", body);
        Assert.Equal(HttpStatusCode.OK, unggah.StatusCode);
        Assert.Equal(-5m, (await unggah.JsonAsync()).Nilai()["RumusTambah"]);
    }

    [Fact]
    public async Task Values_beyond_the_bound_are_refused_with_an_Indonesian_error()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var target = await admin.PutAsync("/api/indikator/IKU-01/target/2024", Json("""{"nilai": 79228162514264337593543950335}"""));
        Assert.Contains("10^15", (await ErrorsAsync(target)).GetProperty("nilai")[0].GetString(), StringComparison.Ordinal);
        var target2 = await admin.PutAsync("/api/indikator/IKU-01/target/2024", Json("""{"nilai": 1e16}"""));
        Assert.Equal("Target di luar batas: paling besar ±10^15 (seribu triliun).", (await ErrorsAsync(target2)).GetProperty("nilai")[0].GetString());
        var variabel = await admin.PutAsync("/api/variabel/BatasUji", Json("""
            {"nama":"Batas uji","satuan":"orang","modul":"Sekretariat","agregasi":"Terakhir","min":-1e20,"max":1e20}
            """));
        var galat = await ErrorsAsync(variabel);
        Assert.True(galat.TryGetProperty("min", out _) && galat.TryGetProperty("max", out _));
        // The value as sent and the bound as a person reads it, not 10000000000000000 against 1000000000000000.
        var lembar = await admin.PutAsync("/api/ketenagakerjaan/data/2021-T2", Json("""{"nilai":{"AngkatanKerja": 1e16}}"""));
        Assert.Equal("Nilai 1e16 tidak masuk akal: melebihi batas ±10^15 (seribu triliun).",
            (await ErrorsAsync(lembar)).GetProperty("AngkatanKerja")[0].GetString());
        var lembar2 = await admin.PutAsync("/api/ketenagakerjaan/data/2021-T2", Json("""{"nilai":{"AngkatanKerja": 1000000000000000.5}}"""));
        Assert.Equal("Nilai 1000000000000000.5 tidak masuk akal: melebihi batas ±10^15 (seribu triliun).",
            (await ErrorsAsync(lembar2)).GetProperty("AngkatanKerja")[0].GetString());
    }

    [Fact]
    public async Task No_page_answers_500_whatever_is_stored()
    {
        using var app = new RenstraApp();
        var admin = await app.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/indikator/IKU-01")).StatusCode); // migrated and seeded
        // Put what no endpoint accepts straight into the database: targets and a baseline at decimal's limits.
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "kinerja.db")};Pooling=False"))
        {
            await db.OpenAsync();
            await using var cmd = db.CreateCommand();
            cmd.CommandText = """
                UPDATE TargetIndikator SET Nilai = '79228162514264337593543950335' WHERE Kode = 'IKU-01' AND Periode = '2024';
                UPDATE TargetIndikator SET Nilai = '-79228162514264337593543950335' WHERE Kode = 'IKU-01' AND Periode = '2025';
                UPDATE Indikator SET BaselineNilai = '79228162514264337593543950335' WHERE Kode = 'IKU-01';
                UPDATE TargetIndikator SET Nilai = '0.0000000000000000000000000001' WHERE Kode = 'IKU-02';
                """;
            Assert.True(await cmd.ExecuteNonQueryAsync() >= 3);
        }
        var (web, _) = await CookieSignIn.SignInAsync(app, RenstraApp.Admin);
        foreach (var alamat in new[]
        {
            "/indikator/IKU-01", "/indikator/IKU-02", "/indikator/SAS-01", "/", "/?tahun=2024", "/?tahun=2024&tampilan=matriks",
            "/?tahun=2024&tampilan=pohon&modul=Ketenagakerjaan", "/?tahun=2024&tingkat=IKU&cabang=P02&cari=%3Cscript%3E",
            "/ekspor?tahun=2024&format=csv", "/ekspor?tahun=2024", "/ekspor?tahun=2024&triwulan=2&modul=Sekretariat&format=csv", "/ekspor",
        })
        {
            var response = await web.GetAsync(alamat);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{alamat}: {(int)response.StatusCode}");
        }
        var halaman = await web.GetStringAsync("/indikator/IKU-01");
        Assert.Contains("<svg", halaman, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", halaman, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", halaman, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/capaian?tahun=2024")).StatusCode);
    }

    [Fact]
    public async Task The_rules_import_refuses_by_name_what_it_would_drop()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        const string rumus = "data.PendudukBekerja / data.AngkatanKerja * 100";
        var kasus = new Dictionary<string, (string Body, string Kata)>
        {
            ["jenis ekspresi"] = ("[" + Workflow("UJI-IMPOR", rumus, jenis: "RuleExpressionTypeLain") + "]", "RuleExpressionTypeLain"),
            ["aksi lain"] = ("[" + Workflow("UJI-IMPOR", rumus, aksi: "EvaluateRule") + "]", "EvaluateRule"),
            ["nama rule lain"] = ("[" + Workflow("UJI-IMPOR", rumus, ruleName: "LAIN") + "]", "RuleName 'LAIN'"),
            ["properti tak dikenal"] = ("[" + Workflow("UJI-IMPOR", rumus, properti: ",\"bobot\":\"3\"") + "]", "'bobot'"),
            ["properti terlalu besar"] = ("[" + Workflow("UJI-IMPOR", rumus, properti: ",\"definisiOperasional\":\"" + new string('x', 5000) + "\"") + "]", "terlalu panjang"),
            ["workflow ganda"] = ("[" + Workflow("UJI-IMPOR", rumus) + "," + Workflow("UJI-IMPOR", rumus) + "]", "lebih dari sekali"),
            ["terlalu banyak"] = ("[" + string.Join(",", Enumerable.Range(0, 301).Select(i => Workflow($"UJI-{i}", rumus))) + "]", "paling banyak 300"),
        };
        foreach (var (nama, (body, kata)) in kasus)
        {
            var response = await admin.PostAsync("/api/indikator/impor", Json(body));
            var teks = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{nama}: {(int)response.StatusCode} {teks[..Math.Min(300, teks.Length)]}");
            Assert.Contains(kata, teks, StringComparison.Ordinal);
        }
        // A file over the import's own size limit is refused before it is read.
        var besar = await admin.PostAsync("/api/indikator/impor", Json("[" + Workflow("UJI-IMPOR", rumus, properti: ",\"nama2\":\"" + new string('x', 1_200_000) + "\"") + "]"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, besar.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/indikator/UJI-IMPOR")).StatusCode);

        // The export of the live rules imports back unchanged in shape: nothing the export writes is refused.
        var ekspor = await admin.GetStringAsync("/api/indikator/ekspor");
        var kembali = await admin.PostAsync("/api/indikator/impor", Json(ekspor));
        Assert.Equal(HttpStatusCode.OK, kembali.StatusCode);
    }

    [Fact]
    public async Task An_error_response_lists_a_bounded_number_of_errors()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var nilai = string.Join(",", Enumerable.Range(0, 500).Select(i => $"\"Karangan{i}\": 1"));
        var body = "{\"nilai\": {" + nilai + "}}";
        var response = await admin.PutAsync("/api/ketenagakerjaan/data/2021-T3", Json(body));
        var teks = await response.Content.ReadAsStringAsync();
        var galat = await ErrorsAsync(response);
        Assert.True(galat.EnumerateObject().Count() <= 21);
        Assert.Contains("dan 480 kesalahan lain", galat.GetProperty("…")[0].GetString(), StringComparison.Ordinal);
        Assert.True(teks.Length < body.Length * 2, $"answer {teks.Length} bytes for a request of {body.Length}");
    }

    [Fact]
    public async Task An_unconfigured_region_is_refused_on_reads()
    {
        var client = await _app.ClientForAsync(RenstraApp.Pimpinan);
        foreach (var alamat in new[] { "/api/capaian?tahun=2024&wilayah=9999", "/api/capaian/IKU-01?wilayah=9999", "/api/ketenagakerjaan/data/2024?wilayah=9999" })
        {
            var response = await client.GetAsync(alamat);
            var galat = await ErrorsAsync(response);
            Assert.Contains("tidak dikenal", galat.GetProperty("wilayah")[0].GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/capaian?tahun=2024&wilayah=1906")).StatusCode);
    }
}
