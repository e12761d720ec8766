using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Evaluasi;

/// <summary>
/// Realisasi anggaran sheets in the bidang modules: revisions, If-Match, locks, and every kind of bad input
/// refused in Indonesian with nothing stored.
/// </summary>
public sealed class RealisasiAnggaranTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;
    private const string Url = "/api/ketenagakerjaan/anggaran/2023-T1";

    private async Task<HttpClient> SiapkanDpaAsync()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var r = await admin.PutJsonAsync("/api/anggaran/2023/dpa", """{"dpa":{"P11.K01.S01":{"murni":15000000},"P11.K01.S02":{"murni":17000000}}}""");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await _app.ClientForAsync(RenstraApp.OperatorNaker);
    }

    private async Task<int> JumlahRevisiAsync(string url)
    {
        var r = await (await _app.ClientForAsync(RenstraApp.Pimpinan)).GetAsync(url + "/revisi");
        return r.StatusCode == HttpStatusCode.NotFound ? 0 : (await r.JsonAsync()).GetArrayLength();
    }

    [Fact]
    public async Task A_sheet_merges_revisions_and_answers_a_stale_if_match_with_412()
    {
        var naker = await SiapkanDpaAsync();
        var r1 = await naker.PutJsonAsync("/api/ketenagakerjaan/anggaran/2023-T2", """{"realisasi":{"P11.K01.S01":5000000}}""");
        Assert.Equal(HttpStatusCode.OK, r1.StatusCode);
        var r2 = await naker.PutJsonAsync("/api/ketenagakerjaan/anggaran/2023-T2", """{"realisasi":{"P11.K01.S02":4000000}}""", ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, r2.StatusCode);
        var lembar = await r2.JsonAsync();
        Assert.Equal(2, lembar.GetProperty("revisi").GetInt32());
        Assert.Equal(5_000_000m, lembar.GetProperty("realisasi").GetProperty("P11.K01.S01").GetDecimal());
        Assert.Equal(4_000_000m, lembar.GetProperty("realisasi").GetProperty("P11.K01.S02").GetDecimal());

        var basi = await naker.PutJsonAsync("/api/ketenagakerjaan/anggaran/2023-T2", """{"realisasi":{"P11.K01.S01":1}}""", ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, basi.StatusCode);
        Assert.Contains("Muat ulang", await basi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await JumlahRevisiAsync("/api/ketenagakerjaan/anggaran/2023-T2"));

        var evaluasi = await Eventually.WaitForAsync(
            async () => await (await _app.ClientForAsync(RenstraApp.Pimpinan)).GetFromJsonAsync<JsonElement>("/api/anggaran/2023"),
            // Wait for the merged sheet (both sub kegiatan) to reach Evaluasi, not just its first revision.
            a => a.GetProperty("node").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "P11.K01").GetProperty("realisasi").GetProperty("triwulan")[1] is
                { ValueKind: JsonValueKind.Number } t && t.GetDecimal() == 9_000_000m);
        var k01 = evaluasi.GetProperty("node").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "P11.K01");
        Assert.Equal(9_000_000m, k01.GetProperty("realisasi").GetProperty("triwulan")[1].GetDecimal());
        Assert.Equal(32_000_000m, k01.GetProperty("dpa").GetProperty("berlaku").GetDecimal());
        Assert.Equal(28.13m, k01.GetProperty("serapan").GetDecimal());
    }

    [Fact]
    public async Task A_revision_of_a_sheet_is_audited_with_the_realisasi_before_and_after()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutJsonAsync("/api/anggaran/2026/dpa", """{"dpa":{"P11.K01.S01":{"murni":15000000}}}""")).StatusCode);
        var naker = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        const string url = "/api/ketenagakerjaan/anggaran/2026-T1";
        Assert.Equal(HttpStatusCode.OK, (await naker.PutJsonAsync(url, """{"realisasi":{"P11.K01.S01":1000000}}""")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await naker.PutJsonAsync(url, """{"realisasi":{"P11.K01.S01":2500000}}""", ifMatch: "\"1\"")).StatusCode);

        var entries = await admin.GetFromJsonAsync<JsonElement[]>($"/api/audit?entitas=LembarAnggaran&oleh={RenstraApp.OperatorNaker}");
        var ubah = Assert.Single(entries!, e => e.GetProperty("kunci").GetString() == "2026-T1" && e.GetProperty("aksi").GetString() == "Ubah");
        Assert.Equal("Ketenagakerjaan", ubah.GetProperty("modul").GetString());
        Assert.Equal(1, ubah.GetProperty("sebelum").GetProperty("Revisi").GetInt32());
        Assert.Equal(2, ubah.GetProperty("sesudah").GetProperty("Revisi").GetInt32());
        Assert.Equal(1_000_000m, ubah.GetProperty("sebelum").GetProperty("Realisasi").GetProperty("P11.K01.S01").GetDecimal());
        Assert.Equal(2_500_000m, ubah.GetProperty("sesudah").GetProperty("Realisasi").GetProperty("P11.K01.S01").GetDecimal());
        Assert.Equal(2, await JumlahRevisiAsync(url));
    }

    [Theory]
    [InlineData("negatif", """{"realisasi":{"P11.K01.S01":-5}}""", "P11.K01.S01", "tidak boleh negatif")]
    [InlineData("teks", """{"realisasi":{"P11.K01.S01":"lima juta"}}""", "P11.K01.S01", "bukan teks")]
    [InlineData("sen", """{"realisasi":{"P11.K01.S01":1000.5}}""", "P11.K01.S01", "rupiah utuh")]
    [InlineData("sub kegiatan tak dikenal", """{"realisasi":{"P99.K01.S01":1000}}""", "P99.K01.S01", "tidak dikenal")]
    [InlineData("kegiatan, bukan sub kegiatan", """{"realisasi":{"P11.K01":1000}}""", "P11.K01", "per sub kegiatan")]
    [InlineData("milik modul lain", """{"realisasi":{"P05.K01.S01":1000}}""", "P05.K01.S01", "milik modul KoperasiUmkm")]
    [InlineData("melebihi DPA", """{"realisasi":{"P11.K01.S01":15000001}}""", "P11.K01.S01", "menjadi Rp 20.000.001, melebihi DPA Rp 15.000.000.")]
    [InlineData("tanpa DPA", """{"realisasi":{"P11.K02.S01":1000}}""", "P11.K02.S01", "belum ditetapkan")]
    [InlineData("kosong", """{"realisasi":{}}""", "realisasi", "minimal satu")]
    [InlineData("properti asing", """{"realisasi":{"P11.K01.S01":1},"nilai":{}}""", "nilai", "tidak dikenal")]
    public async Task Bad_input_is_refused_in_indonesian_and_nothing_is_stored(string kasus, string json, string field, string pesan)
    {
        _ = kasus;
        var naker = await SiapkanDpaAsync();
        var sebelum = await JumlahRevisiAsync(Url);
        var response = await naker.PutJsonAsync(Url, json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        var galat = problem.GetProperty("errors").GetProperty(field);
        Assert.Contains(galat.EnumerateArray(), g => g.GetString()!.Contains(pesan, StringComparison.Ordinal));
        Assert.Equal(sebelum, await JumlahRevisiAsync(Url));
    }

    [Fact]
    public async Task The_year_total_across_quarters_may_not_pass_the_dpa()
    {
        var naker = await SiapkanDpaAsync();
        Assert.Equal(HttpStatusCode.OK, (await naker.PutJsonAsync("/api/ketenagakerjaan/anggaran/2023-T3", """{"realisasi":{"P11.K01.S02":10000000}}""")).StatusCode);
        var lebih = await naker.PutJsonAsync("/api/ketenagakerjaan/anggaran/2023-T4", """{"realisasi":{"P11.K01.S02":9000000}}""");
        Assert.Equal(HttpStatusCode.BadRequest, lebih.StatusCode);
        Assert.Contains("melebihi DPA", await lebih.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await JumlahRevisiAsync("/api/ketenagakerjaan/anggaran/2023-T4"));
    }

    [Fact]
    public async Task A_locked_quarter_answers_409_a_year_periode_400_and_a_foreign_operator_403()
    {
        var naker = await SiapkanDpaAsync();
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/ketenagakerjaan/anggaran/2023-T3/kunci", null)).StatusCode);
        var sebelum = await JumlahRevisiAsync("/api/ketenagakerjaan/anggaran/2023-T3");
        var terkunci = await naker.PutJsonAsync("/api/ketenagakerjaan/anggaran/2023-T3", """{"realisasi":{"P11.K01.S01":1000}}""");
        Assert.Equal(HttpStatusCode.Conflict, terkunci.StatusCode);
        Assert.Contains("terkunci", await terkunci.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(sebelum, await JumlahRevisiAsync("/api/ketenagakerjaan/anggaran/2023-T3"));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/ketenagakerjaan/anggaran/2023-T3/buka-kunci", null)).StatusCode);

        var tahunan = await naker.PutJsonAsync("/api/ketenagakerjaan/anggaran/2023", """{"realisasi":{"P11.K01.S01":1000}}""");
        Assert.Equal(HttpStatusCode.BadRequest, tahunan.StatusCode);
        Assert.Contains("per triwulan", await tahunan.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var kukm = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        Assert.Equal(HttpStatusCode.Forbidden, (await kukm.PutJsonAsync(Url, """{"realisasi":{"P11.K01.S01":1000}}""")).StatusCode);
        var pimpinan = await _app.ClientForAsync(RenstraApp.Pimpinan);
        Assert.Equal(HttpStatusCode.Forbidden, (await pimpinan.PutJsonAsync(Url, """{"realisasi":{"P11.K01.S01":1000}}""")).StatusCode);
    }

    [Theory]
    [InlineData("""{"dpa":{"P11.K01.S01":{"murni":-1}}}""", "dpa.P11.K01.S01", "tidak boleh negatif")]
    [InlineData("""{"dpa":{"P11.K01.S01":{"murni":"sejuta"}}}""", "dpa.P11.K01.S01", "bukan teks")]
    [InlineData("""{"dpa":{"P11":{"murni":1000}}}""", "dpa.P11", "per sub kegiatan")]
    [InlineData("""{"dpa":{"P77.K01.S01":{"murni":1000}}}""", "dpa.P77.K01.S01", "tidak ada di pohon Renstra")]
    [InlineData("""{"dpa":{"P11.K01.S01":{"perubahan":1000}}}""", "dpa.P11.K01.S01", "'murni' wajib")]
    public async Task Bad_dpa_is_refused_and_nothing_changes(string json, string field, string pesan)
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var sebelum = await admin.GetFromJsonAsync<JsonElement>("/api/anggaran/2025");
        var response = await admin.PutJsonAsync("/api/anggaran/2025/dpa", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var galat = (await response.JsonAsync()).GetProperty("errors").GetProperty(field);
        Assert.Contains(galat.EnumerateArray(), g => g.GetString()!.Contains(pesan, StringComparison.Ordinal));
        Assert.Equal(sebelum.GetProperty("totalDpa").ToString(), (await admin.GetFromJsonAsync<JsonElement>("/api/anggaran/2025")).GetProperty("totalDpa").ToString());
    }

    [Fact]
    public async Task The_template_lists_the_modules_sub_kegiatan_and_an_upload_goes_through_the_same_checks()
    {
        var naker = await SiapkanDpaAsync();
        var templat = await naker.GetStringAsync("/api/ketenagakerjaan/anggaran/2023-T1/templat?format=csv");
        Assert.StartsWith("Kode,Nama,Satuan,Nilai", templat.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("P11.K01.S01,Pengesahan Peraturan Perusahaan bagi Perusahaan,Rp,", templat, StringComparison.Ordinal);
        Assert.DoesNotContain("P05.K01.S01", templat, StringComparison.Ordinal); // KoperasiUmkm's

        var url = "/api/ketenagakerjaan/anggaran/2023-T1/unggah";
        var sebelum = await JumlahRevisiAsync(Url);
        using (var buruk = new StringContent("Kode,Nama,Satuan,Nilai\r\nP11.K01.S01,x,Rp,-5\r\n", System.Text.Encoding.UTF8, "text/csv"))
        {
            var ditolak = await naker.PostAsync(url, buruk);
            Assert.Equal(HttpStatusCode.BadRequest, ditolak.StatusCode);
            Assert.Contains("tidak boleh negatif", await ditolak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(sebelum, await JumlahRevisiAsync(Url));

        using var baik = new StringContent("Kode,Nama,Satuan,Nilai\r\nP11.K01.S01,x,Rp,1000000\r\nP11.K01.S02,y,Rp,\r\n", System.Text.Encoding.UTF8, "text/csv");
        var diterima = await naker.PostAsync(url, baik);
        Assert.Equal(HttpStatusCode.OK, diterima.StatusCode);
        Assert.Equal(1_000_000m, (await diterima.JsonAsync()).GetProperty("realisasi").GetProperty("P11.K01.S01").GetDecimal());
        var revisi = await (await _app.ClientForAsync(RenstraApp.Pimpinan)).GetFromJsonAsync<JsonElement>(Url + "/revisi");
        Assert.Equal("csv", revisi[revisi.GetArrayLength() - 1].GetProperty("sumber").GetString());
    }
}
