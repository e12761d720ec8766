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

    /// <summary>The capaian form this indicator uses and its explanation (e.g. that SAS-01's is this system's convention).</summary>
    public AturanCapaianTampilan? AturanCapaian { get; private set; }

    /// <summary>The plan-tree node that lists the indicator, with its name.</summary>
    public SimpulRencana? Simpul { get; private set; }

    public bool IsAdmin { get; private set; }

    /// <summary>The year the kecamatan breakdown shows (<c>?tahunWilayah=</c>; default the latest year with a realisasi).</summary>
    [BindProperty(SupportsGet = true)]
    public int? TahunWilayah { get; set; }

    /// <summary>The indicator per kecamatan for <see cref="TahunWilayah"/>; the kabupaten row sums their variables first.</summary>
    public IReadOnlyList<RincianWilayah> PerKecamatan { get; private set; } = [];

    /// <summary>Variable code → name, so the trace names a register-derived input in words.</summary>
    public IReadOnlyDictionary<string, string> NamaVariabel { get; private set; } = new Dictionary<string, string>();

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
        Deret = await sender.Send(new DaftarCapaian.Query(null, null, null, Kode, TahunAwal + 1, TahunAkhir), cancellationToken);
        NamaVariabel = (await sender.Send(new DaftarVariabel.Query(null), cancellationToken)).ToDictionary(v => v.Kode, v => v.Nama, StringComparer.Ordinal);
        Versi = await sender.Send(new RiwayatIndikator.Query(Kode), cancellationToken);
        Target = await sender.Send(new LihatTarget.Query(Kode), cancellationToken);
        AturanCapaian = (await sender.Send(new DaftarAturanCapaian.Query("Capaian"), cancellationToken)).FirstOrDefault(a => a.Nama == Indikator.AturanCapaian);
        if (Indikator.Simpul is { } simpul)
            Simpul = (await daftarSimpul.BacaAsync(sender, cancellationToken)).FirstOrDefault(s => s.Id == simpul);

        var titik = new List<TitikTren> { new(TahunAwal, Angka(Target.Baseline), null) };
        titik.AddRange(Enumerable.Range(TahunAwal + 1, TahunAkhir - TahunAwal).Select(t =>
        {
            var c = Deret.FirstOrDefault(d => d.Periode == t.ToString(CultureInfo.InvariantCulture));
            return new TitikTren(t, Angka(c?.Target), c?.Realisasi);
        }));
        Grafik = GrafikTren.Svg($"Target dan realisasi {Indikator.Kode} {TahunAwal}–{TahunAkhir}", titik);
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
