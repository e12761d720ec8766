using System.Globalization;
using System.Net;
using System.Text;
using Renstra.Modules.Evaluasi.Features;
using Renstra.Web.Formatting;

namespace Renstra.Web.Evaluasi;

/// <summary>A program's serapan anggaran against its capaian kinerja of the Renja year.</summary>
public sealed record TitikSerapan(string Nomor, string Program, decimal? Serapan, decimal? Capaian);

/// <summary>
/// The serapan-vs-capaian chart per program as server-drawn SVG bars (no script, no inline style): a
/// program spending much and achieving little, or the reverse, stands out at a glance.
/// </summary>
public static class GrafikSerapan
{
    private const int Lebar = 720;
    private const int TinggiBaris = 34;
    private const int Kiri = 96;
    private const int Kanan = 60;

    /// <summary>The points of a form: serapan = realisasi ÷ DPA (col 12 ÷ col 7, Rp), capaian = the mean capaian of the program's indicators.</summary>
    public static IReadOnlyList<TitikSerapan> Dari(EvaluasiRenja formulir)
    {
        ArgumentNullException.ThrowIfNull(formulir);
        return formulir.Baris.Where(b => b.Tingkat == "Program").Select(b =>
        {
            var capaian = b.Indikator.Select(i => i.CapaianRenja).OfType<decimal>().ToList();
            var serapan = b.Rp.RealisasiRenja is { } r && b.Rp.TargetRenja is { } t && t != 0 ? Math.Round(r / t * 100, 2) : (decimal?)null;
            return new TitikSerapan(b.Nomor, b.Nama, serapan, capaian.Count == 0 ? null : Math.Round(capaian.Average(), 2));
        }).ToList();
    }

    public static string Svg(IReadOnlyList<TitikSerapan> titik)
    {
        ArgumentNullException.ThrowIfNull(titik);
        var maks = Math.Max(100m, titik.SelectMany(t => new[] { t.Serapan, t.Capaian }).OfType<decimal>().DefaultIfEmpty(100m).Max());
        var tinggi = 30 + titik.Count * TinggiBaris;
        double X(decimal v) => Kiri + (double)(v / maks) * (Lebar - Kiri - Kanan);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"grafik\" viewBox=\"0 0 {Lebar} {tinggi}\" role=\"img\" aria-labelledby=\"grafik-serapan-judul\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"grafik-serapan-judul\">Serapan anggaran dan capaian kinerja per program</title>");
        var garis100 = X(100);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{garis100:0.#}\" x2=\"{garis100:0.#}\" y1=\"8\" y2=\"{tinggi - 18}\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{garis100:0.#}\" y=\"{tinggi - 4}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">100%</text>");
        for (var i = 0; i < titik.Count; i++)
        {
            var y = 10 + i * TinggiBaris;
            var t = titik[i];
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Kiri - 8}\" y=\"{y + 18}\" text-anchor=\"end\" font-size=\"12\" fill=\"#333\">Program {WebUtility.HtmlEncode(t.Nomor)}<title>{WebUtility.HtmlEncode(t.Program)}</title></text>");
            Batang(svg, y, t.Serapan, X, "#0b4f8a", "serapan", t.Program);
            Batang(svg, y + 13, t.Capaian, X, "#2e7d32", "capaian", t.Program);
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Batang(StringBuilder svg, int y, decimal? nilai, Func<decimal, double> x, string warna, string kelas, string program)
    {
        if (nilai is not { } v)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Kiri + 4}\" y=\"{y + 10}\" font-size=\"10\" fill=\"#555\">{kelas}: belum ada</text>");
            return;
        }
        var lebar = Math.Max(1, x(Math.Max(0, v)) - Kiri);
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"batang-{kelas}\" x=\"{Kiri}\" y=\"{y}\" width=\"{lebar:0.#}\" height=\"11\" fill=\"{warna}\"><title>{WebUtility.HtmlEncode(program)} — {kelas} {WebUtility.HtmlEncode(FormatIndonesia.Angka(v))}%</title></rect>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{Kiri + lebar + 4:0.#}\" y=\"{y + 10}\" font-size=\"10\" fill=\"#333\">{WebUtility.HtmlEncode(FormatIndonesia.Angka(v))}%</text>");
    }
}
