using System.Text.Json;
using Renstra.Web.Capaian;
using Renstra.Web.Formatting;

namespace Renstra.BrowserTests.Formatting;

public sealed class AngkaIsianDanGrafikTests
{
    [Theory]
    [InlineData("70.345", "70345")]
    [InlineData("3,5", "3.5")]
    [InlineData(" 1.234,56 ", "1234.56")]
    [InlineData("1 000", "1000")]
    public void Angka_yang_diketik_cara_Indonesia_dibaca_benar(string teks, string diharapkan)
    {
        Assert.True(AngkaIsian.TryBaca(teks, out var nilai));
        Assert.Equal(decimal.Parse(diharapkan, System.Globalization.CultureInfo.InvariantCulture), nilai);
        Assert.Equal(JsonValueKind.Number, AngkaIsian.KeJson(teks).ValueKind);
    }

    [Fact]
    public void Teks_yang_bukan_angka_diteruskan_apa_adanya_agar_modul_yang_menolaknya()
    {
        Assert.False(AngkaIsian.TryBaca("dua ribu", out _));
        var json = AngkaIsian.KeJson("dua ribu");
        Assert.Equal(JsonValueKind.String, json.ValueKind);
        Assert.Equal("dua ribu", json.GetString());
    }

    [Fact]
    public void Nilai_tersimpan_ditulis_kembali_seperti_diketik() =>
        Assert.Equal("70.345", AngkaIsian.UntukIsian(70345m));

    [Fact]
    public void Grafik_tren_adalah_SVG_tanpa_gaya_sebaris_dan_dengan_judul()
    {
        var svg = GrafikTren.Svg("Target <dan> realisasi", [new(2020, 3.93m, null), new(2021, 3.5m, 3.2m), new(2022, 3.48m, null)]);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"grafik-judul\">Target &lt;dan&gt; realisasi</title>", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"garis-target\"", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"garis-realisasi\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Grafik_tanpa_data_tetap_tergambar()
    {
        var svg = GrafikTren.Svg("Kosong", [new(2020, null, null), new(2021, null, null)]);
        Assert.DoesNotContain("polyline", svg, StringComparison.Ordinal);
        Assert.EndsWith("</svg>", svg, StringComparison.Ordinal);
    }
}
