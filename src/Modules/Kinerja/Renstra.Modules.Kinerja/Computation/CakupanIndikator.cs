using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// Which indicators a region's recompute covers when not every one: those named (a lock) and those whose formula or
/// condition reads a variable whose value changed (a sheet revision), as <c>data.X</c> or <c>sebelumnya.X</c>. Aggregation
/// over a year's quarters, projections and the kecamatan roll-up read only the variables the formula names, so an
/// indicator reading none of the changed ones would be computed again to the same result.
/// </summary>
internal sealed record CakupanIndikator(IReadOnlySet<string> Kode, IReadOnlySet<string> Variabel)
{
    private const char Pemisah = ',';

    /// <summary>What a request stores for these changed variables: null (every indicator) when the list is too long.</summary>
    public static string? TeksVariabel(IEnumerable<string> variabel)
    {
        var teks = string.Join(Pemisah, variabel.Order(StringComparer.Ordinal));
        return teks.Length <= PermintaanHitungUlangConfiguration.PanjangVariabelMaks ? teks : null;
    }

    /// <summary>The union of what the requests cover; null when one of them covers every indicator.</summary>
    public static CakupanIndikator? Dari(IEnumerable<PermintaanHitungUlang> permintaan)
    {
        var kode = new HashSet<string>(StringComparer.Ordinal);
        var variabel = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in permintaan)
        {
            if (p.Kode is not null) kode.Add(p.Kode);
            else if (p.Variabel is not null) variabel.UnionWith(p.Variabel.Split(Pemisah, StringSplitOptions.RemoveEmptyEntries));
            else return null;
        }
        return new(kode, variabel);
    }

    public bool Mencakup(IndikatorTerkompilasi indikator) =>
        Kode.Contains(indikator.Kode) || Membaca(indikator.Rumus) || (indikator.Syarat is { } syarat && Membaca(syarat));

    private bool Membaca(RumusTerkompilasi rumus)
    {
        foreach (var a in rumus.Acuan)
            if (a.Sumber != SumberNilai.Skalar && Variabel.Contains(a.Nama)) return true;
        return false;
    }
}
