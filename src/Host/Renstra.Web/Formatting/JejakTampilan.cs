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
    /// <param name="jejak">The stored trace (JSON).</param>
    /// <param name="namaVariabel">Variable code → name, for the inputs a register derived (said in words, not by code).</param>
    public static IEnumerable<(string Label, string Nilai)> Baris(JsonElement jejak, IReadOnlyDictionary<string, string>? namaVariabel = null)
    {
        if (jejak.ValueKind != JsonValueKind.Object) yield break;
        foreach (var p in jejak.EnumerateObject())
        {
            if (p.Name == "dariRegister")
            {
                if (p.Value.ValueKind == JsonValueKind.Object) yield return ("Dari register", DariRegister(p.Value, namaVariabel));
                continue;
            }
            if (p.Name is "kode" or "proyeksi" || p.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) continue;
            var teks = Teks(p.Value);
            if (teks.Length == 0) continue;
            yield return (Label.GetValueOrDefault(p.Name, p.Name), teks);
        }
    }

    /// <summary>Lines of a projection (peringatan dini) from the trace's <c>proyeksi</c>: what it is of, the method, every value used, the result.</summary>
    public static IEnumerable<(string Label, string Nilai)> BarisProyeksi(JsonElement jejak)
    {
        if (jejak.ValueKind != JsonValueKind.Object || !jejak.TryGetProperty("proyeksi", out var p) || p.ValueKind != JsonValueKind.Object) yield break;
        string Isi(string nama) => p.TryGetProperty(nama, out var v) ? Teks(v) : "";
        yield return ("Proyeksi sampai akhir", Isi("sampai"));
        yield return ("Metode", Isi("metode"));
        if (p.TryGetProperty("masukan", out var masukan) && masukan.ValueKind == JsonValueKind.Object)
            foreach (var m in masukan.EnumerateObject()) yield return ("Masukan", $"{m.Name}: {Teks(m.Value)}");
        yield return ("Proyeksi realisasi", Isi("realisasi"));
        yield return ("Proyeksi capaian (%)", Isi("capaian"));
        yield return ("Berisiko", Isi("berisiko"));
        yield return ("Keterangan", Isi("keterangan"));
    }

    /// <summary>"Jumlah koperasi (register koperasi); …": each input a register derived, by its name, not typed by an operator.</summary>
    private static string DariRegister(JsonElement dariRegister, IReadOnlyDictionary<string, string>? namaVariabel) =>
        string.Join("; ", dariRegister.EnumerateObject().Select(v =>
            $"{namaVariabel?.GetValueOrDefault(v.Name) ?? "variabel turunan"} (dihitung dari register {(v.Value.GetString() == "UsahaMikro" ? "usaha mikro" : "koperasi")}, tidak diketik operator)"));

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
