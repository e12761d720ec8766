using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Kinerja;

/// <summary>Shared helpers of the editable-rules tests (consistency rules, capaian forms and bands).</summary>
internal static class AturanUji
{
    public const string Wilayah = "1906";

    /// <summary>The stored result once its recompute ran (results are computed after the change, not on the read).</summary>
    public static Task<JsonElement> CapaianAsync(HttpClient client, string kode, string tahun) =>
        Eventually.WaitForAsync(async () =>
        {
            var semua = await client.GetFromJsonAsync<JsonElement>($"/api/capaian?tahun={tahun}&wilayah={Wilayah}");
            return semua.EnumerateArray().Single(c => c.GetProperty("kode").GetString() == kode);
        }, c => c.GetProperty("status").GetString() != "SedangDihitung", TimeSpan.FromSeconds(15));

    public static async Task<int> JumlahAuditAsync(HttpClient admin, string entitas) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/audit?entitas={entitas}&batas=1000")).GetArrayLength();

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

/// <summary>Issue 4: consistency rules are editable at run time, checked by the allow-list, versioned and audited.</summary>
public sealed class AturanValidasiHttpTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private const string Url = "/api/aturan-validasi/KoperasiUmkm/KoperasiAktifMaksKoperasi";
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task An_edited_rule_judges_the_next_submission_with_no_restart()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        using var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        var lembar = new { nilai = new Dictionary<string, decimal> { ["JumlahKoperasi"] = 100, ["KoperasiAktif"] = 120 } };

        var ditolak = await op.PutAsJsonAsync("/api/koperasi-umkm/data/2024", lembar);
        Assert.Equal(HttpStatusCode.BadRequest, ditolak.StatusCode);
        Assert.Contains("Koperasi aktif tidak boleh melebihi", (await ditolak.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var auditSebelum = await AturanUji.JumlahAuditAsync(admin, "AturanValidasi");
        var longgar = await admin.PutAsJsonAsync(Url, new { ekspresi = "data.KoperasiAktif <= data.JumlahKoperasi * 2", pesan = "Koperasi aktif paling banyak dua kali jumlah koperasi." });
        Assert.Equal(HttpStatusCode.OK, longgar.StatusCode);
        var disimpan = await longgar.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, disimpan.GetProperty("versi").GetInt32());
        Assert.Equal(RenstraApp.Admin, disimpan.GetProperty("diubahOleh").GetString());
        Assert.Equal(auditSebelum + 1, await AturanUji.JumlahAuditAsync(admin, "AturanValidasi"));

        var diterima = await op.PutAsJsonAsync("/api/koperasi-umkm/data/2024", lembar);
        Assert.Equal(HttpStatusCode.OK, diterima.StatusCode);

        // A new, stricter rule refuses the next sheet; disabled, it refuses nothing.
        var baru = await admin.PutAsJsonAsync("/api/aturan-validasi/koperasi-umkm/KoperasiAktifMinimal",
            new { ekspresi = "data.KoperasiAktif >= 10", pesan = "Koperasi aktif paling sedikit 10." });
        Assert.Equal(HttpStatusCode.Created, baru.StatusCode);
        var kecil = new { nilai = new Dictionary<string, decimal> { ["KoperasiAktif"] = 5 } };
        var ketat = await op.PutAsJsonAsync("/api/koperasi-umkm/data/2024", kecil);
        Assert.Equal(HttpStatusCode.BadRequest, ketat.StatusCode);
        Assert.Contains("paling sedikit 10", await ketat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mati = await admin.PutAsJsonAsync("/api/aturan-validasi/KoperasiUmkm/KoperasiAktifMinimal",
            new { ekspresi = "data.KoperasiAktif >= 10", pesan = "Koperasi aktif paling sedikit 10.", aktif = false });
        Assert.Equal(HttpStatusCode.OK, mati.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.PutAsJsonAsync("/api/koperasi-umkm/data/2024", kecil)).StatusCode);

        var daftar = await op.GetFromJsonAsync<JsonElement>("/api/aturan-validasi?modul=KoperasiUmkm");
        var aturan = daftar.EnumerateArray().Single(a => a.GetProperty("nama").GetString() == "KoperasiAktifMaksKoperasi");
        Assert.Equal("data.KoperasiAktif <= data.JumlahKoperasi * 2", aturan.GetProperty("ekspresi").GetString());
        Assert.False(daftar.EnumerateArray().Single(a => a.GetProperty("nama").GetString() == "KoperasiAktifMinimal").GetProperty("aktif").GetBoolean());
        Assert.All(daftar.EnumerateArray(), a => Assert.Equal("KoperasiUmkm", a.GetProperty("modul").GetString()));

        var riwayat = await op.GetFromJsonAsync<JsonElement>(Url + "/riwayat");
        Assert.Equal([2, 1], riwayat.EnumerateArray().Select(r => r.GetProperty("versi").GetInt32()));
        Assert.Equal("data.KoperasiAktif <= data.JumlahKoperasi", riwayat[1].GetProperty("isi").GetProperty("ekspresi").GetString());
    }

