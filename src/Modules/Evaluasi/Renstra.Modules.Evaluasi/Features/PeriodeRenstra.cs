using Renstra.Modules.Kinerja.Contracts;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>The Renstra's period and the capaian of a value against a target, shared by the evaluation documents.</summary>
public static class PeriodeRenstra
{
    /// <summary>The Renstra's first year.</summary>
    public const int TahunAwal = 2021;

    /// <summary>The Renstra's last year: its target is the "target Renstra akhir periode".</summary>
    public const int TahunAkhir = 2026;

    /// <summary>
    /// The capaian of each realisasi against its target by the indicator's own capaian rule, as Kinerja holds it
    /// (<see cref="IBacaanKinerja.CapaianAsync"/>: the rule an admin chose, not a copy of the shipped Positif/Negatif
    /// forms), rounded to two decimals as the documents print it.
    /// </summary>
    internal static async Task<IReadOnlyList<decimal?>> CapaianAsync(
        IBacaanKinerja kinerja, IReadOnlyList<CapaianDiminta> diminta, CancellationToken cancellationToken) =>
        (await kinerja.CapaianAsync(diminta, cancellationToken)).Select(Bulat).ToList();

    /// <summary>Two decimals, as the documents print a capaian.</summary>
    internal static decimal? Bulat(decimal? nilai) => nilai is { } n ? Math.Round(n, 2, MidpointRounding.AwayFromZero) : null;
}
