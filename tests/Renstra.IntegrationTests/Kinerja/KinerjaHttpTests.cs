using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Modules.Ketenagakerjaan.Contracts;
using Renstra.Modules.KoperasiUmkm.Contracts;

namespace Renstra.IntegrationTests.Kinerja;

public sealed class KinerjaHttpTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private const string Wilayah = "1906";
    private readonly RenstraApp _app = fixture.App;

    private async Task KirimAsync(string modul, string periode, Dictionary<string, decimal> nilai, int revisi = 1)
    {
        using var scope = _app.Services.CreateScope();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublisher>();
        if (modul == "Ketenagakerjaan")
            await publisher.Publish(new DataKetenagakerjaanDiterimaIntegrationEvent { Modul = modul, Periode = periode, Wilayah = Wilayah, Revisi = revisi, Nilai = nilai, Oleh = "uji" });
        else
            await publisher.Publish(new DataKoperasiUmkmDiterimaIntegrationEvent { Modul = modul, Periode = periode, Wilayah = Wilayah, Revisi = revisi, Nilai = nilai, Oleh = "uji" });
    }

    private async Task KunciAsync(string periode)
    {
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(new KunciKetenagakerjaanBerubahIntegrationEvent
        {
            Modul = "Ketenagakerjaan", Periode = periode, Wilayah = Wilayah, Terkunci = true, Oleh = "uji",
        });
    }

    /// <summary>The stored result once its recompute ran (results are computed after the change, not on the read).</summary>
    private static Task<JsonElement> CapaianAsync(HttpClient client, string kode, string query) =>
        Eventually.WaitForAsync(async () =>
        {
            var semua = await client.GetFromJsonAsync<JsonElement>($"/api/capaian?{query}&wilayah={Wilayah}");
            return semua.EnumerateArray().Single(c => c.GetProperty("kode").GetString() == kode);
        }, c => c.GetProperty("status").GetString() != "SedangDihitung", TimeSpan.FromSeconds(15));

    private static object Definisi(string kode, string rumus, string? berlakuMulai = null, string modul = "Ketenagakerjaan", string polaritas = "Positif") => new
    {
        kode, nama = "Indikator uji " + kode, satuan = "%", polaritas, modul, rumus, berlakuMulai,
    };

    [Fact]
    public async Task Every_catalog_indicator_is_served_with_its_capaian_row()
    {
        using var client = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var katalog = Directory.GetFiles(Path.Combine(RepositoryPaths.Rules, "indikator"), "*.json").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.Equal(89, katalog.Count);
        var indikator = await client.GetFromJsonAsync<JsonElement>("/api/indikator");
        var kode = indikator.EnumerateArray().Select(i => i.GetProperty("kode").GetString()).ToHashSet();
        Assert.Superset(katalog, kode);
        foreach (var k in katalog)
        {
            var satu = await client.GetFromJsonAsync<JsonElement>($"/api/indikator/{k}");
            Assert.True(satu.GetProperty("versi").GetInt32() >= 1);
            Assert.False(string.IsNullOrEmpty(satu.GetProperty("rumus").GetString()));
        }
        // A year without data (an unconfigured region is refused since issue 14, see KodeDanBatasTests).
        var capaian = await client.GetFromJsonAsync<JsonElement>("/api/capaian?tahun=2030");
        Assert.Superset(katalog, capaian.EnumerateArray().Select(c => c.GetProperty("kode").GetString()).ToHashSet());
        Assert.All(capaian.EnumerateArray(), c => Assert.Contains(c.GetProperty("status").GetString(), new[] { "DataBelumLengkap", "TidakAdaTarget" }));
        var target = await client.GetFromJsonAsync<JsonElement>("/api/indikator/SAS-01/target");
        Assert.Equal("B", target.GetProperty("baseline").GetString());
        Assert.Contains(target.GetProperty("target").EnumerateArray(), t => t.GetProperty("tahun").GetInt32() == 2024 && t.GetProperty("nilai").GetString() == "BB");
    }

    [Fact]
    public async Task Document_check_values_are_reproduced_from_a_submission()
    {
        using var client = await _app.ClientForAsync(RenstraApp.Pimpinan);
        await KirimAsync("Ketenagakerjaan", "2020", new() { ["AngkatanKerja"] = 70345, ["PendudukBekerja"] = 67580, ["Pengangguran"] = 2765, ["PendudukUsiaKerja"] = 98620 });
        await KirimAsync("KoperasiUmkm", "2020", new()
        {
            ["JumlahKoperasi"] = 123, ["KoperasiBerkualitas"] = 42, ["KoperasiDiperiksa"] = 116, ["KoperasiIkutPelatihan"] = 47,
            ["KoperasiFasilitasiKemitraan"] = 38, ["KspUspDinilai"] = 41, ["KspUspSehat"] = 5,
        });
        var rpjmd01 = await Eventually.WaitForAsync(() => CapaianAsync(client, "RPJMD-01", "tahun=2020"),
            c => c.GetProperty("realisasi").ValueKind == JsonValueKind.Number);
        Assert.Equal(3.93m, Math.Round(rpjmd01.GetProperty("realisasi").GetDecimal(), 2));
        Assert.Equal("TidakAdaTarget", rpjmd01.GetProperty("status").GetString()); // 2020 is the baseline year
        var jejak = rpjmd01.GetProperty("jejak");
        Assert.Equal(2765m, jejak.GetProperty("masukan").GetProperty("Pengangguran").GetDecimal());
        Assert.Equal(70345m, jejak.GetProperty("penyebut").GetDecimal());
        Assert.Equal(71.33m, Math.Round((await CapaianAsync(client, "RPJMD-02", "tahun=2020")).GetProperty("realisasi").GetDecimal(), 2));
        foreach (var (kode, nilai) in new[] { ("PRG-05", 34.15m), ("KEG-06", 94.31m), ("PRG-07", 38.21m), ("KEG-09", 30.89m), ("PRG-06", 12.20m) })
            Assert.Equal(nilai, Math.Round((await CapaianAsync(client, kode, "tahun=2020")).GetProperty("realisasi").GetDecimal(), 2));
    }

    [Fact]
    public async Task Capaian_follows_a_submission_with_target_category_and_negative_polarity()
    {
        using var client = await _app.ClientForAsync(RenstraApp.Pimpinan);
        await KirimAsync("Ketenagakerjaan", "2024", new() { ["AngkatanKerja"] = 70345, ["Pengangguran"] = 2765 });
        var c = await Eventually.WaitForAsync(() => CapaianAsync(client, "RPJMD-01", "tahun=2024"),
            x => x.GetProperty("status").GetString() == "Lengkap");
        Assert.Equal(3.4m, c.GetProperty("target").GetDecimal());
        Assert.Equal(84.39m, c.GetProperty("capaian").GetDecimal()); // (2×3,40 − 3,9306) / 3,40 × 100
        Assert.Equal("Tinggi", c.GetProperty("kategori").GetString());
        Assert.Equal("Negatif", c.GetProperty("jejak").GetProperty("aturanCapaian").GetString());

        // Quarters: a stock takes the last quarter, and a year with no sheet of its own aggregates them.
        await KirimAsync("KoperasiUmkm", "2025-T1", new() { ["JumlahKoperasi"] = 100, ["KoperasiAktif"] = 60 });
        await KirimAsync("KoperasiUmkm", "2025-T2", new() { ["JumlahKoperasi"] = 100, ["KoperasiAktif"] = 70 });
        var tahun = await Eventually.WaitForAsync(() => CapaianAsync(client, "IKU-03", "tahun=2025"),
            x => x.GetProperty("realisasi").ValueKind == JsonValueKind.Number && x.GetProperty("realisasi").GetDecimal() == 70m);
        Assert.Equal("Terakhir 2025-T2", tahun.GetProperty("jejak").GetProperty("sumberMasukan").GetProperty("KoperasiAktif").GetString());
        var kuartal = await CapaianAsync(client, "IKU-03", "tahun=2025&periode=2025-T1");
        Assert.Equal(60m, kuartal.GetProperty("realisasi").GetDecimal());
        Assert.Equal("2025", kuartal.GetProperty("jejak").GetProperty("targetDariPeriode").GetString());
    }

    [Fact]
    public async Task New_variable_and_new_kpi_with_sebelumnya_compute_on_the_next_submission()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var v = await admin.PutAsJsonAsync("/api/variabel/PelatihanDaring", new
        {
            nama = "Pelatihan daring", satuan = "kegiatan", modul = "Ketenagakerjaan", bilanganBulat = true, min = 0, max = 10000, agregasi = "Jumlah",
        });
        Assert.Equal(HttpStatusCode.Created, v.StatusCode);
        var variabel = await admin.GetFromJsonAsync<JsonElement>("/api/variabel?modul=Ketenagakerjaan");
        Assert.Contains(variabel.EnumerateArray(), x => x.GetProperty("kode").GetString() == "PelatihanDaring");

        var put = await admin.PutAsJsonAsync("/api/indikator/IKU-09",
            Definisi("IKU-09", "(data.PelatihanDaring - sebelumnya.PelatihanDaring) / sebelumnya.PelatihanDaring * 100"));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var tersimpan = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, tersimpan.GetProperty("versi").GetInt32());
        Assert.Equal("admin@renstra.local", tersimpan.GetProperty("diubahOleh").GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/indikator/IKU-09/target/2027", new { nilai = 20 })).StatusCode);

        await KirimAsync("Ketenagakerjaan", "2026", new() { ["PelatihanDaring"] = 50 });
        await KirimAsync("Ketenagakerjaan", "2027", new() { ["PelatihanDaring"] = 60 });
        var c = await Eventually.WaitForAsync(() => CapaianAsync(admin, "IKU-09", "tahun=2027"),
            x => x.GetProperty("status").GetString() == "Lengkap");
        Assert.Equal(20m, c.GetProperty("realisasi").GetDecimal());
        Assert.Equal(100m, c.GetProperty("capaian").GetDecimal());
        Assert.Equal("Sangat Tinggi", c.GetProperty("kategori").GetString());

        var uji = await admin.PostAsJsonAsync("/api/indikator/uji", new
        {
            definisi = Definisi("IKU-09", "data.PelatihanDaring / sebelumnya.PelatihanDaring * 100"),
            data = new Dictionary<string, decimal> { ["PelatihanDaring"] = 3 },
            sebelumnya = new Dictionary<string, decimal> { ["PelatihanDaring"] = 0 },
        });
        var hasilUji = await uji.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, hasilUji.GetProperty("nilai").ValueKind);
        Assert.Contains("nol", hasilUji.GetProperty("keterangan").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Math_Round_with_decimals_is_accepted_as_the_rule_page_lists_it()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var rumus = "Math.Round(data.Pengangguran / data.AngkatanKerja * 100, 2)";
        var uji = await admin.PostAsJsonAsync("/api/indikator/uji", new
        {
            definisi = Definisi("RPJMD-01", rumus),
            data = new Dictionary<string, decimal> { ["Pengangguran"] = 2765, ["AngkatanKerja"] = 70345 },
        });
        Assert.Equal(HttpStatusCode.OK, uji.StatusCode);
        // 2765 / 70345 × 100 = 3,9306…, to two decimals.
        Assert.Equal(3.93m, (await uji.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("nilai").GetDecimal());

        // A number of decimals that is not a whole-number literal is refused with one message, nothing stored.
        var sebelum = (await admin.GetFromJsonAsync<JsonElement>("/api/indikator/RPJMD-03/riwayat")).GetArrayLength();
        var salah = await admin.PutAsJsonAsync("/api/indikator/RPJMD-03", Definisi("RPJMD-03", "Math.Round(data.Pengangguran, data.AngkatanKerja)"));
        Assert.Equal(HttpStatusCode.BadRequest, salah.StatusCode);
        var problem = await salah.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Math.Round(x, 2)", problem.GetProperty("errors").GetProperty("rumus")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(sebelum, (await admin.GetFromJsonAsync<JsonElement>("/api/indikator/RPJMD-03/riwayat")).GetArrayLength());
    }

    public static TheoryData<string> RumusJahat => new()
    {
        "data.AngkatanKerja.GetType().Assembly.Location.Length",
        "\"\".PadLeft(100000000).Length",
        "Enumerable.Range(1, 300000000).Count()",
        "System.IO.File.ReadAllText(\"/etc/passwd\").Length",
        "typeof(string).Name.Length",
        "new { a = 1 }",
        "data.TidakAda * 100",
        "Math.Pow(data.AngkatanKerja, 2)",
        new string('(', 200) + "1" + new string(')', 200),
        string.Join(" + ", Enumerable.Repeat("data.AngkatanKerja", 200)),
    };

    [Theory]
    [MemberData(nameof(RumusJahat))]
    public async Task Hostile_formulas_are_refused_with_400_and_never_stored(string rumus)
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var sebelum = (await admin.GetFromJsonAsync<JsonElement>("/api/indikator/RPJMD-03/riwayat")).GetArrayLength();
        var response = await admin.PutAsJsonAsync("/api/indikator/RPJMD-03", Definisi("RPJMD-03", rumus));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("errors").GetProperty("rumus")[0].GetString()));
        var uji = await admin.PostAsJsonAsync("/api/indikator/uji", new { definisi = Definisi("RPJMD-03", rumus), data = new Dictionary<string, decimal>() });
        Assert.Equal(HttpStatusCode.BadRequest, uji.StatusCode);
        Assert.Equal(sebelum, (await admin.GetFromJsonAsync<JsonElement>("/api/indikator/RPJMD-03/riwayat")).GetArrayLength());
    }

    [Fact]
    public async Task Rule_edit_leaves_a_locked_period_frozen_and_berlakuMulai_leaves_earlier_periods_alone()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var sheet = new Dictionary<string, decimal> { ["PesertaJaminanSosial"] = 850, ["PekerjaBuruh"] = 1000 };
        await KirimAsync("Ketenagakerjaan", "2022", sheet);
        await KirimAsync("Ketenagakerjaan", "2023", sheet);
        await KirimAsync("Ketenagakerjaan", "2025", sheet);
        await KunciAsync("2022");
        var awal = await Eventually.WaitForAsync(() => CapaianAsync(admin, "RPJMD-06", "tahun=2022"),
            x => x.GetProperty("beku").GetBoolean());
        Assert.Equal(85m, awal.GetProperty("realisasi").GetDecimal());

        var edit = await admin.PutAsJsonAsync("/api/indikator/RPJMD-06", Definisi("RPJMD-06", "data.PesertaJaminanSosial / data.PekerjaBuruh * 50"));
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var beku = await CapaianAsync(admin, "RPJMD-06", "tahun=2022");
        Assert.Equal(85m, beku.GetProperty("realisasi").GetDecimal());
        Assert.Equal(1, beku.GetProperty("versi").GetInt32());
        var terbuka = await CapaianAsync(admin, "RPJMD-06", "tahun=2023");
        Assert.Equal(42.5m, terbuka.GetProperty("realisasi").GetDecimal());
        Assert.Equal(2, terbuka.GetProperty("versi").GetInt32());

        var mulai = await admin.PutAsJsonAsync("/api/indikator/RPJMD-06", Definisi("RPJMD-06", "data.PesertaJaminanSosial / data.PekerjaBuruh * 10", berlakuMulai: "2025"));
        Assert.Equal(HttpStatusCode.OK, mulai.StatusCode);
        Assert.Equal(42.5m, (await CapaianAsync(admin, "RPJMD-06", "tahun=2023")).GetProperty("realisasi").GetDecimal());
        var baru = await CapaianAsync(admin, "RPJMD-06", "tahun=2025");
        Assert.Equal(8.5m, baru.GetProperty("realisasi").GetDecimal());
        Assert.Equal(3, baru.GetProperty("versi").GetInt32());
        var riwayat = await admin.GetFromJsonAsync<JsonElement>("/api/indikator/RPJMD-06/riwayat");
        Assert.Equal([3, 2, 1], riwayat.EnumerateArray().Select(r => r.GetProperty("versi").GetInt32()));
        Assert.Equal("2025", riwayat[0].GetProperty("berlakuMulai").GetString());
    }

    [Fact]
    public async Task Export_then_import_makes_new_versions()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var ekspor = await admin.GetFromJsonAsync<JsonElement>("/api/indikator/ekspor");
        var satu = ekspor.EnumerateArray().Single(w => w.GetProperty("workflowName").GetString() == "KEG-16");
        var impor = await admin.PostAsync("/api/indikator/impor", JsonContent.Create(new[] { satu }));
        Assert.Equal(HttpStatusCode.OK, impor.StatusCode);
        var riwayat = await admin.GetFromJsonAsync<JsonElement>("/api/indikator/KEG-16/riwayat");
        Assert.Equal(2, riwayat.GetArrayLength());
        Assert.Equal(riwayat[0].GetProperty("rumus").GetString(), riwayat[1].GetProperty("rumus").GetString());
    }

    [Fact]
    public async Task Writes_need_admin_and_reads_need_a_signed_in_user()
    {
        using var pimpinan = await _app.ClientForAsync(RenstraApp.Pimpinan);
        using var op = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        using var anon = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await pimpinan.PutAsJsonAsync("/api/indikator/RPJMD-01", Definisi("RPJMD-01", "data.Pengangguran"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PutAsJsonAsync("/api/variabel/Apa", new { nama = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PutAsJsonAsync("/api/indikator/RPJMD-01/target/2024", new { nilai = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/api/indikator")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/api/capaian?tahun=2024")).StatusCode);
    }

    [Theory]
    [InlineData("/api/capaian?tahun=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/capaian", HttpStatusCode.BadRequest)]
    [InlineData("/api/capaian?tahun=99999", HttpStatusCode.BadRequest)]
    [InlineData("/api/capaian?tahun=2024&periode=2024-T9", HttpStatusCode.BadRequest)]
    [InlineData("/api/capaian?tahun=2024&periode=2025-T1", HttpStatusCode.BadRequest)]
    [InlineData("/api/capaian/RPJMD-01?dari=2026&sampai=2021", HttpStatusCode.BadRequest)]
    [InlineData("/api/capaian/TIDAK-ADA", HttpStatusCode.NotFound)]
    [InlineData("/api/indikator/TIDAK-ADA", HttpStatusCode.NotFound)]
    [InlineData("/api/indikator/TIDAK-ADA/riwayat", HttpStatusCode.NotFound)]
    [InlineData("/api/indikator/TIDAK-ADA/target", HttpStatusCode.NotFound)]
    [InlineData("/api/variabel?modul=Lain", HttpStatusCode.BadRequest)]
    public async Task Bad_input_gets_problem_details_not_500(string url, HttpStatusCode expected)
    {
        using var client = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var response = await client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Series_per_year_is_served()
    {
        using var client = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var seri = await client.GetFromJsonAsync<JsonElement>($"/api/capaian/IKU-01?dari=2021&sampai=2026&wilayah={Wilayah}");
        Assert.Equal(["2021", "2022", "2023", "2024", "2025", "2026"], seri.EnumerateArray().Select(s => s.GetProperty("periode").GetString()));
    }
}
