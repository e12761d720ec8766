using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Kinerja.Features;
using Renstra.Shared.Errors;
using Renstra.Web.Akses;
using Renstra.Web.Capaian;
using Renstra.Web.Formatting;

namespace Renstra.Web.Pages;

/// <summary>One indicator: definition, formula, trend 2020–2026, the computation trace of each year, versions.</summary>
public sealed class HalamanIndikatorModel(ISender sender, DaftarSimpulRencana daftarSimpul) : PageModel
{
    public const int TahunAwal = 2020;
    public const int TahunAkhir = 2026;

    [FromRoute]
    public string Kode { get; set; } = "";

    public IndikatorTampilan Indikator { get; private set; } = null!;

    public IReadOnlyList<CapaianTampilan> Deret { get; private set; } = [];

    public IReadOnlyList<IndikatorTampilan> Versi { get; private set; } = [];

    public LihatTarget.Hasil Target { get; private set; } = new(null, []);

    public string Grafik { get; private set; } = "";

    /// <summary>The same chart drawn narrower, shown on a phone instead of <see cref="Grafik"/>.</summary>
    public string GrafikPonsel { get; private set; } = "";

    /// <summary>The indicator is graded (a predikat such as "BB" instead of a number): its chart shows grade bands.</summary>
    public bool Predikat { get; private set; }

    /// <summary>The capaian form this indicator uses and its explanation (e.g. that SAS-01's is this system's convention).</summary>
    public AturanCapaianTampilan? AturanCapaian { get; private set; }

    /// <summary>The plan-tree node that lists the indicator, with its name.</summary>
    public SimpulRencana? Simpul { get; private set; }

    public bool IsAdmin { get; private set; }

    /// <summary>Variable names by code, so the formula and the trace (a register-derived input too) read in words.</summary>
    public IReadOnlyDictionary<string, string> NamaVariabel { get; private set; } = new Dictionary<string, string>();

    /// <summary>The same names for prose (a result's note, the definition): codes in a text said in words.</summary>
    public KamusVariabel Kamus => _kamus ??= new KamusVariabel(NamaVariabel);

    private KamusVariabel? _kamus;

    /// <summary>The year the kecamatan breakdown shows (<c>?tahunWilayah=</c>; default the latest year with a realisasi).</summary>
    [BindProperty(SupportsGet = true)]
    public int? TahunWilayah { get; set; }

    /// <summary>The indicator per kecamatan for <see cref="TahunWilayah"/>; the kabupaten row sums their variables first.</summary>
    public IReadOnlyList<RincianWilayah> PerKecamatan { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Indikator = (await sender.Send(new DaftarIndikator.Query(Kode), cancellationToken))[0];
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        IsAdmin = HakPengguna.Dari(User).IsAdmin;
        NamaVariabel = (await sender.Send(new DaftarVariabel.Query(null), cancellationToken))
            .GroupBy(v => v.Kode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Nama, StringComparer.Ordinal);
        Deret = await sender.Send(new DaftarCapaian.Query(null, null, null, Kode, TahunAwal + 1, TahunAkhir), cancellationToken);
        Versi = await sender.Send(new RiwayatIndikator.Query(Kode), cancellationToken);
        Target = await sender.Send(new LihatTarget.Query(Kode), cancellationToken);
        AturanCapaian = (await sender.Send(new DaftarAturanCapaian.Query("Capaian"), cancellationToken)).FirstOrDefault(a => a.Nama == Indikator.AturanCapaian);
        if (Indikator.Simpul is { } simpul)
            Simpul = (await daftarSimpul.BacaAsync(sender, cancellationToken)).FirstOrDefault(s => s.Id == simpul);

        var judul = $"Target dan realisasi {Indikator.Kode} {TahunAwal}–{TahunAkhir}";
        var tahun = Enumerable.Range(TahunAwal + 1, TahunAkhir - TahunAwal).ToList();
        CapaianTampilan? Tahunan(int t) => Deret.FirstOrDefault(d => d.Periode == t.ToString(CultureInfo.InvariantCulture));
        Predikat = TeksTarget.Predikat(Target.Baseline) is not null || Deret.Any(d => d.Predikat is not null || TeksTarget.Predikat(d.Target) is not null);
        if (Predikat)
        {
            var tingkatan = (await sender.Send(new DaftarAturanCapaian.Query("Predikat"), cancellationToken)).Where(a => a.Aktif).Select(a => a.Nama).ToList();
            var titik = new List<TitikPredikat> { new(TahunAwal, TeksTarget.Predikat(Target.Baseline), null) };
            titik.AddRange(tahun.Select(t => new TitikPredikat(t, TeksTarget.Predikat(Tahunan(t)?.Target), Tahunan(t)?.Predikat)));
            IReadOnlyList<string> skala = tingkatan.Count > 0 ? tingkatan : ["AA", "A", "BB", "B", "CC", "C", "D"];
            Grafik = GrafikTren.SvgPredikat(judul, titik, skala, GrafikTren.LebarLayar, "grafik-lebar");
            GrafikPonsel = GrafikTren.SvgPredikat(judul, titik, skala, GrafikTren.LebarPonsel, "grafik-sempit");
        }
        else
        {
            var titik = new List<TitikTren> { new(TahunAwal, Angka(Target.Baseline), null) };
            titik.AddRange(tahun.Select(t =>
            {
                var c = Tahunan(t);
                return new TitikTren(t, Angka(c?.Target), c?.Realisasi, c?.Capaian, c?.Kategori);
            }));
            Grafik = GrafikTren.Svg(judul, titik, GrafikTren.LebarLayar, "grafik-lebar");
            GrafikPonsel = GrafikTren.Svg(judul, titik, GrafikTren.LebarPonsel, "grafik-sempit");
        }
        await RincianWilayahAsync(cancellationToken);
        return Page();
    }

