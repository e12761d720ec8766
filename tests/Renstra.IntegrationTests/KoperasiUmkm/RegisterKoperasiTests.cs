using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;
using static Renstra.IntegrationTests.KoperasiUmkm.RegisterKlien;

namespace Renstra.IntegrationTests.KoperasiUmkm;

/// <summary>
/// The koperasi register drives the counts: each koperasi once per period, status as of the period's
/// end, derived values written to the kecamatan sheets (source "register") and on to Kinerja.
/// </summary>
public sealed class RegisterKoperasiTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task A_koperasi_examined_in_T1_and_T3_counts_once_in_the_year_and_once_in_each_of_those_quarters()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        var id = await DaftarkanAsync(op, "101/BH/XVI/2019", Manggar);
        await DaftarkanAsync(op, "102/BH/XVI/2019", Manggar);
        await LayananAsync(op, id, "Pemeriksaan", "2025-02-10");
        await LayananAsync(op, id, "Pemeriksaan", "2025-08-15");

        Assert.Equal(1m, await NilaiAsync(op, "2025", Manggar, "KoperasiDiperiksa"));
        Assert.Equal(1m, await NilaiAsync(op, "2025-T1", Manggar, "KoperasiDiperiksa"));
        Assert.Equal(0m, await NilaiAsync(op, "2025-T2", Manggar, "KoperasiDiperiksa"));
        Assert.Equal(1m, await NilaiAsync(op, "2025-T3", Manggar, "KoperasiDiperiksa"));
        Assert.Equal(2m, await NilaiAsync(op, "2025", Manggar, "JumlahKoperasi"));

        // Written like a typed sheet: a revision whose source is the register.
        var revisi = await op.GetFromJsonAsync<JsonElement>($"/api/koperasi-umkm/data/2025/revisi?wilayah={Manggar}");
        Assert.All(revisi.EnumerateArray(), r => Assert.Equal("register", r.GetProperty("sumber").GetString()));

        // … and on to Kinerja: KEG-06 = diperiksa / jumlah koperasi = 1 / 2 in the kecamatan.
        var keg06 = await CapaianSetelahAsync(op, "KEG-06", "tahun=2025", Manggar, 50m);
        Assert.Equal(50m, keg06.GetProperty("realisasi").GetDecimal());
    }

    [Fact]
    public async Task A_deactivated_koperasi_leaves_the_counts_of_the_periods_after_it()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        var id = await DaftarkanAsync(op, "201/BH/XVI/2018", Damar, berdiri: "2018-05-01");
        Assert.Equal(1m, await NilaiAsync(op, "2025-T1", Damar, "KoperasiAktif"));

        var ubah = await op.PutAsJsonAsync($"/api/koperasi/{id}", new
        {
            nomorBadanHukum = "201/BH/XVI/2018", nama = "Koperasi 201/BH/XVI/2018", jenis = "Jasa", alamat = "Jl. Uji", kecamatan = Damar,
            tanggalBerdiri = "2018-05-01", status = "TidakAktif", statusSejak = "2025-05-10",
        });
        Assert.Equal(HttpStatusCode.OK, ubah.StatusCode);

        Assert.Equal(1m, await NilaiAsync(op, "2024", Damar, "KoperasiAktif"));
        Assert.Equal(1m, await NilaiAsync(op, "2025-T1", Damar, "KoperasiAktif"));
        Assert.Equal(0m, await NilaiAsync(op, "2025-T2", Damar, "KoperasiAktif"));
        Assert.Equal(0m, await NilaiAsync(op, "2025", Damar, "KoperasiAktif"));
        Assert.Equal(1m, await NilaiAsync(op, "2025", Damar, "JumlahKoperasi")); // inactive, not dissolved

        var rinci = await op.GetFromJsonAsync<JsonElement>($"/api/koperasi/{id}");
        var riwayat = rinci.GetProperty("riwayat").EnumerateArray().ToList();
        Assert.Equal(2, riwayat.Count);
        Assert.Equal("Status Aktif → Tidak Aktif", riwayat[0].GetProperty("keterangan").GetString());
        Assert.Equal(RenstraApp.OperatorKukm, riwayat[0].GetProperty("oleh").GetString());
    }

    [Fact]
    public async Task Derived_variables_cannot_be_typed_into_a_kecamatan_sheet_and_registers_are_listed_and_filtered()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        var respons = await op.PutAsJsonAsync($"/api/koperasi-umkm/data/2024?wilayah={Gantung}", new { nilai = new Dictionary<string, int> { ["KoperasiAktif"] = 5 } });
        Assert.Equal(HttpStatusCode.BadRequest, respons.StatusCode);
        var problem = await respons.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("KoperasiAktif", out _), problem.ToString());
        Assert.Contains("register", problem.GetProperty("errors").GetProperty("KoperasiAktif")[0].GetString(), StringComparison.Ordinal);

        await DaftarkanAsync(op, "301/BH/XVI/2020", Gantung, jenis: "KSP/USP");
        var daftar = await op.GetFromJsonAsync<JsonElement>($"/api/koperasi?kecamatan={Gantung}&status=Aktif&cari=301");
        Assert.Equal("301/BH/XVI/2020", Assert.Single(daftar.EnumerateArray()).GetProperty("nomorBadanHukum").GetString());
        Assert.Empty((await op.GetFromJsonAsync<JsonElement>($"/api/koperasi?kecamatan={Gantung}&status=Dibubarkan")).EnumerateArray());
        var salah = await op.GetAsync("/api/koperasi?kecamatan=9999");
        Assert.Equal(HttpStatusCode.BadRequest, salah.StatusCode);

        var ganda = await op.PostAsJsonAsync("/api/koperasi", new { nomorBadanHukum = "301/BH/XVI/2020", nama = "Lain", jenis = "Jasa", kecamatan = Gantung });
        Assert.Equal(HttpStatusCode.Conflict, ganda.StatusCode);

        var wilayah = await op.GetFromJsonAsync<JsonElement>("/api/wilayah");
        Assert.Equal(Kabupaten, wilayah.GetProperty("kode").GetString());
        Assert.Equal(7, wilayah.GetProperty("kecamatan").GetArrayLength());
    }
}
