using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Renstra.IntegrationTests.Bidang;
using Renstra.IntegrationTests.Infrastructure;
using static Renstra.IntegrationTests.KoperasiUmkm.RegisterKlien;

namespace Renstra.IntegrationTests.KoperasiUmkm;

/// <summary>
/// Nobody types over a number the register produces: once a register wrote a variable into a kecamatan sheet of a
/// period, a typed kabupaten change of it is refused (JSON and upload alike) and nothing is stored; a legacy kabupaten
/// value typed before the registers stays, may be sent again unchanged, and periods without register numbers still
/// take typed values.
/// </summary>
public sealed class KabupatenDariRegisterTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task A_typed_kabupaten_change_of_a_register_number_is_refused_and_changes_nothing()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        // 2022 typed for the kabupaten before any register entry: data from before the registers.
        var lama = await op.KirimAsync("/api/koperasi-umkm/data/2022", new Dictionary<string, decimal> { ["JumlahKoperasi"] = 10, ["KoperasiAktif"] = 5 });
        Assert.Equal(HttpStatusCode.OK, lama.StatusCode);

        await DaftarkanAsync(op, "301/BH/XVI/2019", Manggar);
        Assert.Equal(1m, await NilaiAsync(op, "2023", Manggar, "JumlahKoperasi"));
        Assert.Equal(1m, await NilaiAsync(op, "2022", Manggar, "JumlahKoperasi"));

        // A period the register has a number for: the kabupaten's is the kecamatan sum, not typed.
        var ketik = await op.KirimAsync("/api/koperasi-umkm/data/2023", new Dictionary<string, decimal> { ["JumlahKoperasi"] = 7, ["KoperasiBerkualitas"] = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, ketik.StatusCode);
        var galat = await ketik.JsonAsync();
        var pesan = galat.GetProperty("errors").GetProperty("JumlahKoperasi")[0].GetString()!;
        Assert.Contains("Jumlah koperasi untuk kabupaten pada periode 2023", pesan, StringComparison.Ordinal);
        Assert.Contains("dihitung dari register koperasi; tidak bisa diketik", pesan, StringComparison.Ordinal);
        Assert.False(galat.GetProperty("errors").TryGetProperty("KoperasiBerkualitas", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await op.GetAsync("/api/koperasi-umkm/data/2023")).StatusCode);

        // The upload takes the same path.
        using var csv = new StringContent("Kode,Nilai\r\nJumlahKoperasi,7\r\n", Encoding.UTF8, "text/csv");
        var unggah = await op.PostAsync("/api/koperasi-umkm/data/2023/unggah", csv);
        Assert.Equal(HttpStatusCode.BadRequest, unggah.StatusCode);
        Assert.True((await unggah.JsonAsync()).GetProperty("errors").TryGetProperty("JumlahKoperasi", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await op.GetAsync("/api/koperasi-umkm/data/2023")).StatusCode);

        // The legacy value cannot be changed either, but sending it again unchanged (a client re-sending the sheet) passes.
        Assert.Equal(HttpStatusCode.BadRequest, (await op.KirimAsync("/api/koperasi-umkm/data/2022", new Dictionary<string, decimal> { ["JumlahKoperasi"] = 11 })).StatusCode);
        var ulang = await op.KirimAsync("/api/koperasi-umkm/data/2022", new Dictionary<string, decimal> { ["JumlahKoperasi"] = 10, ["KoperasiBerkualitas"] = 2 });
        Assert.Equal(HttpStatusCode.OK, ulang.StatusCode);
        var lembar = await ulang.JsonAsync();
        Assert.Equal(2, lembar.GetProperty("revisi").GetInt32());
        Assert.Equal(10m, lembar.Nilai()["JumlahKoperasi"]);

        // Variables no register holds, and periods the register has no number for, are typed as before.
        Assert.Equal(HttpStatusCode.OK, (await op.KirimAsync("/api/koperasi-umkm/data/2023", new Dictionary<string, decimal> { ["KoperasiBerkualitas"] = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.KirimAsync("/api/koperasi-umkm/data/2020", new Dictionary<string, decimal> { ["JumlahKoperasi"] = 9 })).StatusCode);

        // The kabupaten's completeness counts the register's number (its kecamatan have it).
        var tahun2023 = (await op.KelengkapanAsync("koperasi-umkm")).Periode("2023");
        Assert.DoesNotContain(tahun2023.GetProperty("kurang").EnumerateArray(), v => v.GetProperty("kode").GetString() == "JumlahKoperasi");
    }
}