    /// <summary>The explanation stored with a capaian rule, if any.</summary>
    public static string? Keterangan(AturanCapaianTampilan? aturan) =>
        aturan is not null && aturan.Properti.ValueKind == JsonValueKind.Object && aturan.Properti.TryGetProperty("keterangan", out var k) && k.ValueKind == JsonValueKind.String
            ? k.GetString() : null;

    /// <summary>A printed value as the page shows it: numbers in Indonesian form, lists joined, text as printed.</summary>
    public static string Tercetak(JsonElement nilai) => nilai.ValueKind switch
    {
        JsonValueKind.Number => FormatIndonesia.Angka(nilai.GetDecimal(), 4),
        JsonValueKind.String => nilai.GetString()!,
        JsonValueKind.Array => string.Join("; ", nilai.EnumerateArray().Select(Tercetak)),
        JsonValueKind.Null => "tidak ada",
        _ => nilai.ToString(),
    };

    private async Task RincianWilayahAsync(CancellationToken cancellationToken)
    {
        if (TahunWilayah is not (>= TahunAwal and <= TahunAkhir))
            TahunWilayah = Deret.Where(d => d.Realisasi is not null).Select(d => int.Parse(d.Periode, CultureInfo.InvariantCulture)).DefaultIfEmpty(TahunAkhir).Max();
        var wilayah = await sender.Send(new LihatWilayah.Query(), cancellationToken);
        var rincian = new List<RincianWilayah>();
        foreach (var k in wilayah.Kecamatan.Prepend(wilayah))
        {
            var c = (await sender.Send(new DaftarCapaian.Query(null, null, k.Kode, Kode, TahunWilayah, TahunWilayah), cancellationToken)).FirstOrDefault();
            rincian.Add(new RincianWilayah(k.Nama, k.Kecamatan.Count > 0, c?.Realisasi, c?.Capaian, c?.Kategori));
        }
        PerKecamatan = rincian.Any(r => !r.Kabupaten && r.Realisasi is not null) ? rincian : [];
    }

    /// <summary>A target or baseline that is a number (a grade such as "BB" is not drawn).</summary>
    public static decimal? Angka(object? nilai) => nilai switch
    {
        decimal d => d,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        JsonElement { ValueKind: JsonValueKind.Number } j when j.TryGetDecimal(out var d) => d,
        _ => null,
    };
}

/// <summary>One row of the kecamatan breakdown.</summary>
public sealed record RincianWilayah(string Nama, bool Kabupaten, decimal? Realisasi, decimal? Capaian, string? Kategori);
