using System.Text.Json;
using Renstra.Web.Formatting;

namespace Renstra.BrowserTests.Formatting;

/// <summary>The indicator page's trace names every input by the variable's name, whatever its code looks like.</summary>
public sealed class JejakTampilanTests
{
    private static readonly Dictionary<string, string> Nama = new(StringComparer.Ordinal)
    {
        ["Pengangguran"] = "Pengangguran terbuka",
        ["AngkatanKerja"] = "Angkatan kerja",
        ["Wirausaha"] = "Wirausaha terdaftar",
    };

    [Fact]
    public void Masukan_dan_sumber_masukan_disebut_dengan_nama_variabel_bukan_kode()
    {
        using var jejak = JsonDocument.Parse("""
            {"kode":"RPJMD-01","masukan":{"Pengangguran":2765,"AngkatanKerja":70345,"Wirausaha":4},
             "sumberMasukan":{"Pengangguran":"2024-T1","AngkatanKerja":"jumlah kecamatan 2024"}}
            """);
        var baris = JejakTampilan.Baris(jejak.RootElement, Nama).ToDictionary(b => b.Label, b => b.Nilai);

        Assert.Equal("“Pengangguran terbuka” = 2.765; “Angkatan kerja” = 70.345; “Wirausaha terdaftar” = 4", baris["Masukan"]);
        Assert.Equal("“Pengangguran terbuka” = 2024-T1; “Angkatan kerja” = jumlah kecamatan 2024", baris["Sumber masukan"]);
        Assert.DoesNotContain(baris.Values, v => v.Contains("AngkatanKerja", StringComparison.Ordinal));
    }

    [Fact]
    public void Masukan_proyeksi_disebut_dengan_nama_variabel()
    {
        using var jejak = JsonDocument.Parse("""{"proyeksi":{"sampai":"2024","metode":"linear","masukan":{"Wirausaha":3}}}""");
        var baris = JejakTampilan.BarisProyeksi(jejak.RootElement, Nama).Where(b => b.Label == "Masukan").Select(b => b.Nilai);
        Assert.Equal(["“Wirausaha terdaftar”: 3"], baris);
    }
}
