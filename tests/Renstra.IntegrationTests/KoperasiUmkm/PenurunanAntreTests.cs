using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;
using static Renstra.IntegrationTests.KoperasiUmkm.RegisterKlien;

namespace Renstra.IntegrationTests.KoperasiUmkm;

/// <summary>
/// Issue 11, the queued derivation: a register write commits its records and a "derive needed" request and returns;
/// a job derives the sheets, retried until it succeeds, its pending and failed state visible. And the capaian trace
/// marks, per variable, the inputs a register derived.
/// </summary>
public sealed class PenurunanAntreTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task A_register_write_returns_before_its_derivation_and_a_failing_derivation_is_retried_until_the_counts_appear()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        await TungguTurunanAsync(op);
        // The module's sheets refuse every new revision (a full disk, a broken file): any derivation fails.
        await SqlAsync("CREATE TRIGGER uji_gagal_turunan BEFORE INSERT ON RevisiLembar BEGIN SELECT RAISE(ABORT, 'penyimpanan uji menolak'); END;");
        try
        {
            // Were the derivation still inside the request, the request would fail with it.
            var id = await DaftarkanAsync(op, "Q-1/BH/2019", Manggar);
            await LayananAsync(op, id, "Pemeriksaan", "2025-02-10");
            Assert.True((await AntrianAsync(op)).GetProperty("menunggu").GetInt32() >= 1);

            var gagal = await Eventually.WaitForAsync(() => AntrianAsync(op), a => a.GetProperty("percobaan").GetInt32() >= 2, TimeSpan.FromSeconds(30));
            Assert.True(gagal.GetProperty("percobaan").GetInt32() >= 2, "the failed derivation is recorded and retried: " + gagal);
            Assert.True(gagal.GetProperty("gagal").GetBoolean());
            Assert.Equal(JsonValueKind.String, gagal.GetProperty("cobaLagiPada").ValueKind);
            Assert.DoesNotContain("penyimpanan uji menolak", gagal.ToString(), StringComparison.Ordinal); // the reason stays in the log and the dashboard
            Assert.Contains("penyimpanan uji menolak", await TeksAsync("SELECT group_concat(GalatTerakhir, ' | ') FROM PermintaanTurunan"), StringComparison.Ordinal);
            Assert.Null(await NilaiSekarangAsync(op, "2025", Manggar, "KoperasiDiperiksa"));
        }
        finally
        {
            await SqlAsync("DROP TRIGGER IF EXISTS uji_gagal_turunan;");
        }

        // The next retry succeeds: the counts appear and the queue empties, without anyone writing again.
        await TungguTurunanAsync(op, TimeSpan.FromSeconds(90));
        Assert.Equal(1m, await NilaiSekarangAsync(op, "2025", Manggar, "KoperasiDiperiksa"));
        Assert.Equal(1m, await NilaiSekarangAsync(op, "2025-T1", Manggar, "KoperasiDiperiksa"));
        Assert.Equal(0m, await NilaiSekarangAsync(op, "2025-T2", Manggar, "KoperasiDiperiksa"));
        Assert.Equal(1m, await NilaiSekarangAsync(op, "2025", Manggar, "JumlahKoperasi"));
        var antrian = await AntrianAsync(op);
        Assert.Equal(0, antrian.GetProperty("percobaan").GetInt32());
        Assert.Equal(JsonValueKind.Null, antrian.GetProperty("cobaLagiPada").ValueKind);
        Assert.Equal("0", await TeksAsync("SELECT COUNT(*) FROM PermintaanTurunan"));
    }

    [Fact]
    public async Task The_trace_marks_register_derived_inputs_per_variable_and_a_value_typed_for_the_kabupaten_is_not()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        // 2022: the kabupaten's own typed value (data from before the registers: typed before the koperasi is registered,
        // since a typed kabupaten change of a number the register produces is refused) wins over its kecamatan's sum.
        var ketik = await op.PutAsJsonAsync("/api/koperasi-umkm/data/2022", new { nilai = new Dictionary<string, int> { ["JumlahKoperasi"] = 10, ["KoperasiAktif"] = 5 } });
        Assert.Equal(HttpStatusCode.OK, ketik.StatusCode);
        await DaftarkanAsync(op, "T-1/BH/2019", Dendang);

        var kecamatan = await CapaianSetelahAsync(op, "IKU-03", "tahun=2024", Dendang, 100m);
        var dariKecamatan = kecamatan.GetProperty("jejak").GetProperty("dariRegister");
        Assert.Equal("Koperasi", dariKecamatan.GetProperty("JumlahKoperasi").GetString());
        Assert.Equal("Koperasi", dariKecamatan.GetProperty("KoperasiAktif").GetString());

        var kabupaten = await CapaianSetelahAsync(op, "IKU-03", "tahun=2024", Kabupaten, 100m);
        Assert.Equal("jumlah kecamatan 2024", kabupaten.GetProperty("jejak").GetProperty("sumberMasukan").GetProperty("JumlahKoperasi").GetString());
        Assert.Equal("Koperasi", kabupaten.GetProperty("jejak").GetProperty("dariRegister").GetProperty("JumlahKoperasi").GetString());

        var diketik = await CapaianSetelahAsync(op, "IKU-03", "tahun=2022", Kabupaten, 50m);
        Assert.Equal("2022", diketik.GetProperty("jejak").GetProperty("sumberMasukan").GetProperty("JumlahKoperasi").GetString());
        Assert.False(diketik.GetProperty("jejak").TryGetProperty("dariRegister", out var tidak) && tidak.ValueKind == JsonValueKind.Object,
            "a typed kabupaten value is not 'dari register': " + diketik.GetProperty("jejak"));
    }

    private Task SqlAsync(string sql) => BasisDataUji.SqlAsync(_app, "KoperasiUmkm", sql);

    private Task<string?> TeksAsync(string sql) => BasisDataUji.TeksAsync(_app, "KoperasiUmkm", sql);
}
