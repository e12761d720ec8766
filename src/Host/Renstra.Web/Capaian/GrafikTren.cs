using System.Globalization;
using System.Net;
using System.Text;
using Renstra.Web.Formatting;

namespace Renstra.Web.Capaian;

/// <summary>One year of an indicator's trend.</summary>
public sealed record TitikTren(int Tahun, decimal? Target, decimal? Realisasi);

/// <summary>
/// The trend chart target vs realisasi as an SVG drawn on the server: no chart library, no script, and
/// no inline style (the content security policy forbids it; SVG presentation attributes are markup).
/// </summary>
public static class GrafikTren
{
    private const int Lebar = 640;
    private const int Tinggi = 260;
    private const int Kiri = 56;
    private const int Kanan = 16;
    private const int Atas = 16;
    private const int Bawah = 36;

    public static string Svg(string judul, IReadOnlyList<TitikTren> titik)
    {
        ArgumentNullException.ThrowIfNull(titik);
        // The scale is drawn in double: whatever is stored (even near decimal's limits) gives a finite chart.
        var nilai = titik.SelectMany(t => new[] { t.Target, t.Realisasi }).OfType<decimal>().Select(v => (double)v).ToList();
        var maks = nilai.Count == 0 ? 100d : nilai.Max();
        var min = nilai.Count == 0 ? 0d : Math.Min(0d, nilai.Min());
        if (maks == min) maks = min + 1;
        maks += (maks - min) * 0.1;
        double X(int i) => Kiri + (titik.Count <= 1 ? 0 : i * (Lebar - Kiri - Kanan) / (double)(titik.Count - 1));
        double Y(decimal v) => Atas + ((maks - (double)v) / (maks - min)) * (Tinggi - Atas - Bawah);
        double YGaris(double v) => Atas + ((maks - v) / (maks - min)) * (Tinggi - Atas - Bawah);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"grafik\" viewBox=\"0 0 {Lebar} {Tinggi}\" role=\"img\" aria-labelledby=\"grafik-judul\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"grafik-judul\">").Append(WebUtility.HtmlEncode(judul)).Append("</title>");
        for (var g = 0; g <= 4; g++)
        {
            var v = min + (maks - min) * g / 4;
            var y = YGaris(v);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Kiri}\" x2=\"{Lebar - Kanan}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#d0d7de\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{Kiri - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">{WebUtility.HtmlEncode(Label(v))}</text>");
        }
        for (var i = 0; i < titik.Count; i++)
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{X(i):0.#}\" y=\"{Tinggi - 12}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">{titik[i].Tahun}</text>");
        Garis(svg, titik, t => t.Target, X, Y, "#0b4f8a", "6 4", "target");
        Garis(svg, titik, t => t.Realisasi, X, Y, "#c62828", null, "realisasi");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Label(double v) =>
        Math.Abs(v) < 1e15 ? FormatIndonesia.Angka((decimal)v, 1) : v.ToString("0.##E+0", FormatIndonesia.Budaya);

    private static void Garis(StringBuilder svg, IReadOnlyList<TitikTren> titik, Func<TitikTren, decimal?> pilih,
        Func<int, double> x, Func<decimal, double> y, string warna, string? putus, string kelas)
    {
        var poin = titik.Select((t, i) => (i, v: pilih(t))).Where(p => p.v is not null).ToList();
        if (poin.Count == 0) return;
        var dash = putus is null ? "" : $" stroke-dasharray=\"{putus}\"";
        svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"garis-{kelas}\" fill=\"none\" stroke=\"{warna}\" stroke-width=\"2.5\"{dash} points=\"");
        svg.AppendJoin(' ', poin.Select(p => string.Create(CultureInfo.InvariantCulture, $"{x(p.i):0.#},{y(p.v!.Value):0.#}")));
        svg.Append("\"/>");
        foreach (var (i, v) in poin)
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"{x(i):0.#}\" cy=\"{y(v!.Value):0.#}\" r=\"4\" fill=\"{warna}\"><title>{kelas} {titik[i].Tahun}: {WebUtility.HtmlEncode(FormatIndonesia.Angka(v))}</title></circle>");
    }
}
