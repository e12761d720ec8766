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

    [Theory]
    [InlineData(0, 3.2, 1, 4)]
    [InlineData(0, 110, 50, 150)]
    [InlineData(0, 6.8, 2, 8)]
    [InlineData(0, 71.54, 20, 80)]
    [InlineData(-3, 12, 5, 15)]
    [InlineData(0, 0, 0.5, 1.5)]
    public void Skala_grafik_melangkah_1_2_5_dan_berakhir_pada_langkah_utuh(double bawah, double atas, double langkah, double maks)
    {
        var skala = GrafikTren.Skala(bawah, atas);
        Assert.Equal(langkah, skala.Langkah, 9);
        Assert.Equal(maks, skala.Maks, 9);
        Assert.True(skala.Min <= bawah && skala.Maks > atas);
        Assert.Equal(0, Math.Round(skala.Min / skala.Langkah, 9) % 1);
    }

    [Fact]
    public void Grafik_tren_memberi_label_tiap_titik_dan_warna_kategori_hanya_pada_capaian()
    {
        var svg = GrafikTren.Svg("Tren", [new(2020, 4m, null), new(2021, 3.5m, 3.13m, 111.82m, "Sangat Tinggi"), new(2022, 3.4m, null)]);
        Assert.Contains(">3,13</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">3,5</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">111,82%</text>", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"badge-capaian kategori-sangat-tinggi\"", svg, StringComparison.Ordinal);
        Assert.Contains(">Target</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Realisasi</text>", svg, StringComparison.Ordinal);
        // The lines are neutral: no category colour on them.
        Assert.DoesNotContain("#c62828", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("#1b5e20", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Grafik_predikat_menggambar_pita_nilai_huruf()
    {
        var svg = GrafikTren.SvgPredikat("SAS-01", [new(2020, "B", null), new(2021, "B", "BB"), new(2024, "BB", null), new(2025, "XX", null)], ["AA", "A", "BB", "B", "CC", "C", "D"]);
        Assert.Contains(">AA</text>", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"garis-target\"", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"label-realisasi\"", svg, StringComparison.Ordinal);
        Assert.Contains("Realisasi 2021: BB", svg, StringComparison.Ordinal);
        // A grade outside the scale is not drawn (and does not break the chart).
        Assert.DoesNotContain("XX", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Rumus_dibaca_dengan_nama_variabel_bukan_kodenya()
    {
        var nama = new Dictionary<string, string> { ["Wirausaha"] = "Wirausaha terdaftar", ["Dokumen"] = "Dokumen disusun/direview" };
        Assert.Equal("(Wirausaha terdaftar − Wirausaha terdaftar (periode sebelumnya)) ÷ Wirausaha terdaftar (periode sebelumnya) × 100",
            RumusTampilan.DalamKata("(data.Wirausaha − sebelumnya.Wirausaha) / sebelumnya.Wirausaha * 100", nama));
        Assert.Equal("Dokumen disusun/direview ≥ 1 dan Lain > 0", RumusTampilan.DalamKata("data.Dokumen >= 1 && data.Lain > 0", nama));
    }
}
