using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Security;

namespace Renstra.IntegrationTests.Kinerja;

/// <summary>The whole plan over HTTP: catalog filters, plan-tree links, provenance of targets, the early-warning rules.</summary>
public sealed class KatalogRenstraHttpTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    private static IEnumerable<string> Kode(JsonElement daftar) => daftar.EnumerateArray().Select(i => i.GetProperty("kode").GetString()!);

    [Fact]
    public async Task The_catalog_filters_by_level_module_and_plan_tree_branch()
    {
        using var client = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var sub = await client.GetFromJsonAsync<JsonElement>("/api/indikator?tingkat=Sub%20Kegiatan");
        Assert.Equal(44, sub.GetArrayLength());
        Assert.All(sub.EnumerateArray(), i => Assert.Matches(@"^P\d\d\.K\d\d\.S\d\d$", i.GetProperty("simpul").GetString()));
        Assert.Equal(Kode(sub), Kode(await client.GetFromJsonAsync<JsonElement>("/api/indikator?tingkat=subkegiatan")));

        var kukm = await client.GetFromJsonAsync<JsonElement>("/api/indikator?tingkat=Sub%20Kegiatan&modul=koperasi-umkm");
        Assert.Equal(10, kukm.GetArrayLength());
        Assert.All(kukm.EnumerateArray(), i => Assert.Equal("KoperasiUmkm", i.GetProperty("modul").GetString()));

        var umum = await client.GetFromJsonAsync<JsonElement>("/api/indikator?cabang=P01.K04");
        Assert.Equal(["KEG-15", "SUB-28", "SUB-29", "SUB-30", "SUB-31", "SUB-32", "SUB-33", "SUB-34"], Kode(umum).Order(StringComparer.Ordinal));
        var penunjang = await client.GetFromJsonAsync<JsonElement>("/api/indikator?cabang=p01&tingkat=Kegiatan");
        Assert.Equal(["KEG-12", "KEG-13", "KEG-14", "KEG-15", "KEG-16", "KEG-17", "KEG-18"], Kode(penunjang).Order(StringComparer.Ordinal));

        var sasaran = await client.GetFromJsonAsync<JsonElement>("/api/indikator?tingkat=Sasaran");
        Assert.Equal(["SAS-01", "SAS-02", "SAS-03", "SAS-04", "SAS-05", "SAS-06"], Kode(sasaran).Order(StringComparer.Ordinal));
        Assert.All(sasaran.EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("simpul").ValueKind));
        Assert.Equal(89, (await client.GetFromJsonAsync<JsonElement>("/api/indikator")).GetArrayLength());
    }

    [Theory]
    [InlineData("tingkat=Eselon", "tingkat")]
    [InlineData("modul=Keuangan", "modul")]
    [InlineData("cabang=P99", "cabang")]
    [InlineData("cabang=P01.K04.S99", "cabang")]
    public async Task An_unknown_filter_value_is_a_400_naming_the_field(string query, string field)
    {
        using var client = await _app.ClientForAsync(RenstraApp.Pimpinan);
        using var response = await client.GetAsync("/api/indikator?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Hostile_filter_values_never_cause_a_500_or_leak()
    {
        using var client = await _app.ClientForAsync(RenstraApp.Pimpinan);
        foreach (var field in new[] { "tingkat", "modul", "cabang" })
            foreach (var (nama, value) in HostileInputCorpus.RouteValues)
            {
                using var response = await client.GetAsync($"/api/indikator?{field}={value}");
                var text = await response.Content.ReadAsStringAsync();
                // Only a value that is blank once decoded (a control character) means "no filter".
                var kosong = string.IsNullOrWhiteSpace(Uri.UnescapeDataString(value));
                Assert.True(kosong ? response.StatusCode == HttpStatusCode.OK : (int)response.StatusCode is 400 or 404, $"{field}={nama}: {(int)response.StatusCode}");
                Assert.DoesNotContain(HostileInputCorpus.Internals, i => text.Contains(i, StringComparison.Ordinal) && !Uri.UnescapeDataString(value).Contains(i, StringComparison.Ordinal));
            }
    }

    [Fact]
    public async Task Every_program_kegiatan_and_sub_kegiatan_has_a_stable_id()
    {
        using var client = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var pohon = await client.GetFromJsonAsync<JsonElement>("/api/renstra");
        var id = new List<string>();
        void Jalani(JsonElement node, string anak)
        {
            foreach (var n in node.TryGetProperty(anak, out var d) ? d.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                id.Add(n.GetProperty("id").GetString()!);
                Jalani(n, anak == "program" ? "kegiatan" : "subKegiatan");
            }
        }
        foreach (var s in pohon.GetProperty("tujuan").EnumerateArray().SelectMany(t => t.GetProperty("sasaran").EnumerateArray())) Jalani(s, "program");
        Assert.Equal(id.Count, id.Distinct().Count());
        Assert.Contains("P11.K02.S04", id);
        Assert.Equal(11, id.Count(i => i.Length == 3));
    }

    [Fact]
    public async Task A_target_carries_its_source_the_other_printed_values_and_who_changed_it()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var target = await admin.GetFromJsonAsync<JsonElement>("/api/indikator/IKU-01/target");
        var sumber = target.GetProperty("sumber");
        Assert.StartsWith("Tabel 7.1", sumber.GetProperty("target").GetString(), StringComparison.Ordinal);
        var beda = sumber.GetProperty("perbedaan").EnumerateArray().Single(p => p.GetProperty("bagian").GetString() == "target 2025–2026");
        Assert.Contains(beda.GetProperty("tercetak").EnumerateArray(), t => t.GetProperty("sumber").GetString() == "Tabel 7.1" && t.GetProperty("nilai").GetString() == "50 dan 50,5");
        Assert.All(target.GetProperty("target").EnumerateArray(), t => Assert.StartsWith("Renstra", t.GetProperty("asal").GetString(), StringComparison.Ordinal));

        (await admin.PutAsJsonAsync("/api/indikator/SUB-27/target/2025", new { nilai = 10 })).EnsureSuccessStatusCode();
        var ubah = await admin.GetFromJsonAsync<JsonElement>("/api/indikator/SUB-27/target");
        var t2025 = ubah.GetProperty("target").EnumerateArray().Single(t => t.GetProperty("periode").GetString() == "2025");
        Assert.Equal(10m, t2025.GetProperty("nilai").GetDecimal());
        Assert.StartsWith($"Diubah oleh {RenstraApp.Admin}", t2025.GetProperty("asal").GetString(), StringComparison.Ordinal);
        Assert.Contains(ubah.GetProperty("sumber").GetProperty("perbedaan").EnumerateArray(), p => p.GetProperty("bagian").GetString() == "target 2025");
    }

    [Fact]
    public async Task The_early_warning_rules_are_editable_capaian_rules()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var proyeksi = await admin.GetFromJsonAsync<JsonElement>("/api/aturan-capaian?jenis=Proyeksi");
        Assert.Equal(["Laju", "Terakhir", "Tren", "Berisiko"], proyeksi.EnumerateArray().Select(a => a.GetProperty("nama").GetString()));

        var ubah = await admin.PutAsJsonAsync("/api/aturan-capaian/Tren", new
        {
            ekspresi = "akhir > awal ? terakhir + (terakhir - pertama) / (akhir - awal) * (tujuan - akhir) : terakhir",
            indikator = new[] { "IKU-03", "SAS-04" },
        });
        Assert.Equal(HttpStatusCode.OK, ubah.StatusCode);
        var tren = await ubah.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["IKU-03", "SAS-04"], tren.GetProperty("properti").GetProperty("indikator").EnumerateArray().Select(i => i.GetString()));

        foreach (var (nama, body, field) in new (string, object, string)[]
        {
            ("Tren", new { ekspresi = "terakhir", indikator = new[] { "TIDAK-ADA" } }, "indikator"),
            ("Berisiko", new { ekspresi = "capaian < 66", indikator = new[] { "IKU-03" } }, "indikator"),
            ("Berisiko", new { ekspresi = "capaian * 2" }, "ekspresi"),
            ("Laju", new { ekspresi = "data.Pengangguran" }, "ekspresi"),
        })
        {
            using var response = await admin.PutAsJsonAsync($"/api/aturan-capaian/{nama}", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), $"{nama}: {field}");
        }
    }
}