    [Theory]
    [InlineData("data.GetType().Assembly.Location")]
    [InlineData("\"\".PadLeft(100000000).Length > 0")]
    [InlineData("Enumerable.Range(1, 300000000).Count() > 0")]
    [InlineData("data.AngkatanKerja <= data.JumlahKoperasi")] // another module's variable
    [InlineData("sebelumnya.JumlahKoperasi <= data.JumlahKoperasi")]
    [InlineData("data.JumlahKoperasi + 1")] // a number, not a condition
    [InlineData("true")] // names no variable
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    public async Task A_hostile_or_wrong_expression_is_refused_and_nothing_changes(string ekspresi)
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var sebelum = await admin.GetStringAsync("/api/aturan-validasi?modul=KoperasiUmkm");
        var audit = await AturanUji.JumlahAuditAsync(admin, "AturanValidasi");
        foreach (var url in new[] { "/api/aturan-validasi/KoperasiUmkm/KspUspMaksKoperasi", "/api/aturan-validasi/KoperasiUmkm/AturanBaruUji" })
        {
            var response = await admin.PutAsJsonAsync(url, new { ekspresi, pesan = "Uji." });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await AturanUji.ProblemAsync(response);
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty("ekspresi")[0].GetString()));
        }
        Assert.Equal(sebelum, await admin.GetStringAsync("/api/aturan-validasi?modul=KoperasiUmkm"));
        Assert.Equal(audit, await AturanUji.JumlahAuditAsync(admin, "AturanValidasi"));
    }

    [Fact]
    public async Task Only_admin_edits_everyone_signed_in_reads_and_bad_routes_are_400()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        using var pimpinan = await _app.ClientForAsync(RenstraApp.Pimpinan);
        using var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        using var anon = _app.CreateClient();
        var body = new { ekspresi = "data.KoperasiAktif <= data.JumlahKoperasi", pesan = "x" };
        Assert.Equal(HttpStatusCode.Forbidden, (await pimpinan.PutAsJsonAsync(Url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PutAsJsonAsync(Url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/api/aturan-validasi")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pimpinan.GetAsync("/api/aturan-validasi")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("/api/aturan-validasi/Keuangan/Apa", body)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/aturan-validasi?modul=Keuangan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/aturan-validasi/KoperasiUmkm/TidakAda/riwayat")).StatusCode);
        var tanpaPesan = await admin.PutAsJsonAsync(Url, new { ekspresi = "data.KoperasiAktif <= data.JumlahKoperasi" });
        Assert.Equal(HttpStatusCode.BadRequest, tanpaPesan.StatusCode);
        Assert.True((await AturanUji.ProblemAsync(tanpaPesan)).GetProperty("errors").TryGetProperty("pesan", out _));
    }
}

