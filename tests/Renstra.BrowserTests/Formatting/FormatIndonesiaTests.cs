using Renstra.Shared.Abstractions;
using Renstra.Web.Formatting;

namespace Renstra.BrowserTests.Formatting;

public sealed class FormatIndonesiaTests
{
    [Theory]
    [InlineData("1234.56", "1.234,56")]
    [InlineData("70345", "70.345")]
    [InlineData("0.5", "0,5")]
    [InlineData("-1234567.891", "-1.234.567,89")]
    [InlineData("2.005", "2,01")]
    public void Angka_ditulis_dengan_titik_ribuan_dan_koma_desimal(string nilai, string diharapkan) =>
        Assert.Equal(diharapkan, FormatIndonesia.Angka(decimal.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Nilai_kosong_ditulis_sebagai_tanda_pisah()
    {
        Assert.Equal("–", FormatIndonesia.Angka(null));
        Assert.Equal("–", FormatIndonesia.Persen(null));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(2, "II")]
    [InlineData(3, "III")]
    [InlineData(4, "IV")]
    public void Triwulan_ditulis_dengan_angka_romawi(int triwulan, string diharapkan) =>
        Assert.Equal(diharapkan, FormatIndonesia.Romawi(triwulan));

    [Fact]
    public void Persen_dan_rupiah()
    {
        Assert.Equal("95,12%", FormatIndonesia.Persen(95.123m));
        Assert.Equal("100,00%", FormatIndonesia.Persen(100m));
        Assert.Equal("Rp 1.250.000", FormatIndonesia.Rupiah(1_250_000m));
    }

    [Fact]
    public void Tanggal_dalam_bahasa_Indonesia_pada_zona_WIB()
    {
        var waktu = new DateTimeOffset(2026, 8, 16, 20, 5, 0, TimeSpan.Zero); // 17 Agustus 03.05 WIB
        Assert.Equal("17 Agustus 2026", FormatIndonesia.Tanggal(waktu));
        Assert.Equal("17 Agustus 2026 03.05 WIB", FormatIndonesia.TanggalJam(waktu));
        Assert.Equal("Senin, 17 Agustus 2026", FormatIndonesia.HariTanggal(waktu));
    }

    [Theory]
    [InlineData(1, "Kamis, 1 Januari 2026")]
    [InlineData(2, "Minggu, 1 Februari 2026")]
    [InlineData(3, "Minggu, 1 Maret 2026")]
    [InlineData(4, "Rabu, 1 April 2026")]
    [InlineData(5, "Jumat, 1 Mei 2026")]
    [InlineData(6, "Senin, 1 Juni 2026")]
    [InlineData(7, "Rabu, 1 Juli 2026")]
    [InlineData(8, "Sabtu, 1 Agustus 2026")]
    [InlineData(9, "Selasa, 1 September 2026")]
    [InlineData(10, "Kamis, 1 Oktober 2026")]
    [InlineData(11, "Minggu, 1 November 2026")]
    [InlineData(12, "Selasa, 1 Desember 2026")]
    public void Setiap_bulan_dan_hari_bernama_Indonesia(int bulan, string diharapkan) =>
        Assert.Equal(diharapkan, FormatIndonesia.HariTanggal(new DateTimeOffset(2026, bulan, 1, 12, 0, 0, TimeSpan.FromHours(7))));

    [Fact]
    public void Pesan_batas_nilai_menyebut_batasnya_tanpa_pemisah_yang_bisa_dibaca_sebagai_desimal() =>
        Assert.Equal("Nilai di luar batas: paling besar ±10^15 (seribu triliun).", BatasNilai.Pesan("Nilai"));

    [Theory]
    [InlineData("2024", "Tahun 2024")]
    [InlineData("2024-T1", "Triwulan I 2024")]
    [InlineData("2025-T4", "Triwulan IV 2025")]
    public void Periode_dalam_kata(string periode, string diharapkan) =>
        Assert.Equal(diharapkan, FormatIndonesia.Periode(Periode.Parse(periode)));

    [Theory]
    [InlineData("Sangat Tinggi", "kategori-sangat-tinggi")]
    [InlineData("Sedang", "kategori-sedang")]
    [InlineData("sangat rendah", "kategori-sangat-rendah")]
    [InlineData(null, "kategori-kosong")]
    [InlineData("Lain", "kategori-kosong")]
    public void Kategori_menjadi_kelas_warna(string? kategori, string kelas) =>
        Assert.Equal(kelas, WarnaKategori.KelasCss(kategori));

    [Fact]
    public void Modul_dan_peran_ditulis_seperti_orang_menyebutnya()
    {
        Assert.Equal("Koperasi dan UMKM", FormatIndonesia.Modul(NamaModul.KoperasiUmkm));
        Assert.Equal("Administrator", FormatIndonesia.Peran(Peran.Admin));
    }
}
