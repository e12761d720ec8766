using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Bidang;
using Renstra.IntegrationTests.Infrastructure;
using static Renstra.IntegrationTests.KoperasiUmkm.RegisterKlien;

namespace Renstra.IntegrationTests.KoperasiUmkm;

/// <summary>
/// A legacy kabupaten value in a period the register now covers (register.md "Known limit" until issue 13's follow-up):
/// the operator removes it as a new revision, audited; Kinerja drops its copy and the register's sum takes over. Its own
/// app: registering koperasi here must not cover the periods other register tests type legacy values for.
/// </summary>
public sealed class NilaiLamaKabupatenTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task Removing_the_legacy_kabupaten_value_lets_the_register_sum_count_and_keeps_the_old_revision()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        // 2024 typed for the kabupaten before the registers: 10 koperasi, 5 aktif → IKU-03 = 50 %.
        var lama = await op.KirimAsync("/api/koperasi-umkm/data/2024", new Dictionary<string, decimal> { ["JumlahKoperasi"] = 10, ["KoperasiAktif"] = 5 });
        Assert.Equal(HttpStatusCode.OK, lama.StatusCode);
        await CapaianSetelahAsync(op, "IKU-03", "tahun=2024", Kabupaten, 50m);

        // The register then covers 2024: two koperasi, both aktif (Manggar, Gantung). The typed values keep winning.
        await DaftarkanAsync(op, "401/BH/XVI/2020", Manggar);
        await DaftarkanAsync(op, "402/BH/XVI/2020", Gantung);
        Assert.Equal(1m, await NilaiAsync(op, "2024", Gantung, "JumlahKoperasi"));
        Assert.Equal(50m, (await CapaianAsync(op, "IKU-03", "tahun=2024", Kabupaten)).GetProperty("realisasi").GetDecimal());

        // Nobody else may remove it; a variable no register derives, a region without kecamatan and a stale revision are refused.
        var pimpinan = await _app.ClientForAsync(RenstraApp.Pimpinan);
        Assert.Equal(HttpStatusCode.Forbidden, (await pimpinan.DeleteAsync("/api/koperasi-umkm/data/2024/nilai/JumlahKoperasi")).StatusCode);
        var naker = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        Assert.Equal(HttpStatusCode.Forbidden, (await naker.DeleteAsync("/api/koperasi-umkm/data/2024/nilai/JumlahKoperasi")).StatusCode);
        await GalatIsian.AssertAsync(await op.DeleteAsync("/api/koperasi-umkm/data/2024/nilai/KoperasiBerkualitas"), "variabel", "diubah dengan mengirim nilai baru");
        await GalatIsian.AssertAsync(await op.DeleteAsync($"/api/koperasi-umkm/data/2024/nilai/JumlahKoperasi?wilayah={Manggar}"), "variabel", "Hanya nilai lama kabupaten");
        using var basi = new HttpRequestMessage(HttpMethod.Delete, "/api/koperasi-umkm/data/2024/nilai/JumlahKoperasi");
        basi.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await op.SendAsync(basi)).StatusCode);

        // Removing both values: each is a new revision; the register's sums (2 of 2 aktif) take over.
        using var hapus = new HttpRequestMessage(HttpMethod.Delete, "/api/koperasi-umkm/data/2024/nilai/JumlahKoperasi");
        hapus.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var satu = await op.SendAsync(hapus);
        Assert.Equal(HttpStatusCode.OK, satu.StatusCode);
        var lembar = await satu.JsonAsync();
        Assert.Equal(2, lembar.GetProperty("revisi").GetInt32());
        Assert.False(lembar.Nilai().ContainsKey("JumlahKoperasi"));
        Assert.Equal(5m, lembar.Nilai()["KoperasiAktif"]);
        Assert.Equal(HttpStatusCode.OK, (await op.DeleteAsync("/api/koperasi-umkm/data/2024/nilai/KoperasiAktif")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await op.DeleteAsync("/api/koperasi-umkm/data/2024/nilai/KoperasiAktif")).StatusCode);
        var capaian = await CapaianSetelahAsync(op, "IKU-03", "tahun=2024", Kabupaten, 100m);
        Assert.Equal("Lengkap", capaian.GetProperty("status").GetString());
        // The value rows the completeness and the register sums read follow the sheet: both rows are gone.
        Assert.Equal("0", await BasisDataUji.TeksAsync(_app, "KoperasiUmkm", $"""
            SELECT COUNT(*) FROM NilaiLembar n JOIN LembarData l ON l.Id = n.LembarId
            WHERE l.Periode = '2024' AND l.Wilayah = '{Kabupaten}' AND n.Variabel IN ('JumlahKoperasi', 'KoperasiAktif')
            """));

        // The history keeps the typed values: revision 1 as it was, revision 2 names the removal.
        var revisi = (await op.GetFromJsonAsync<JsonElement>("/api/koperasi-umkm/data/2024/revisi")).EnumerateArray().ToList();
        var pertama = revisi.Single(r => r.GetProperty("revisi").GetInt32() == 1);
        Assert.Equal(10m, pertama.GetProperty("nilai").GetProperty("JumlahKoperasi").GetDecimal());
        var kedua = revisi.Single(r => r.GetProperty("revisi").GetInt32() == 2);
        Assert.Equal("hapus", kedua.GetProperty("sumber").GetString());
        var perubahan = kedua.GetProperty("perubahan").EnumerateArray().Single();
        Assert.Equal("JumlahKoperasi", perubahan.GetProperty("variabel").GetString());
        Assert.Equal(10m, perubahan.GetProperty("sebelum").GetDecimal());
        Assert.Equal(JsonValueKind.Null, perubahan.GetProperty("sesudah").ValueKind);

        // Audited like every change of a sheet.
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/audit?oleh=" + RenstraApp.OperatorKukm);
        Assert.Contains(audit.EnumerateArray(), a => a.GetProperty("entitas").GetString()!.Contains("Lembar", StringComparison.Ordinal)
            && a.GetProperty("sebelum").ToString().Contains("JumlahKoperasi", StringComparison.Ordinal)
            && !a.GetProperty("sesudah").ToString().Contains("JumlahKoperasi", StringComparison.Ordinal));

        // A period the register has no number for keeps its typed value: removing it would lose the only data.
        Assert.Equal(HttpStatusCode.OK, (await op.KirimAsync("/api/koperasi-umkm/data/2019", new Dictionary<string, decimal> { ["JumlahKoperasi"] = 9 })).StatusCode);
        await GalatIsian.AssertAsync(await op.DeleteAsync("/api/koperasi-umkm/data/2019/nilai/JumlahKoperasi"), "variabel", "belum punya angka");
    }
}
