using System.Globalization;
using System.Text.RegularExpressions;

namespace Renstra.Web.Formatting;

/// <summary>
/// A module's refusal of a typed value, said the way the form asks for numbers. The modules answer the API
/// with plain numbers (<c>antara 0 dan 1000000</c>) and ask API callers for a decimal point; a person on the
/// form writes 1.000.000 and 3,5, so the form regroups those numbers and words a value it could not read
/// as a number itself.
/// </summary>
public static partial class GalatAngka
{
    /// <summary>What the form says of <paramref name="teks"/> when it is not a number the Indonesian way.</summary>
    public static string BukanAngka(string teks) =>
        $"\"{Renstra.Shared.Abstractions.TeksPengguna.Kutip(teks.Trim(), 30)}\" bukan angka. Tulis angka seperti 70.345 (titik pemisah ribuan) atau 3,5 (koma desimal).";

    /// <summary>
    /// The messages of one field: a value that is no number gets <see cref="BukanAngka"/>; in any other message
    /// the plain numbers outside quotes are written with Indonesian grouping.
    /// </summary>
    public static IReadOnlyList<string> UntukIsian(IReadOnlyList<string> pesan, string? teks)
    {
        ArgumentNullException.ThrowIfNull(pesan);
        if (pesan.Count == 0) return pesan;
        if (!string.IsNullOrWhiteSpace(teks) && !AngkaIsian.TryBaca(teks, out _)) return [BukanAngka(teks)];
        return pesan.Select(Kelompokkan).ToList();
    }

    /// <summary><c>antara 0 dan 1000000</c> → <c>antara 0 dan 1.000.000</c>, <c>2.5</c> → <c>2,5</c>; quoted text is left as it was typed.</summary>
    public static string Kelompokkan(string pesan)
    {
        ArgumentNullException.ThrowIfNull(pesan);
        var bagian = pesan.Split('\'');
        for (var i = 0; i < bagian.Length; i += 2) // even parts are outside quotes
            bagian[i] = AngkaPolos().Replace(bagian[i], m =>
                // Years and other short whole numbers stay as they are (2024, not 2.024).
                (m.Groups[1].Success || m.Value.TrimStart('-').Length > 4)
                && decimal.TryParse(m.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    ? FormatIndonesia.Angka(n, 10)
                    : m.Value);
        return string.Join('\'', bagian);
    }

    // A number as the modules write it: digits with at most one decimal point, not part of a word or a code.
    [GeneratedRegex(@"(?<![\w.,-])-?\d+(\.\d+)?(?![\w,-]|\.\d)")]
    private static partial Regex AngkaPolos();
}
