using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Kinerja.Features;
using Renstra.Shared.Errors;
using Renstra.Web.Akses;
using Renstra.Web.Capaian;

namespace Renstra.Web.Pages;

/// <summary>One indicator: definition, formula, trend 2020–2026, the computation trace of each year, versions.</summary>
public sealed class HalamanIndikatorModel(ISender sender) : PageModel
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

    public bool IsAdmin { get; private set; }

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
        Versi = await sender.Send(new RiwayatIndikator.Query(Kode), cancellationToken);
        Target = await sender.Send(new LihatTarget.Query(Kode), cancellationToken);

        var titik = new List<TitikTren> { new(TahunAwal, Angka(Target.Baseline), null) };
        titik.AddRange(Enumerable.Range(TahunAwal + 1, TahunAkhir - TahunAwal).Select(t =>
        {
            var c = Deret.FirstOrDefault(d => d.Periode == t.ToString(CultureInfo.InvariantCulture));
            return new TitikTren(t, Angka(c?.Target), c?.Realisasi);
        }));
        Grafik = GrafikTren.Svg($"Target dan realisasi {Indikator.Kode} {TahunAwal}–{TahunAkhir}", titik);
        return Page();
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