/// <summary>Peringatan dini on the capaian rows (API.md v1.1 <c>proyeksi</c>).</summary>
public sealed class ProyeksiHttpTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    private async Task KirimAsync(string periode, Dictionary<string, decimal> nilai)
    {
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<Mediator.IPublisher>().Publish(new Renstra.Modules.KoperasiUmkm.Contracts.DataKoperasiUmkmDiterimaIntegrationEvent
        {
            Modul = "KoperasiUmkm", Periode = periode, Wilayah = "1906", Revisi = 1, Nilai = nilai, Oleh = "uji",
        });
    }

    private static JsonElement Baris(JsonElement semua, string kode) => semua.EnumerateArray().Single(c => c.GetProperty("kode").GetString() == kode);

    /// <summary>The stored rows once their recompute ran (results and projections are computed after the change, not on the read).</summary>
    private static Task<JsonElement> CapaianAsync(HttpClient client, string query) =>
        Eventually.WaitForAsync(() => client.GetFromJsonAsync<JsonElement>($"/api/capaian?{query}"),
            semua => semua.EnumerateArray().All(c => c.GetProperty("status").GetString() != "SedangDihitung"), TimeSpan.FromSeconds(15));

    [Fact]
    public async Task Capaian_rows_carry_the_projection_separately_from_the_realisasi()
    {
        await KirimAsync("2024-T1", new() { ["PesertaSosialisasiKemitraanUm"] = 5, ["KoperasiAktif"] = 85, ["JumlahKoperasi"] = 123 });
        await KirimAsync("2024-T2", new() { ["PesertaSosialisasiKemitraanUm"] = 5, ["KoperasiAktif"] = 90, ["JumlahKoperasi"] = 123 });
        using var client = await _app.ClientForAsync(RenstraApp.Pimpinan);

        var t2 = await CapaianAsync(client, "periode=2024-T2");
        var sub18 = Baris(t2, "SUB-18");
        Assert.Equal(5m, sub18.GetProperty("realisasi").GetDecimal());
        var proyeksi = sub18.GetProperty("proyeksi");
        Assert.Equal(20m, proyeksi.GetProperty("realisasi").GetDecimal());
        Assert.Equal(50m, proyeksi.GetProperty("capaian").GetDecimal());
        Assert.True(proyeksi.GetProperty("berisiko").GetBoolean());
        Assert.Equal("Laju", proyeksi.GetProperty("metode").GetString());
        Assert.Equal("2024", proyeksi.GetProperty("sampai").GetString());
        Assert.Contains("2024-T1 = 5", Baris(t2, "SUB-18").GetProperty("jejak").GetProperty("proyeksi").GetProperty("masukan").GetProperty("PesertaSosialisasiKemitraanUm").GetString(), StringComparison.Ordinal);

        var iku03 = Baris(t2, "IKU-03").GetProperty("proyeksi");
        Assert.False(iku03.GetProperty("berisiko").GetBoolean());
        Assert.Equal("Terakhir", iku03.GetProperty("metode").GetString());

        // The year, still filled by quarters, projects its end; its realisasi stays the year to date.
        var tahun = Baris(await CapaianAsync(client, "tahun=2024"), "SUB-18");
        Assert.Equal(10m, tahun.GetProperty("realisasi").GetDecimal());
        Assert.Equal(20m, tahun.GetProperty("proyeksi").GetProperty("realisasi").GetDecimal());

        // Nothing submitted: no projection.
        Assert.Equal(JsonValueKind.Null, Baris(t2, "SUB-01").GetProperty("proyeksi").ValueKind);

        // The band is an editable rule: moved down to "below 40 %", the 50 % projection is no longer at risk.
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        (await admin.PutAsJsonAsync("/api/aturan-capaian/Berisiko", new { ekspresi = "capaian < 40" })).EnsureSuccessStatusCode();
        var longgar = Baris(await CapaianAsync(client, "periode=2024-T2"), "SUB-18").GetProperty("proyeksi");
        Assert.False(longgar.GetProperty("berisiko").GetBoolean());
        (await admin.PutAsJsonAsync("/api/aturan-capaian/Berisiko", new { ekspresi = "capaian < 76" })).EnsureSuccessStatusCode();
    }
}
