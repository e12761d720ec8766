using System.Globalization;
using System.Text.Json;
using Renstra.Shared.Abstractions;

namespace Renstra.Web.Formatting;

/// <summary>
/// Numbers typed into a form the Indonesian way (70.345 or 3,13) become the invariant numbers the use
/// cases take. Text that is no number is passed on as text, so the module's own validation names it.
/// A dot only groups thousands, three digits at a time: <c>3.5</c> is refused rather than read as 35.
/// </summary>
public static partial class AngkaIsian
{
    public static bool TryBaca(string? teks, out decimal nilai)
    {
        nilai = 0;
        if (string.IsNullOrWhiteSpace(teks)) return false;
        var bersih = teks.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (bersih.Contains('.', StringComparison.Ordinal) && !RibuanBenar().IsMatch(bersih)) return false;
        return decimal.TryParse(bersih, NumberStyles.Number, Budaya.Indonesia, out nilai);
    }

    /// <summary>A JSON number when <paramref name="teks"/> reads as one, else the text itself as a JSON string.</summary>
    public static JsonElement KeJson(string teks) =>
        TryBaca(teks, out var nilai)
            ? JsonSerializer.SerializeToElement(nilai)
            : JsonSerializer.SerializeToElement(teks.Trim());

    /// <summary>A stored value shown in an input field, written the way people type it (70.345 or 3,13).</summary>
    public static string UntukIsian(decimal? nilai) =>
        nilai is { } n ? n.ToString("#,##0.##########", Budaya.Indonesia) : "";

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex RibuanBenar();
}
