using Renstra.Modules.Kinerja.Features;

namespace Renstra.Web.Pages.Isian;

/// <summary>
/// The variables of a sheet grouped under the indicator they feed, so an operator fills in what one indicator
/// needs together and reads its definition. A variable several indicators use appears once, under the first (in
/// the catalog's order), and names the others; variables no indicator uses come last under "Data lainnya".
/// </summary>
/// <param name="Indikator">The indicator, or null for the last group.</param>
/// <param name="Variabel">The variables shown in this group, in the catalog's order.</param>
public sealed record KelompokLembar(IndikatorTampilan? Indikator, IReadOnlyList<VariabelTampilan> Variabel)
{
    public static IReadOnlyList<KelompokLembar> Susun(IReadOnlyList<VariabelTampilan> variabel, IReadOnlyList<IndikatorTampilan> indikator)
    {
        ArgumentNullException.ThrowIfNull(variabel);
        ArgumentNullException.ThrowIfNull(indikator);
        var sisa = variabel.ToDictionary(v => v.Kode, StringComparer.Ordinal);
        var kelompok = new List<KelompokLembar>();
        foreach (var i in indikator)
        {
            var dipakai = i.Variabel.ToHashSet(StringComparer.Ordinal);
            var milik = variabel.Where(v => dipakai.Contains(v.Kode) && sisa.Remove(v.Kode)).ToList();
            if (milik.Count > 0) kelompok.Add(new KelompokLembar(i, milik));
        }
        var lain = variabel.Where(v => sisa.ContainsKey(v.Kode)).ToList();
        if (lain.Count > 0) kelompok.Add(new KelompokLembar(null, lain));
        return kelompok;
    }

    /// <summary>Every indicator that reads each variable, by variable code, in the catalog's order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<IndikatorTampilan>> Pemakai(IReadOnlyList<IndikatorTampilan> indikator)
    {
        ArgumentNullException.ThrowIfNull(indikator);
        return indikator
            .SelectMany(i => i.Variabel.Distinct(StringComparer.Ordinal).Select(v => (Variabel: v, Indikator: i)))
            .GroupBy(x => x.Variabel, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IndikatorTampilan>)g.Select(x => x.Indikator).ToList(), StringComparer.Ordinal);
    }
}
