using Renstra.Web.Formatting;

namespace Renstra.BrowserTests.Formatting;

/// <summary>The form's own words for the modules' refusals of a typed number (issue 13).</summary>
public sealed class GalatAngkaTests
{
    [Theory]
    [InlineData("Nilai harus antara 0 dan 1000000 orang.", "Nilai harus antara 0 dan 1.000.000 orang.")]
    [InlineData("Nilai 2.5 terlalu besar.", "Nilai 2,5 terlalu besar.")]
    [InlineData("Periode 2024-T2 tahun 2024 terkunci.", "Periode 2024-T2 tahun 2024 terkunci.")]
    [InlineData("Nilai harus berupa angka, bukan teks ('1000000').", "Nilai harus berupa angka, bukan teks ('1000000').")]
    [InlineData("Kode RPJMD-01 dan IKU-05.", "Kode RPJMD-01 dan IKU-05.")]
    public void Angka_dalam_pesan_ditulis_cara_Indonesia_kecuali_tahun_kode_dan_kutipan(string pesan, string diharapkan) =>
        Assert.Equal(diharapkan, GalatAngka.Kelompokkan(pesan));

    [Fact]
    public void Teks_yang_bukan_angka_dijelaskan_dengan_cara_menulis_angka_di_formulir()
    {
        var pesan = GalatAngka.UntukIsian(["'3.5' bukan angka: gunakan titik sebagai pemisah desimal."], "3.5");
        Assert.Equal(["\"3.5\" bukan angka. Tulis angka seperti 70.345 (titik pemisah ribuan) atau 3,5 (koma desimal)."], pesan);
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("1.23")]
    [InlineData("12.3456")]
    public void Titik_yang_bukan_pemisah_ribuan_tidak_dibaca_sebagai_angka(string teks) =>
        Assert.False(AngkaIsian.TryBaca(teks, out _));
}
