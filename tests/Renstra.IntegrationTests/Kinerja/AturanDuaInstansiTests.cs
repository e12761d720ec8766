using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Kinerja;

/// <summary>
/// Issue 9: each instance keeps the bidang modules' variables and consistency rules in memory for one stored
/// version, yet an admin's edit on one instance judges the very next sheet on the other — two hosts on the same
/// database files, both warmed by a sheet before each edit.
/// </summary>
public sealed class AturanDuaInstansiTests
{
    private const string Lembar = "/api/koperasi-umkm/data/2024";
    private const string Aturan = "/api/aturan-validasi/KoperasiUmkm/KoperasiAktifMaksKoperasi";

    [Fact]
    public async Task A_rule_or_variable_edited_on_one_host_counts_on_the_next_sheet_on_the_other()
    {
        using var satu = new RenstraApp();
        using var dua = new RenstraApp(satu.DataDirectory) { DeleteDataOnDispose = false };
        using var adminSatu = await satu.ClientForAsync(RenstraApp.Admin);
        using var adminDua = await dua.ClientForAsync(RenstraApp.Admin);
        using var opSatu = await satu.ClientForAsync(RenstraApp.OperatorKukm);
        using var opDua = await dua.ClientForAsync(RenstraApp.OperatorKukm);
        var lebih = Isi(("JumlahKoperasi", 100), ("KoperasiAktif", 120));

        Assert.Equal(HttpStatusCode.OK, (await opSatu.PutAsJsonAsync("/api/koperasi-umkm/data/2025", Isi(("JumlahKoperasi", 100), ("KoperasiAktif", 90)))).StatusCode);
        var ditolak = await opDua.PutAsJsonAsync(Lembar, lebih);
        Assert.Equal(HttpStatusCode.BadRequest, ditolak.StatusCode);
        Assert.Contains("Koperasi aktif tidak boleh melebihi", await ditolak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await TidakDikenalAsync(opDua, "KoperasiDaring");

        Assert.Equal(HttpStatusCode.OK, (await adminSatu.PutAsJsonAsync(Aturan,
            new { ekspresi = "data.KoperasiAktif <= data.JumlahKoperasi * 2", pesan = "Koperasi aktif paling banyak dua kali jumlah koperasi." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await opDua.PutAsJsonAsync(Lembar, lebih)).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await adminSatu.PutAsJsonAsync("/api/variabel/KoperasiDaring", Variabel(max: 50))).StatusCode);
        await DiLuarBatasAsync(opDua, "KoperasiDaring", 60, max: 50);
        Assert.Equal(HttpStatusCode.OK, (await opDua.PutAsJsonAsync(Lembar, Isi(("KoperasiDaring", 40)))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await adminSatu.PutAsJsonAsync("/api/variabel/KoperasiDaring", Variabel(max: 100))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await opDua.PutAsJsonAsync(Lembar, Isi(("KoperasiDaring", 60)))).StatusCode);

        // The other way round: host two edits, host one (warm since its first sheet) judges by the edit.
        Assert.Equal(HttpStatusCode.OK, (await adminDua.PutAsJsonAsync("/api/variabel/KoperasiDaring", Variabel(max: 10))).StatusCode);
        await DiLuarBatasAsync(opSatu, "KoperasiDaring", 60, max: 10);
        Assert.Equal(HttpStatusCode.OK, (await adminDua.PutAsJsonAsync(Aturan,
            new { ekspresi = "data.KoperasiAktif <= data.JumlahKoperasi", pesan = "Koperasi aktif tidak boleh melebihi jumlah koperasi (lagi)." })).StatusCode);
        var ketat = await opSatu.PutAsJsonAsync(Lembar, Isi(("KoperasiAktif", 110)));
        Assert.Equal(HttpStatusCode.BadRequest, ketat.StatusCode);
        Assert.Contains("(lagi)", await ketat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static object Isi(params (string Kode, decimal Nilai)[] nilai) => new { nilai = nilai.ToDictionary(n => n.Kode, n => n.Nilai) };

    private static object Variabel(decimal max) => new
    {
        nama = "Koperasi dengan layanan daring", satuan = "unit", modul = "KoperasiUmkm", bilanganBulat = true, min = 0, max, agregasi = "Jumlah",
    };

    private static async Task<JsonElement> DitolakPadaAsync(HttpClient op, string kode, decimal nilai)
    {
        var response = await op.PutAsJsonAsync(Lembar, Isi((kode, nilai)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").GetProperty(kode);
    }

    private static async Task TidakDikenalAsync(HttpClient op, string kode) =>
        Assert.Contains("tidak dikenal", (await DitolakPadaAsync(op, kode, 1))[0].GetString(), StringComparison.OrdinalIgnoreCase);

    private static async Task DiLuarBatasAsync(HttpClient op, string kode, decimal nilai, int max) =>
        Assert.Contains($"antara 0 dan {max} unit", (await DitolakPadaAsync(op, kode, nilai))[0].GetString(), StringComparison.Ordinal);
}
