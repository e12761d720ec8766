using System.Text.RegularExpressions;
using Mediator;
using Renstra.Modules.Kinerja.Features;

namespace Renstra.Web.Formatting;

/// <summary>
/// Variable codes in text written for people (an indicator's definition, a variable's description, an audit
/// value) replaced by the variables' names: "nilai variabel DokumenRtkDisusun" reads "nilai variabel “Dokumen
/// rencana tenaga kerja yang disusun”", <c>sebelumnya.X</c> adds "(periode sebelumnya)". Only codes with a capital
/// inside (AngkatanKerja) are replaced, so an ordinary word that is also a code (Wirausaha) stays as written.
/// </summary>
public sealed partial class KamusVariabel(IReadOnlyDictionary<string, string> namaPerKode)
{
    /// <summary>The live catalog's names (every module).</summary>
    public static async Task<KamusVariabel> BacaAsync(ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var variabel = await sender.Send(new DaftarVariabel.Query(null), cancellationToken);
        return new KamusVariabel(variabel.ToDictionary(v => v.Kode, v => v.Nama, StringComparer.Ordinal));
    }

    /// <summary>The name of <paramref name="kode"/>, or the code when the catalog does not have it.</summary>
    public string Nama(string kode) => namaPerKode.TryGetValue(kode, out var nama) ? nama : kode;

    /// <summary>
    /// A text that is a variable code and nothing else (a trace's input name): the variable's name in quotes, whatever
    /// the code looks like (Pengangguran and Wirausaha too, which <see cref="Ganti"/> leaves alone inside prose).
    /// </summary>
    public string Sebut(string kode) =>
        namaPerKode.TryGetValue(kode, out var nama) ? $"“{nama}”" : Ganti(kode);

    /// <summary><paramref name="teks"/> with every catalog code (and <c>data.X</c>, <c>sebelumnya.X</c>) written as the variable's name.</summary>
    public string Ganti(string? teks)
    {
        if (string.IsNullOrEmpty(teks)) return teks ?? "";
        return Kode().Replace(teks, m =>
        {
            var kode = m.Groups[2].Value;
            if (!namaPerKode.TryGetValue(kode, out var nama)) return m.Value;
            if (m.Groups[1].Value.Length == 0 && !HurufBesarDiTengah().IsMatch(kode)) return m.Value;
            return $"“{nama}”" + (m.Groups[1].Value == "sebelumnya." ? " (periode sebelumnya)" : "");
        });
    }

    [GeneratedRegex(@"\b(data\.|sebelumnya\.)?([A-Za-z_][A-Za-z0-9_]*)\b")]
    private static partial Regex Kode();

    [GeneratedRegex("^[A-Z][a-z0-9]+[A-Z]")]
    private static partial Regex HurufBesarDiTengah();
}
