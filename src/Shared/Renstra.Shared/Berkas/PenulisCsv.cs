using System.Globalization;
using System.Text;

namespace Renstra.Shared.Berkas;

/// <summary>
/// The one CSV writer for every file the app hands out (upload templates, capaian export): UTF-8 with BOM,
/// CRLF, RFC 4180 quoting, and formula injection defused — a cell that a spreadsheet would run as a formula
/// (starting with <c>=</c> <c>+</c> <c>-</c> <c>@</c>, tab or CR) gets a leading apostrophe unless it is a
/// plain number.
/// </summary>
public static class PenulisCsv
{
    private static readonly char[] AwalRumus = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Writes <paramref name="kolom"/> and then every row, cells separated by <paramref name="pemisah"/>.</summary>
    /// <param name="angka">The culture numbers are written in; a cell that parses as a number in it is left alone.</param>
    public static byte[] Tulis(IReadOnlyList<string> kolom, IEnumerable<IReadOnlyList<string?>> baris, char pemisah, IFormatProvider angka)
    {
        ArgumentNullException.ThrowIfNull(kolom);
        ArgumentNullException.ThrowIfNull(baris);
        var teks = new StringBuilder();
        Baris(teks, kolom, pemisah, angka);
        foreach (var b in baris) Baris(teks, b, pemisah, angka);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(teks.ToString())];
    }

    /// <summary>One cell, defused and quoted as needed.</summary>
    public static string Sel(string? nilai, char pemisah, IFormatProvider angka)
    {
        var s = nilai ?? "";
        if (s.Length > 0 && Array.IndexOf(AwalRumus, s[0]) >= 0 && !decimal.TryParse(s, NumberStyles.Number, angka, out _))
            s = "'" + s;
        return s.Contains(pemisah, StringComparison.Ordinal) || s.IndexOfAny(['"', '\n', '\r']) >= 0
            ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : s;
    }

    private static void Baris(StringBuilder teks, IReadOnlyList<string?> sel, char pemisah, IFormatProvider angka)
    {
        for (var i = 0; i < sel.Count; i++)
        {
            if (i > 0) teks.Append(pemisah);
            teks.Append(Sel(sel[i], pemisah, angka));
        }
        teks.Append("\r\n");
    }
}
