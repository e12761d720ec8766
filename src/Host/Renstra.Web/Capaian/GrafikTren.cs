using System.Globalization;
using System.Net;
using System.Text;
using Renstra.Shared.Abstractions;
using Renstra.Web.Formatting;

namespace Renstra.Web.Capaian;

/// <summary>One year of an indicator's trend; <paramref name="Kategori"/> colours only the capaian badge under the year.</summary>
public sealed record TitikTren(int Tahun, decimal? Target, decimal? Realisasi, decimal? Capaian = null, string? Kategori = null);

/// <summary>One year of a graded (predikat) indicator: the target grade and the grade reached.</summary>
public sealed record TitikPredikat(int Tahun, string? Target, string? Realisasi);

/// <summary>
/// The trend chart target vs realisasi as an SVG drawn on the server: no chart library, no script, and
/// no inline style (the content security policy forbids it; SVG presentation attributes are markup).
/// Target and realisasi are neutral (grey dashed, blue solid) with a legend and a label on every point;
/// the capaian category's colour appears only on the capaian badge of each year. A graded indicator
/// (predikat such as "BB") gets <see cref="SvgPredikat"/>: the grades as bands, best at the top.
/// </summary>
public static class GrafikTren
{
    /// <summary>The drawing width for a laptop screen (scaled to the card's width).</summary>
    public const int LebarLayar = 900;

    /// <summary>The drawing width for a phone: drawn narrower so its text stays readable when scaled down.</summary>
    public const int LebarPonsel = 420;

    private const int Kiri = 72;
    private const int Kanan = 24;
    private const int Atas = 52;
    private const string WarnaTarget = "#5f6b7a";
    private const string WarnaRealisasi = "#0b4f8a";

