using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.KoperasiUmkm;

/// <summary>Register import: every bad row reported by its line and key; all or nothing, or only the good rows; idempotent.</summary>
public sealed class ImporRegisterTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    private const string Berkas =
        "NomorBadanHukum,Nama,Jenis,Alamat,Kecamatan,TanggalBerdiri,Status,StatusSejak\r\n" +
        "I-1/BH/2019,Koperasi Satu,Jasa,Jl. A,Manggar,2019-02-01,,\r\n" +                  // line 2: good (kecamatan by name)
        "I-2/BH/2019,Koperasi Dua,Peternakan,Jl. B,190601,2019-02-01,,\r\n" +              // line 3: unknown jenis
        "I-3/BH/2019,Koperasi Tiga,ksp/usp,Jl. C,190602,2019-02-01,Aktif,\r\n" +          // line 4: good (jenis in any case)
        "I-4/BH/2019,Koperasi Empat,Jasa,Jl. D,Atlantis,2019-02-01,,\r\n" +               // line 5: unknown kecamatan
        "I-5/BH/2019,Koperasi Lima,Konsumen,Jl. E,190603,2019-02-01,Tidak Aktif,2024-01-01\r\n" + // line 6: good
        "I-6/BH/2019,Koperasi Enam,Jasa,Jl. F,190603,31-31-2019,,\r\n";                  // line 7: not a date

    [Fact]
    public async Task A_file_with_three_bad_rows_reports_exactly_those_rows_and_stores_nothing_then_the_good_rows_on_request()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        var semua = await op.PostAsync("/api/koperasi/impor", FormulirBerkas.Dari(Encoding.UTF8.GetBytes(Berkas), "koperasi.csv", "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, semua.StatusCode);
        var problem = await semua.Content.ReadFromJsonAsync<JsonElement>();
        var galat = problem.GetProperty("errors").EnumerateObject().ToList();
        Assert.Equal(["baris 3", "baris 5", "baris 7"], galat.Select(g => g.Name).Order().ToArray());
        Assert.StartsWith("Nomor badan hukum I-2/BH/2019", galat.Single(g => g.Name == "baris 3").Value[0].GetString(), StringComparison.Ordinal);
        Assert.Empty((await op.GetFromJsonAsync<JsonElement>("/api/koperasi")).EnumerateArray());

        var valid = await op.PostAsync("/api/koperasi/impor?mode=valid", FormulirBerkas.Dari(Encoding.UTF8.GetBytes(Berkas), "koperasi.csv", "text/csv"));
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        var laporan = await valid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, laporan.GetProperty("baru").GetInt32());
        Assert.Equal([3, 5, 7], laporan.GetProperty("ditolak").EnumerateArray().Select(d => d.GetProperty("baris").GetInt32()).ToArray());
        Assert.Equal(["I-2/BH/2019", "I-4/BH/2019", "I-6/BH/2019"], laporan.GetProperty("ditolak").EnumerateArray().Select(d => d.GetProperty("kunci").GetString()!).ToArray());
        var daftar = (await op.GetFromJsonAsync<JsonElement>("/api/koperasi")).EnumerateArray().ToList();
        Assert.Equal(3, daftar.Count);
        Assert.Contains(daftar, k => k.GetProperty("nomorBadanHukum").GetString() == "I-3/BH/2019" && k.GetProperty("jenis").GetString() == "KSP/USP");
        Assert.Contains(daftar, k => k.GetProperty("nomorBadanHukum").GetString() == "I-5/BH/2019" && k.GetProperty("status").GetString() == "TidakAktif");

        // The same file again changes nothing: matched on nomor badan hukum.
        var lagi = await (await op.PostAsync("/api/koperasi/impor?mode=valid", FormulirBerkas.Dari(Encoding.UTF8.GetBytes(Berkas), "koperasi.csv", "text/csv")))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, lagi.GetProperty("baru").GetInt32());
        Assert.Equal(0, lagi.GetProperty("diubah").GetInt32());
        Assert.Equal(3, lagi.GetProperty("tidakBerubah").GetInt32());
        Assert.Equal(3, (await op.GetFromJsonAsync<JsonElement>("/api/koperasi")).GetArrayLength());
    }

    [Fact]
    public async Task An_xlsx_usaha_mikro_file_is_imported_and_a_nik_is_refused()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        var baris = new[]
        {
            new Dictionary<string, object> { ["NomorInduk"] = "9120001234567", ["NamaUsaha"] = "Kerupuk Ikan Bu Ani", ["Kecamatan"] = "Manggar", ["Sektor"] = "Kuliner", ["TanggalIzin"] = "2023-03-01" },
            new Dictionary<string, object> { ["NomorInduk"] = "1906011234567890", ["NamaUsaha"] = "Usaha NIK", ["Kecamatan"] = "Manggar", ["Sektor"] = "Kuliner", ["TanggalIzin"] = "" },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(baris);
        var respons = await op.PostAsync("/api/usaha-mikro/impor?mode=valid", FormulirBerkas.Dari(stream.ToArray(), "usaha.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.Equal(HttpStatusCode.OK, respons.StatusCode);
        var laporan = await respons.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, laporan.GetProperty("baru").GetInt32());
        var ditolak = Assert.Single(laporan.GetProperty("ditolak").EnumerateArray());
        Assert.Equal(3, ditolak.GetProperty("baris").GetInt32());
        Assert.Contains("NIK", ditolak.GetProperty("pesan")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(1m, await RegisterKlien.NilaiAsync(op, "2024", RegisterKlien.Manggar, "UsahaMikroBerizin"));
    }
}
