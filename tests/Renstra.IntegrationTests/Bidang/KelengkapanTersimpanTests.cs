using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Bidang;

/// <summary>
/// Completeness is read from the value rows every revision writes (<c>NilaiLembar</c>), not from the sheets' JSON: the
/// rows follow each revision, a kecamatan's value counts for the kabupaten, a variable declared at run time shows at
/// once, and sheets stored before the rows existed are filled in at the next start.
/// </summary>
public sealed class KelengkapanTersimpanTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task Each_revision_writes_the_rows_the_read_uses_and_a_kecamatan_value_counts_for_the_kabupaten()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        Assert.Equal(HttpStatusCode.OK, (await op.KirimAsync("/api/ketenagakerjaan/data/2022-T2", new Dictionary<string, decimal> { ["AngkatanKerja"] = 70000 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.KirimAsync("/api/ketenagakerjaan/data/2022-T2", new Dictionary<string, decimal> { ["AngkatanKerja"] = 70001, ["Pengangguran"] = 2000 })).StatusCode);
        // The rows hold the sheet's current values: one per variable, updated in place by the second revision.
        Assert.Equal("AngkatanKerja=70001.0;Pengangguran=2000.0", await BarisAsync("2022-T2", "1906"));

        var t2 = (await op.KelengkapanAsync("ketenagakerjaan")).Periode("2022-T2");
        Assert.Equal(2, t2.GetProperty("terisi").GetInt32());
        Assert.DoesNotContain(t2.GetProperty("kurang").EnumerateArray(), v => v.GetProperty("kode").GetString() is "AngkatanKerja" or "Pengangguran");

        // A kecamatan's value is part of the kabupaten's (Kinerja sums the kecamatan when the kabupaten has none of its own).
        Assert.Equal(HttpStatusCode.OK, (await op.KirimAsync("/api/ketenagakerjaan/data/2022-T2?wilayah=190603", new Dictionary<string, decimal> { ["PendudukBekerja"] = 500 })).StatusCode);
        var denganKecamatan = (await op.KelengkapanAsync("ketenagakerjaan")).Periode("2022-T2");
        Assert.Equal(3, denganKecamatan.GetProperty("terisi").GetInt32());
        Assert.DoesNotContain(denganKecamatan.GetProperty("kurang").EnumerateArray(), v => v.GetProperty("kode").GetString() == "PendudukBekerja");
    }

    [Fact]
    public async Task A_variable_declared_at_run_time_is_missing_at_once_and_filled_after_its_first_revision()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var sebelum = await admin.KelengkapanAsync("ketenagakerjaan");
        var deklarasi = await admin.PutAsJsonAsync("/api/variabel/PesertaMagangLuarDaerah", new
        {
            nama = "Peserta magang ke luar daerah", satuan = "orang", modul = "Ketenagakerjaan", bilanganBulat = true, min = 0, max = 100000, agregasi = "Jumlah",
        });
        Assert.True(deklarasi.IsSuccessStatusCode, await deklarasi.Content.ReadAsStringAsync());

        var sesudah = await admin.KelengkapanAsync("ketenagakerjaan");
        Assert.Equal(sebelum.GetProperty("jumlahVariabel").GetInt32() + 1, sesudah.GetProperty("jumlahVariabel").GetInt32());
        var baru = sesudah.Periode("2021-T3").GetProperty("kurang").EnumerateArray().Single(v => v.GetProperty("kode").GetString() == "PesertaMagangLuarDaerah");
        Assert.Equal("Peserta magang ke luar daerah", baru.GetProperty("nama").GetString());

        Assert.Equal(HttpStatusCode.OK, (await admin.KirimAsync("/api/ketenagakerjaan/data/2021-T3", new Dictionary<string, decimal> { ["PesertaMagangLuarDaerah"] = 4 })).StatusCode);
        Assert.DoesNotContain((await admin.KelengkapanAsync("ketenagakerjaan")).Periode("2021-T3").GetProperty("kurang").EnumerateArray(),
            v => v.GetProperty("kode").GetString() == "PesertaMagangLuarDaerah");
    }

    [Fact]
    public async Task Sheets_stored_before_the_rows_existed_are_filled_in_at_start_once()
    {
        using var satu = new RenstraApp { DeleteDataOnDispose = false };
        using (var op = await satu.ClientForAsync(RenstraApp.OperatorSekretariat))
        {
            Assert.Equal(HttpStatusCode.OK, (await op.KirimAsync("/api/sekretariat/data/2023-T4", new Dictionary<string, decimal> { ["LaporanKinerja"] = 12, ["NilaiAkip"] = 72.125m })).StatusCode);
        }
        satu.Dispose();
        // As a database upgraded from before this table: the sheet is there, its rows are not.
        await BasisDataUji.SqlAsync(satu, "Sekretariat", "DELETE FROM NilaiLembar;");
        Assert.Equal("0", await BasisDataUji.TeksAsync(satu, "Sekretariat", "SELECT COUNT(*) FROM NilaiLembar"));

        using var dua = new RenstraApp(satu.DataDirectory);
        using var pembaca = await dua.ClientForAsync(RenstraApp.Pimpinan);
        var t4 = (await pembaca.KelengkapanAsync("sekretariat")).Periode("2023-T4");
        Assert.Equal(2, t4.GetProperty("terisi").GetInt32());
        Assert.Equal("2", await BasisDataUji.TeksAsync(dua, "Sekretariat", "SELECT COUNT(*) FROM NilaiLembar"));
        // Exact values, decimals included.
        Assert.Equal("72.125", await BasisDataUji.TeksAsync(dua, "Sekretariat", "SELECT Nilai FROM NilaiLembar WHERE Variabel = 'NilaiAkip'"));
    }

    private async Task<string> BarisAsync(string periode, string wilayah) => (await BasisDataUji.TeksAsync(_app, "Ketenagakerjaan", $"""
        SELECT group_concat(n.Variabel || '=' || n.Nilai, ';') FROM (SELECT n.Variabel, n.Nilai FROM NilaiLembar n
        JOIN LembarData l ON l.Id = n.LembarId WHERE l.Periode = '{periode}' AND l.Wilayah = '{wilayah}' ORDER BY n.Variabel) n
        """))!;
}
