using System.Text.RegularExpressions;

namespace Renstra.Web.Formatting;

/// <summary>
/// A formula as a person reads it: each variable by its catalog name instead of its code
/// (<c>data.Pengangguran / data.AngkatanKerja * 100</c> → "Jumlah pengangguran ÷ Angkatan kerja × 100").
/// The stored formula itself is the administrator's, on the rule pages.
/// </summary>
public static partial class RumusTampilan
{
    private static readonly (string Kode, string Kata)[] Operator =
        [("&&", "dan"), ("||", "atau"), ("==", "="), ("!=", "≠"), (">=", "≥"), ("<=", "≤"), ("*", "×"), ("/", "÷")];

    /// <summary>The formula with variable names and operators in words.</summary>
    public static string DalamKata(string? rumus, IReadOnlyDictionary<string, string> nama)
    {
        ArgumentNullException.ThrowIfNull(nama);
        if (string.IsNullOrWhiteSpace(rumus)) return FormatIndonesia.Kosong;
        // Operators first: a variable's name may itself hold a "/" ("disusun/direview").
        var teks = rumus;
        foreach (var (kode, kata) in Operator) teks = teks.Replace(kode, kata, StringComparison.Ordinal);
        return Acuan().Replace(teks, m => NamaVariabel(m.Groups[1].Value == "sebelumnya" ? "sebelumnya." + m.Groups[2].Value : m.Groups[2].Value, nama));
    }

    /// <summary>"Jumlah wirausaha (periode sebelumnya)" for <c>sebelumnya.Wirausaha</c>; the code itself only when the catalog has no name.</summary>
    public static string NamaVariabel(string kode, IReadOnlyDictionary<string, string> nama)
    {
        ArgumentNullException.ThrowIfNull(kode);
        ArgumentNullException.ThrowIfNull(nama);
        const string Sebelumnya = "sebelumnya.";
        var lalu = kode.StartsWith(Sebelumnya, StringComparison.Ordinal);
        var inti = lalu ? kode[Sebelumnya.Length..] : kode;
        var teks = nama.TryGetValue(inti, out var n) && !string.IsNullOrWhiteSpace(n) ? n : inti;
        return lalu ? teks + " (periode sebelumnya)" : teks;
    }

    [GeneratedRegex(@"\b(data|sebelumnya)\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Acuan();
}