    /// <param name="judul">The chart's accessible title.</param>
    /// <param name="titik">One point per year.</param>
    /// <param name="lebar">The drawing width (<see cref="LebarLayar"/>, <see cref="LebarPonsel"/>); the text keeps its size.</param>
    /// <param name="kelas">An extra CSS class of the svg element.</param>
    public static string Svg(string judul, IReadOnlyList<TitikTren> titik, int lebar = 600, string? kelas = null)
    {
        ArgumentNullException.ThrowIfNull(titik);
        var adaCapaian = titik.Any(t => t.Capaian is not null);
        var tinggi = adaCapaian ? 340 : 310;
        var dasar = tinggi - (adaCapaian ? 78 : 44);
        // The scale is drawn in double: whatever is stored (even near decimal's limits) gives a finite chart.
        var nilai = titik.SelectMany(t => new[] { t.Target, t.Realisasi }).OfType<decimal>().Select(v => (double)v).ToList();
        var (min, maks, langkah) = Skala(nilai.Count == 0 ? 0 : Math.Min(0, nilai.Min()), nilai.Count == 0 ? 100 : Math.Max(0, nilai.Max()));
        double X(int i) => Kiri + 24 + (titik.Count <= 1 ? 0 : i * (lebar - Kiri - Kanan - 48) / (double)(titik.Count - 1));
        double Y(double v) => Atas + (maks - v) / (maks - min) * (dasar - Atas);

        var svg = Buka(judul, tinggi, lebar, kelas);
        for (var g = 0; g <= 12; g++)
        {
            var v = min + g * langkah;
            if (v > maks + langkah / 2) break;
            var y = Y(v);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Kiri}\" x2=\"{lebar - Kanan}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"{(v == 0 ? "#8c959f" : "#d8dee4")}\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"sumbu\" x=\"{Kiri - 8}\" y=\"{y + 5:0.#}\" text-anchor=\"end\" font-size=\"14\" fill=\"#3d4650\">{Html(Label(v))}</text>");
        }
        SumbuTahun(svg, titik.Select(t => t.Tahun).ToList(), X, dasar);
        Garis(svg, titik, t => t.Target, X, Y, WarnaTarget, "7 5", "target");
        Garis(svg, titik, t => t.Realisasi, X, Y, WarnaRealisasi, null, "realisasi");
        LabelTitik(svg, titik, X, Y);
        if (adaCapaian) DeretCapaian(svg, titik, X, dasar + 36);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// A graded indicator: one band per grade of <paramref name="tingkatan"/> (best first), the target grade as a
    /// dashed step line and the grade reached as points, each labelled with its grade.
    /// </summary>
    public static string SvgPredikat(string judul, IReadOnlyList<TitikPredikat> titik, IReadOnlyList<string> tingkatan, int lebar = 600, string? kelas = null)
    {
        ArgumentNullException.ThrowIfNull(titik);
        ArgumentNullException.ThrowIfNull(tingkatan);
        var tinggiPita = 30;
        var tinggi = Atas + tingkatan.Count * tinggiPita + 44;
        var dasar = Atas + tingkatan.Count * tinggiPita;
        double X(int i) => Kiri + 24 + (titik.Count <= 1 ? 0 : i * (lebar - Kiri - Kanan - 48) / (double)(titik.Count - 1));
        int? Pita(string? p) => p is null ? null : tingkatan.Select((t, i) => (t, i)).Where(x => string.Equals(x.t, p.Trim(), StringComparison.OrdinalIgnoreCase)).Select(x => (int?)x.i).FirstOrDefault();
        double Y(int pita) => Atas + pita * tinggiPita + tinggiPita / 2d;

        var svg = Buka(judul, tinggi, lebar, kelas);
        for (var i = 0; i < tingkatan.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{Kiri}\" y=\"{Atas + i * tinggiPita}\" width=\"{lebar - Kiri - Kanan}\" height=\"{tinggiPita}\" fill=\"{(i % 2 == 0 ? "#f3f5f8" : "#ffffff")}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"sumbu\" x=\"{Kiri - 8}\" y=\"{Y(i) + 5:0.#}\" text-anchor=\"end\" font-size=\"14\" fill=\"#3d4650\">{Html(tingkatan[i])}</text>");
        }
        SumbuTahun(svg, titik.Select(t => t.Tahun).ToList(), X, dasar);
        var target = titik.Select((t, i) => (i, pita: Pita(t.Target))).Where(p => p.pita is not null).ToList();
        if (target.Count > 0)
        {
            // A step line: a grade holds for its whole year.
            var langkah = new List<string>();
            for (var k = 0; k < target.Count; k++)
            {
                var y = Y(target[k].pita!.Value);
                if (k > 0) langkah.Add(string.Create(CultureInfo.InvariantCulture, $"{(X(target[k - 1].i) + X(target[k].i)) / 2:0.#},{Y(target[k - 1].pita!.Value):0.#}"));
                if (k > 0) langkah.Add(string.Create(CultureInfo.InvariantCulture, $"{(X(target[k - 1].i) + X(target[k].i)) / 2:0.#},{y:0.#}"));
                langkah.Add(string.Create(CultureInfo.InvariantCulture, $"{X(target[k].i):0.#},{y:0.#}"));
            }
            svg.Append(CultureInfo.InvariantCulture,
                $"<polyline class=\"garis-target\" fill=\"none\" stroke=\"{WarnaTarget}\" stroke-width=\"2.5\" stroke-dasharray=\"7 5\" points=\"{string.Join(' ', langkah)}\"/>");
        }
        foreach (var (i, pita) in target)
            Titik(svg, X(i), Y(pita!.Value), WarnaTarget, false, $"Target {titik[i].Tahun}: {titik[i].Target}");
        var capai = titik.Select((t, i) => (i, pita: Pita(t.Realisasi))).Where(p => p.pita is not null).ToList();
        if (capai.Count > 0)
            svg.Append(CultureInfo.InvariantCulture,
                $"<polyline class=\"garis-realisasi\" fill=\"none\" stroke=\"{WarnaRealisasi}\" stroke-width=\"2.5\" points=\"{string.Join(' ', capai.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.i):0.#},{Y(p.pita!.Value):0.#}")))}\"/>");
        foreach (var (i, pita) in capai)
        {
            Titik(svg, X(i), Y(pita!.Value), WarnaRealisasi, true, $"Realisasi {titik[i].Tahun}: {titik[i].Realisasi}");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"label-realisasi\" x=\"{X(i) + 10:0.#}\" y=\"{Y(pita!.Value) - 6:0.#}\" font-size=\"14\" font-weight=\"700\" fill=\"{WarnaRealisasi}\">{Html(titik[i].Realisasi!)}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A 1–2–5 scale from <paramref name="bawah"/> to <paramref name="atas"/> in about four steps, ends on whole steps.</summary>
    internal static (double Min, double Maks, double Langkah) Skala(double bawah, double atas)
    {
        if (!(atas > bawah)) atas = bawah + 1;
        var kasar = (atas - bawah) / 4;
        var pangkat = Math.Pow(10, Math.Floor(Math.Log10(kasar)));
        var f = kasar / pangkat;
        var langkah = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * pangkat;
        var min = Math.Floor(bawah / langkah) * langkah;
        var maks = Math.Ceiling(atas / langkah) * langkah;
        // Room above the highest point for its label.
        if (maks - atas < langkah * 0.15) maks += langkah;
        return (min, maks, langkah);
    }

    private static StringBuilder Buka(string judul, int tinggi, int lebar, string? kelas)
    {
        var id = kelas is null ? "grafik-judul" : "grafik-judul-" + kelas;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"grafik{(kelas is null ? "" : " " + kelas)}\" viewBox=\"0 0 {lebar} {tinggi}\" role=\"img\" aria-labelledby=\"{id}\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui, sans-serif\">");
        svg.Append("<title id=\"").Append(id).Append("\">").Append(Html(judul)).Append("</title>");
        // The legend, drawn into the chart so it prints and scales with it.
        svg.Append(CultureInfo.InvariantCulture,
            $"<g class=\"legenda-grafik\"><line x1=\"{Kiri}\" x2=\"{Kiri + 34}\" y1=\"18\" y2=\"18\" stroke=\"{WarnaTarget}\" stroke-width=\"3\" stroke-dasharray=\"7 5\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Kiri + 42}\" y=\"23\" font-size=\"15\" fill=\"#1a1a1a\">Target</text>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{Kiri + 130}\" x2=\"{Kiri + 164}\" y1=\"18\" y2=\"18\" stroke=\"{WarnaRealisasi}\" stroke-width=\"3\"/><circle cx=\"{Kiri + 147}\" cy=\"18\" r=\"5\" fill=\"{WarnaRealisasi}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Kiri + 172}\" y=\"23\" font-size=\"15\" fill=\"#1a1a1a\">Realisasi</text></g>");
        return svg;
    }

    private static void SumbuTahun(StringBuilder svg, IReadOnlyList<int> tahun, Func<int, double> x, double dasar)
    {
        for (var i = 0; i < tahun.Count; i++)
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"sumbu\" x=\"{x(i):0.#}\" y=\"{dasar + 22:0.#}\" text-anchor=\"middle\" font-size=\"15\" fill=\"#1a1a1a\">{tahun[i]}</text>");
    }

    private static void Garis(StringBuilder svg, IReadOnlyList<TitikTren> titik, Func<TitikTren, decimal?> pilih,
        Func<int, double> x, Func<double, double> y, string warna, string? putus, string kelas)
    {
        var poin = titik.Select((t, i) => (i, v: pilih(t))).Where(p => p.v is not null).ToList();
        if (poin.Count == 0) return;
        var dash = putus is null ? "" : $" stroke-dasharray=\"{putus}\"";
        svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"garis-{kelas}\" fill=\"none\" stroke=\"{warna}\" stroke-width=\"2.5\"{dash} points=\"");
        svg.AppendJoin(' ', poin.Select(p => string.Create(CultureInfo.InvariantCulture, $"{x(p.i):0.#},{y((double)p.v!.Value):0.#}")));
        svg.Append("\"/>");
        var nama = kelas == "target" ? "Target" : "Realisasi";
        foreach (var (i, v) in poin)
            Titik(svg, x(i), y((double)v!.Value), warna, putus is null, $"{nama} {titik[i].Tahun}: {FormatIndonesia.Angka(v)}");
    }

    private static void Titik(StringBuilder svg, double x, double y, string warna, bool penuh, string keterangan) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"5\" fill=\"{(penuh ? warna : "#ffffff")}\" stroke=\"{warna}\" stroke-width=\"2.5\"><title>{Html(keterangan)}</title></circle>");

    /// <summary>A value label at every point: of a year's two values the higher is labelled above its point, the lower below.</summary>
    private static void LabelTitik(StringBuilder svg, IReadOnlyList<TitikTren> titik, Func<int, double> x, Func<double, double> y)
    {
        for (var i = 0; i < titik.Count; i++)
        {
            var (t, r) = (titik[i].Target, titik[i].Realisasi);
            var realisasiDiAtas = r is not null && (t is null || r >= t);
            if (t is { } target)
                Label(svg, x(i), y((double)target), FormatIndonesia.Angka(target), WarnaTarget, atas: !realisasiDiAtas || r is null, "label-target");
            if (r is { } realisasi)
                Label(svg, x(i), y((double)realisasi), FormatIndonesia.Angka(realisasi), WarnaRealisasi, atas: realisasiDiAtas, "label-realisasi");
        }
    }

    private static void Label(StringBuilder svg, double x, double y, string teks, string warna, bool atas, string kelas) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"{kelas}\" x=\"{x:0.#}\" y=\"{(atas ? y - 11 : y + 23):0.#}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"{(kelas == "label-realisasi" ? "700" : "400")}\" fill=\"{warna}\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"4\">{Html(teks)}</text>");

    /// <summary>Under each year its capaian, on a badge in the category's colour (the style sheet's <c>kategori-…</c> fills).</summary>
    private static void DeretCapaian(StringBuilder svg, IReadOnlyList<TitikTren> titik, Func<int, double> x, double y)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{Kiri - 8}\" y=\"{y + 5:0.#}\" text-anchor=\"end\" font-size=\"13\" fill=\"#3d4650\">Capaian</text>");
        for (var i = 0; i < titik.Count; i++)
        {
            if (titik[i].Capaian is not { } c) continue;
            var kelas = WarnaKategori.KelasCss(titik[i].Kategori);
            svg.Append(CultureInfo.InvariantCulture,
                $"<g class=\"badge-capaian {kelas}\"><rect x=\"{x(i) - 34:0.#}\" y=\"{y - 13:0.#}\" width=\"68\" height=\"24\" rx=\"4\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x(i):0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\">{Html(FormatIndonesia.Persen(c))}</text>");
            svg.Append("<title>").Append(Html($"Capaian {titik[i].Tahun}: {FormatIndonesia.Persen(c)}, {titik[i].Kategori ?? "tanpa kategori"}")).Append("</title></g>");
        }
    }

    private static string Html(string s) => WebUtility.HtmlEncode(s);

    private static string Label(double v) =>
        Math.Abs(v) < 1e15 ? FormatIndonesia.Angka((decimal)v, 2) : v.ToString("0.##E+0", Budaya.Indonesia);
}
