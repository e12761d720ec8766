using System.Text.Json;

namespace Renstra.Web.Formatting;

/// <summary>The computation trace (JSON from Kinerja) as label/value lines for people.</summary>
public static class JejakTampilan
{
    private static readonly Dictionary<string, string> Label = new(StringComparer.Ordinal)
    {
        ["indikatorVersi"] = "Versi aturan",
        ["rumus"] = "Rumus",
        ["syarat"] = "Syarat",
        ["masukan"] = "Masukan",
        ["sumberMasukan"] = "Sumber masukan",
        ["pembilang"] = "Pembilang",
        ["penyebut"] = "Penyebut",
        ["realisasi"] = "Realisasi",
        ["predikatRealisasi"] = "Predikat realisasi",
        ["target"] = "Target",
        ["targetPredikat"] = "Target predikat",
        ["targetDariPeriode"] = "Target dari periode",
        ["aturanCapaian"] = "Aturan capaian",
        ["rumusCapaian"] = "Rumus capaian",
        ["capaian"] = "Capaian (%)",
        ["kategori"] = "Kategori",
        ["keterangan"] = "Keterangan",
    };

    /// <summary>Lines of the trace, skipping empty values and the indicator code.</summary>
    public static IEnumerable<(string Label, string Nilai)> Baris(JsonElement jejak)
    {
        if (jejak.ValueKind != JsonValueKind.Object) yield break;
        foreach (var p in jejak.EnumerateObject())
        {
            if (p.Name is "kode" or "proyeksi" || p.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) continue;
            var teks = Teks(p.Value);
            if (teks.Length == 0) continue;
            yield return (Label.GetValueOrDefault(p.Name, p.Name), teks);
        }
    }

    /// <summary>Lines of a projection (peringatan dini): what it is of, the method, every value used, the result.</summary>
    public static IEnumerable<(string Label, string Nilai)> BarisProyeksi(Renstra.Modules.Kinerja.Features.ProyeksiTampilan p)
    {
        yield return ("Proyeksi sampai akhir", p.Sampai);
        yield return ("Metode", p.Metode);
        foreach (var (variabel, nilai) in p.Masukan) yield return ("Masukan " + variabel, nilai);
        yield return ("Proyeksi realisasi", FormatIndonesia.Angka(p.Realisasi, 4));
        yield return ("Proyeksi capaian (%)", FormatIndonesia.Persen(p.Capaian));
        yield return ("Berisiko", p.Berisiko ? "ya" : "tidak");
        yield return ("Keterangan", p.Keterangan);
    }

    private static string Teks(JsonElement nilai) => nilai.ValueKind switch
    {
        JsonValueKind.Number => FormatIndonesia.Angka(nilai.GetDecimal(), 4),
        JsonValueKind.String => nilai.GetString() ?? "",
        JsonValueKind.True => "ya",
        JsonValueKind.False => "tidak",
        JsonValueKind.Object => string.Join("; ", nilai.EnumerateObject().Select(p => $"{p.Name} = {Teks(p.Value)}")),
        JsonValueKind.Array => string.Join(", ", nilai.EnumerateArray().Select(Teks)),
        _ => "",
    };
}
