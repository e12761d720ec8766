using System.Globalization;
using System.Text;

namespace Renstra.Shared.Abstractions;

/// <summary>
/// Text a caller sent, made safe to echo in an error message: clipped, and with control and
/// formatting characters (NUL, bell, bidi overrides, zero-width) shown as <c>?</c> so a message
/// cannot be bent out of shape by its own input.
/// </summary>
public static class TeksPengguna
{
    /// <summary>At most <paramref name="maks"/> characters of <paramref name="teks"/>, then "…".</summary>
    public static string Kutip(string? teks, int maks = 40)
    {
        if (string.IsNullOrEmpty(teks)) return "";
        var potong = teks.Length <= maks ? teks : teks[..maks];
        var hasil = new StringBuilder(potong.Length + 1);
        foreach (var c in potong)
        {
            var kategori = char.GetUnicodeCategory(c);
            hasil.Append(kategori is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate ? '?' : c);
        }
        if (teks.Length > maks) hasil.Append('…');
        return hasil.ToString();
    }
}
