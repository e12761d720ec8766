namespace Renstra.Modules.Evaluasi.Features;

/// <summary>The Renstra's period and the capaian of a value against a target, shared by the evaluation documents.</summary>
public static class PeriodeRenstra
{
    /// <summary>The Renstra's first year.</summary>
    public const int TahunAwal = 2021;

    /// <summary>The Renstra's last year: its target is the "target Renstra akhir periode".</summary>
    public const int TahunAkhir = 2026;

    /// <summary>
    /// Capaian of a realisasi against a target: realisasi ÷ target × 100 for a positive indicator; for a
    /// negative one (lower is better) (2 × target − realisasi) ÷ target × 100, not below 0 — the shipped
    /// <c>Positif</c>/<c>Negatif</c> capaian rules of Kinerja.
    /// </summary>
    internal static decimal? Capaian(string polaritas, decimal? realisasi, decimal? target)
    {
        if (realisasi is not { } r || target is not { } t || t == 0) return null;
        var nilai = polaritas == "Negatif" ? Math.Max(0, (2 * t - r) / t * 100m) : r / t * 100m;
        return Math.Round(nilai, 2, MidpointRounding.AwayFromZero);
    }
}
