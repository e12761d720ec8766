using System.Text.Json;
using Renstra.Shared.Abstractions;

namespace Renstra.Web.Formatting;

/// <summary>
/// A stored target as people read it, the same on every page: a number the Indonesian way, or a grade such
/// as "BB" for a predikat indicator (SAS-01) — never "–" for a target that exists.
/// </summary>
public static class TeksTarget
{
    /// <summary>"3,5" for 3.5; "BB" for the grade; "–" when there is none.</summary>
    public static string Dari(object? target) => target switch
    {
        null => FormatIndonesia.Kosong,
        decimal d => FormatIndonesia.Angka(d),
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => FormatIndonesia.Angka((decimal)d),
        JsonElement { ValueKind: JsonValueKind.Number } j when j.TryGetDecimal(out var d) => FormatIndonesia.Angka(d),
        JsonElement { ValueKind: JsonValueKind.String } j => Teks(j.GetString()),
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => FormatIndonesia.Kosong,
        string s => Teks(s),
        var lain => Convert.ToString(lain, Budaya.Indonesia) ?? FormatIndonesia.Kosong,
    };

    /// <summary>The grade of a predikat target ("BB"); null when the target is a number or missing.</summary>
    public static string? Predikat(object? target) => target switch
    {
        string s when !string.IsNullOrWhiteSpace(s) => s.Trim(),
        JsonElement { ValueKind: JsonValueKind.String } j when !string.IsNullOrWhiteSpace(j.GetString()) => j.GetString()!.Trim(),
        _ => null,
    };

    private static string Teks(string? s) => string.IsNullOrWhiteSpace(s) ? FormatIndonesia.Kosong : s.Trim();
}
