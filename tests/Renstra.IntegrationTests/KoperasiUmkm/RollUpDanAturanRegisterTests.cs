using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;
using static Renstra.IntegrationTests.KoperasiUmkm.RegisterKlien;

namespace Renstra.IntegrationTests.KoperasiUmkm;

/// <summary>The kabupaten from its kecamatan (Σnumerator / Σdenominator), and editable, allow-listed derivation rules.</summary>
public sealed class RollUpDanAturanRegisterTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task A_kabupaten_ratio_is_the_sum_of_numerators_over_the_sum_of_denominators_not_an_average()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        // Gantung: 1 of 1 koperasi active (100 %). Dendang: 1 of 4 active (25 %).
        await DaftarkanAsync(op, "G-1", Gantung);
        await DaftarkanAsync(op, "D-1", Dendang);
        foreach (var nomor in new[] { "D-2", "D-3", "D-4" })
        {
            var id = await DaftarkanAsync(op, nomor, Dendang);
            var ubah = await op.PutAsJsonAsync($"/api/koperasi/{id}", new
            {
                nomorBadanHukum = nomor, nama = "Koperasi " + nomor, jenis = "Jasa", alamat = "Jl. Uji", kecamatan = Dendang,
                tanggalBerdiri = "2019-01-10", status = "TidakAktif", statusSejak = "2023-06-01",
            });
            Assert.Equal(HttpStatusCode.OK, ubah.StatusCode);
        }

        var gantung = await CapaianSetelahAsync(op, "IKU-03", "tahun=2024", Gantung, 100m);
        Assert.Equal(100m, gantung.GetProperty("realisasi").GetDecimal());
        var dendang = await CapaianSetelahAsync(op, "IKU-03", "tahun=2024", Dendang, 25m);
        Assert.Equal(25m, dendang.GetProperty("realisasi").GetDecimal());

        // (1 + 1) / (1 + 4) = 40 %, where the average of the percentages would be 62,5 %.
        var kabupaten = await CapaianSetelahAsync(op, "IKU-03", "tahun=2024", Kabupaten, 40m);
        Assert.Equal(40m, kabupaten.GetProperty("realisasi").GetDecimal());
        Assert.Equal(5m, kabupaten.GetProperty("jejak").GetProperty("masukan").GetProperty("JumlahKoperasi").GetDecimal());
        Assert.Equal("jumlah kecamatan 2024", kabupaten.GetProperty("jejak").GetProperty("sumberMasukan").GetProperty("JumlahKoperasi").GetString());
    }

    [Fact]
    public async Task An_edited_derivation_rule_recomputes_the_variable_and_the_capaian_that_depend_on_it()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var ksp = await DaftarkanAsync(op, "KSP-1", Manggar, jenis: "KSP/USP");
        await LayananAsync(op, ksp, "PenilaianKesehatan", "2024-04-02", "Cukup Sehat");
        Assert.Equal(1m, await NilaiAsync(op, "2024", Manggar, "KspUspDinilai"));
        Assert.Equal(0m, await NilaiAsync(op, "2024", Manggar, "KspUspSehat"));
        await CapaianSetelahAsync(op, "PRG-06", "tahun=2024", Manggar, 0m);

        var sebelum = (await admin.GetFromJsonAsync<JsonElement>("/api/aturan-register")).EnumerateArray()
            .Single(a => a.GetProperty("variabel").GetString() == "KspUspSehat");
        var respons = await admin.PutAsync("/api/aturan-register/KspUspSehat", Json("""
            {"register":"Koperasi","rekaman":"Layanan","fungsi":"HitungUnik",
             "syarat":[{"kolom":"Jenis","operator":"==","nilai":"PenilaianKesehatan"},{"kolom":"Hasil","operator":"dalam","nilai":["Sehat","Cukup Sehat"]}],
             "keterangan":"Cukup Sehat dihitung sehat."}
            """));
        Assert.Equal(HttpStatusCode.OK, respons.StatusCode);
        var sesudah = await respons.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(sebelum.GetProperty("versi").GetInt32() + 1, sesudah.GetProperty("versi").GetInt32());

        Assert.Equal(1m, await NilaiAsync(op, "2024", Manggar, "KspUspSehat"));
        var prg06 = await CapaianSetelahAsync(op, "PRG-06", "tahun=2024", Manggar, 100m);
        Assert.Equal(100m, prg06.GetProperty("realisasi").GetDecimal());
        var riwayat = await admin.GetFromJsonAsync<JsonElement>("/api/aturan-register/KspUspSehat/riwayat");
        Assert.Equal(2, riwayat.GetArrayLength());
    }

    [Theory]
    [InlineData("""{"register":"Koperasi","rekaman":"Layanan","fungsi":"HitungUnik","syarat":[{"kolom":"GetType().Assembly.Location","operator":"==","nilai":"x"}]}""", "syarat[0]")]
    [InlineData("""{"register":"Koperasi","rekaman":"Layanan","fungsi":"HitungUnik","syarat":[{"kolom":"Jenis","operator":"Contains","nilai":"Pemeriksaan"}]}""", "syarat[0]")]
    [InlineData("""{"register":"Koperasi","rekaman":"Layanan","fungsi":"HitungUnik","syarat":[{"kolom":"Jenis","operator":"==","nilai":"\"\".PadLeft(100000000)"}]}""", "syarat[0]")]
    [InlineData("""{"register":"Koperasi","rekaman":"Layanan","fungsi":"Jumlah","kolom":"Nik","syarat":[]}""", "kolom")]
    [InlineData("""{"register":"Penduduk","rekaman":"Register","fungsi":"HitungUnik","syarat":[]}""", "register")]
    [InlineData("""{"register":"Koperasi","rekaman":"Layanan","fungsi":"HitungUnik","ekspresi":"data.GetType()"}""", "ekspresi")]
    public async Task A_hostile_predicate_is_refused_like_a_hostile_formula_and_nothing_is_stored(string aturan, string kolom)
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var sebelum = await admin.GetStringAsync("/api/aturan-register/KoperasiDiperiksa/riwayat");
        var respons = await admin.PutAsync("/api/aturan-register/KoperasiDiperiksa", Json(aturan));
        Assert.Equal(HttpStatusCode.BadRequest, respons.StatusCode);
        var problem = await respons.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(kolom, out _), problem.ToString());
        Assert.Equal(sebelum, await admin.GetStringAsync("/api/aturan-register/KoperasiDiperiksa/riwayat"));
    }

    private static StringContent Json(string isi) => new(isi, Encoding.UTF8, "application/json");
}