/// <summary>Issue 3: a capaian form is a rule; swapping it moves open periods and leaves locked ones frozen.</summary>
public sealed class AturanCapaianHttpTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task Swapping_the_negative_form_moves_open_periods_and_leaves_locked_ones_frozen()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var lembar = new { nilai = new Dictionary<string, decimal> { ["AngkatanKerja"] = 70345, ["Pengangguran"] = 2765 } };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2023", lembar)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2024", lembar)).StatusCode);
        var lama2024 = await Eventually.WaitForAsync(() => AturanUji.CapaianAsync(admin, "RPJMD-01", "2024"),
            c => c.GetProperty("status").GetString() == "Lengkap", TimeSpan.FromSeconds(10));
        Assert.Equal(84.39m, lama2024.GetProperty("capaian").GetDecimal());
        await Eventually.WaitForAsync(() => AturanUji.CapaianAsync(admin, "RPJMD-01", "2023"),
            c => c.GetProperty("status").GetString() == "Lengkap", TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/ketenagakerjaan/data/2023/kunci", null)).StatusCode);
        var lama2023 = await Eventually.WaitForAsync(() => AturanUji.CapaianAsync(admin, "RPJMD-01", "2023"),
            c => c.GetProperty("beku").GetBoolean(), TimeSpan.FromSeconds(10));

        var auditSebelum = await AturanUji.JumlahAuditAsync(admin, "AturanCapaian");
        var ganti = await admin.PutAsJsonAsync("/api/aturan-capaian/Negatif", new { ekspresi = "target / realisasi * 100" });
        Assert.Equal(HttpStatusCode.OK, ganti.StatusCode);
        Assert.Equal(2, (await ganti.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("versi").GetInt32());
        Assert.Equal(auditSebelum + 1, await AturanUji.JumlahAuditAsync(admin, "AturanCapaian"));

        var baru2024 = await AturanUji.CapaianAsync(admin, "RPJMD-01", "2024");
        var realisasi = 2765m / 70345m * 100m;
        Assert.Equal(Math.Round(3.4m / realisasi * 100m, 2), baru2024.GetProperty("capaian").GetDecimal());
        Assert.Equal("target / realisasi * 100", baru2024.GetProperty("jejak").GetProperty("rumusCapaian").GetString());

        var beku2023 = await AturanUji.CapaianAsync(admin, "RPJMD-01", "2023");
        Assert.True(beku2023.GetProperty("beku").GetBoolean());
        Assert.Equal(lama2023.GetProperty("capaian").GetDecimal(), beku2023.GetProperty("capaian").GetDecimal());
        Assert.Equal("Math.Max(0, (2 * target - realisasi) / target * 100)", beku2023.GetProperty("jejak").GetProperty("rumusCapaian").GetString());

        var riwayat = await admin.GetFromJsonAsync<JsonElement>("/api/aturan-capaian/Negatif/riwayat");
        Assert.Equal([2, 1], riwayat.EnumerateArray().Select(r => r.GetProperty("versi").GetInt32()));
    }

    [Theory]
    [InlineData("Negatif", "peringkatTarget / peringkatRealisasi * 100")] // Positif/Negatif read realisasi and target only
    [InlineData("Predikat", "realisasi / target * 100")] // Predikat reads the ranks only
    [InlineData("Positif", "realisasi.GetType().Assembly.Location")]
    [InlineData("Positif", "capaian >= 91")] // a condition where a number is due
    [InlineData("Tinggi", "realisasi >= 76")] // a band reads capaian only
    [InlineData("AA", "capaian > 90")] // a predikat band reads nilai only
    [InlineData("Sedang", "\"\".PadLeft(100000000).Length > 0")]
    public async Task A_hostile_or_wrong_capaian_rule_is_refused_and_nothing_changes(string nama, string ekspresi)
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var sebelum = await admin.GetStringAsync("/api/aturan-capaian");
        var audit = await AturanUji.JumlahAuditAsync(admin, "AturanCapaian");
        var response = await admin.PutAsJsonAsync($"/api/aturan-capaian/{nama}", new { ekspresi });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await AturanUji.ProblemAsync(response)).GetProperty("errors").TryGetProperty("ekspresi", out _));
        Assert.Equal(sebelum, await admin.GetStringAsync("/api/aturan-capaian"));
        Assert.Equal(audit, await AturanUji.JumlahAuditAsync(admin, "AturanCapaian"));
    }

    [Fact]
    public async Task Only_admin_edits_capaian_rules()
    {
        using var pimpinan = await _app.ClientForAsync(RenstraApp.Pimpinan);
        using var op = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        Assert.Equal(HttpStatusCode.Forbidden, (await pimpinan.PutAsJsonAsync("/api/aturan-capaian/Positif", new { ekspresi = "realisasi" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PutAsJsonAsync("/api/aturan-capaian/Positif", new { ekspresi = "realisasi" })).StatusCode);
        var daftar = await op.GetFromJsonAsync<JsonElement>("/api/aturan-capaian");
        Assert.Equal(["Positif", "Negatif", "Predikat"],
            daftar.EnumerateArray().Where(a => a.GetProperty("jenis").GetString() == "Capaian").Select(a => a.GetProperty("nama").GetString()));
        var kategori = daftar.EnumerateArray().First(a => a.GetProperty("jenis").GetString() == "Kategori");
        Assert.Equal("Sangat Tinggi", kategori.GetProperty("nama").GetString());
        Assert.Equal("#1b5e20", kategori.GetProperty("properti").GetProperty("warna").GetString());
    }
}

/// <summary>Issue 3: the category bands are rules; moving an edge changes the kategori of open periods.</summary>
public sealed class PitaKategoriHttpTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task Moving_a_band_edge_changes_the_kategori()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var lembar = new { nilai = new Dictionary<string, decimal> { ["AngkatanKerja"] = 70345, ["Pengangguran"] = 2765 } };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2024", lembar)).StatusCode);
        var awal = await Eventually.WaitForAsync(() => AturanUji.CapaianAsync(admin, "RPJMD-01", "2024"),
            c => c.GetProperty("status").GetString() == "Lengkap", TimeSpan.FromSeconds(10));
        Assert.Equal(84.39m, awal.GetProperty("capaian").GetDecimal());
        Assert.Equal("Tinggi", awal.GetProperty("kategori").GetString());

        var geser = await admin.PutAsJsonAsync("/api/aturan-capaian/Sangat%20Tinggi", new { ekspresi = "capaian >= 84", warna = "#00ff00" });
        Assert.Equal(HttpStatusCode.OK, geser.StatusCode);
        var disimpan = await geser.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("#00ff00", disimpan.GetProperty("properti").GetProperty("warna").GetString());
        Assert.Equal("#ffffff", disimpan.GetProperty("properti").GetProperty("warnaTeks").GetString()); // untouched properties stay
        Assert.Equal("Sangat Tinggi", (await AturanUji.CapaianAsync(admin, "RPJMD-01", "2024")).GetProperty("kategori").GetString());

        // A new band between two others: bands are tried by urutan (ties: the older first), the first true wins.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/aturan-capaian/Sangat%20Tinggi", new { ekspresi = "capaian >= 91" })).StatusCode);
        Assert.Equal("Tinggi", (await AturanUji.CapaianAsync(admin, "RPJMD-01", "2024")).GetProperty("kategori").GetString());
        var pita = await admin.PutAsJsonAsync("/api/aturan-capaian/Cukup%20Tinggi",
            new { jenis = "Kategori", ekspresi = "capaian >= 84", urutan = 2, warna = "#123456", warnaTeks = "#ffffff" });
        Assert.Equal(HttpStatusCode.Created, pita.StatusCode);
        Assert.Equal("Tinggi", (await AturanUji.CapaianAsync(admin, "RPJMD-01", "2024")).GetProperty("kategori").GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/aturan-capaian/Tinggi", new { ekspresi = "capaian >= 76", urutan = 3 })).StatusCode);
        Assert.Equal("Cukup Tinggi", (await AturanUji.CapaianAsync(admin, "RPJMD-01", "2024")).GetProperty("kategori").GetString());
        var mati = await admin.PutAsJsonAsync("/api/aturan-capaian/Cukup%20Tinggi", new { ekspresi = "capaian >= 84", aktif = false });
        Assert.Equal(HttpStatusCode.OK, mati.StatusCode);
        Assert.Equal("Tinggi", (await AturanUji.CapaianAsync(admin, "RPJMD-01", "2024")).GetProperty("kategori").GetString());

        // A capaian form still used by an indicator cannot be disabled; a new band needs its kind.
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("/api/aturan-capaian/Negatif",
            new { ekspresi = "Math.Max(0, (2 * target - realisasi) / target * 100)", aktif = false })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("/api/aturan-capaian/Baru", new { ekspresi = "capaian >= 1" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("/api/aturan-capaian/Tinggi", new { ekspresi = "capaian >= 1", peringkat = 3 })).StatusCode);
    }
}
