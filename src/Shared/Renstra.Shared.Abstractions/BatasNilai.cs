namespace Renstra.Shared.Abstractions;

/// <summary>
/// The largest magnitude any stored number may have — submitted values, targets, variable bounds, formula
/// results. No indicator of this office counts anything near a thousand trillion; the bound keeps every
/// sum, ratio and chart far from <see cref="decimal"/>'s overflow.
/// </summary>
public static class BatasNilai
{
    /// <summary>10^15.</summary>
    public const decimal Maksimum = 1_000_000_000_000_000m;

    /// <summary>Whether <paramref name="nilai"/> is within ±<see cref="Maksimum"/>.</summary>
    public static bool Sah(decimal nilai) => Math.Abs(nilai) <= Maksimum;

    /// <summary>"… paling besar ±1.000.000.000.000.000", for a message naming the field.</summary>
    public static string Pesan(string apa) =>
        $"{apa} di luar batas: paling besar ±{Maksimum.ToString("N0", Budaya.Indonesia)} (10^15).";
}
