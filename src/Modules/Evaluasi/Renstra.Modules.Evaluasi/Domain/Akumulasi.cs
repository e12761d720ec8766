namespace Renstra.Modules.Evaluasi.Domain;

/// <summary>
/// How an indicator's realisasi accumulates across quarters of a year and across the years of the Renstra
/// ("s.d. tahun ini" in Formulir E.81): counts add up, rates and percentages take the latest value, some
/// offices average. Editable per indicator (<c>PUT /api/evaluasi/akumulasi/{kode}</c>).
/// </summary>
internal static class Akumulasi
{
    public const string Jumlah = "Jumlah";
    public const string Terakhir = "Terakhir";
    public const string RataRata = "RataRata";

    public static readonly IReadOnlyList<string> Semua = [Jumlah, Terakhir, RataRata];

    /// <summary>The default when no rule was set: a percentage, index or rate takes the latest value; anything else adds up.</summary>
    public static string Bawaan(string satuan)
    {
        var s = satuan.Trim().ToLowerInvariant();
        return s.Contains('%') || s.Contains("persen") || s.Contains("indeks") || s.Contains("nilai") || s.Contains("rasio") || s.Contains("predikat")
            ? Terakhir
            : Jumlah;
    }

    /// <summary>The accumulated value of the values in time order; null when none is present.</summary>
    public static decimal? Terapkan(string cara, IEnumerable<decimal?> nilaiUrutWaktu)
    {
        var ada = nilaiUrutWaktu.Where(n => n is not null).Select(n => n!.Value).ToList();
        if (ada.Count == 0) return null;
        return cara switch
        {
            Jumlah => ada.Sum(),
            RataRata => Math.Round(ada.Average(), 4, MidpointRounding.AwayFromZero),
            _ => ada[^1],
        };
    }
}
