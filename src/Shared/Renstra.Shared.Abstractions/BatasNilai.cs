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

    /// <summary>
    /// The bound in a message (the API's, which the web forms show too): the power of ten the formula messages use, and
    /// its name in words. Not written out
    /// with Indonesian thousands dots: the API tells its clients to write '.' as the decimal point, so "1.000.000…" there
    /// reads as a fraction, and sixteen digits without separators cannot be read at a glance.
    /// </summary>
    public const string Teks = "±10^15 (seribu triliun)";

    /// <summary>Whether <paramref name="nilai"/> is within ±<see cref="Maksimum"/>.</summary>
    public static bool Sah(decimal nilai) => Math.Abs(nilai) <= Maksimum;

    /// <summary>"… paling besar ±10^15 (seribu triliun)", for a message naming the field.</summary>
    public static string Pesan(string apa) => $"{apa} di luar batas: paling besar {Teks}.";
}
