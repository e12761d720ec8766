using System.Text.Json;

namespace Renstra.Web.Formatting;

/// <summary>The computation trace (JSON from Kinerja) as label/value lines for people.</summary>
public static class JejakTampilan
{
    private static readonly HashSet<string> Rumus = new(StringComparer.Ordinal) { "rumus", "syarat", "rumusCapaian" };

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

    /// <summary>Lines of the trace, skipping empty values and the indicator code; variables by their names.</summary>
    /// <param name="jejak">The stored trace (JSON).</param>
    /// <param name="namaVariabel">Variable code → name: formulas, inputs and notes say each variable in words, not by code.</param>
    public static IEnumerable<(string Label, string Nilai)> Baris(JsonElement jejak, IReadOnlyDictionary<string, string>? namaVariabel = null)
    {
        var nama = namaVariabel ?? new Dictionary<string, string>();
        var kamus = new KamusVariabel(nama);
        if (jejak.ValueKind != JsonValueKind.Object) yield break;
        foreach (var p in jejak.EnumerateObject())
        {
            if (p.Name == "dariRegister")
            {
                if (p.Value.ValueKind == JsonValueKind.Object) yield return ("Dari register", DariRegister(p.Value, namaVariabel));
                continue;
            }
            if (p.Name is "kode" or "proyeksi" || p.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) continue;
            var teks = Rumus.Contains(p.Name) && p.Value.ValueKind == JsonValueKind.String
                ? RumusTampilan.DalamKata(p.Value.GetString(), nama)
                : Teks(p.Value, kamus);
            if (teks.Length == 0) continue;
            yield return (Label.GetValueOrDefault(p.Name, p.Name), teks);
        }
    }

    /// <summary>Lines of a projection (peringatan dini) from the trace's <c>proyeksi</c>: what it is of, the method, every value used, the result.</summary>
    public static IEnumerable<(string Label, string Nilai)> BarisProyeksi(JsonElement jejak, IReadOnlyDictionary<string, string>? namaVariabel = null)
    {
        if (jejak.ValueKind != JsonValueKind.Object || !jejak.TryGetProperty("proyeksi", out var p) || p.ValueKind != JsonValueKind.Object) yield break;
        var kamus = new KamusVariabel(namaVariabel ?? new Dictionary<string, string>());
        string Isi(string nama) => p.TryGetProperty(nama, out var v) ? Teks(v, kamus) : "";
        yield return ("Proyeksi sampai akhir", Isi("sampai"));
        yield return ("Metode", Isi("metode"));
        if (p.TryGetProperty("masukan", out var masukan) && masukan.ValueKind == JsonValueKind.Object)
            foreach (var m in masukan.EnumerateObject()) yield return ("Masukan", $"{kamus.Sebut(m.Name)}: {Teks(m.Value, kamus)}");
        yield return ("Proyeksi realisasi", Isi("realisasi"));
        yield return ("Proyeksi capaian (%)", Isi("capaian"));
        yield return ("Berisiko", Isi("berisiko"));
        yield return ("Keterangan", Isi("keterangan"));
    }

    /// <summary>"Jumlah koperasi (register koperasi); …": each input a register derived, by its name, not typed by an operator.</summary>
    private static string DariRegister(JsonElement dariRegister, IReadOnlyDictionary<string, string>? namaVariabel) =>
        string.Join("; ", dariRegister.EnumerateObject().Select(v =>
            $"{namaVariabel?.GetValueOrDefault(v.Name) ?? "variabel turunan"} (dihitung dari register {(v.Value.GetString() == "UsahaMikro" ? "usaha mikro" : "koperasi")}, tidak diketik operator)"));

    private static string Teks(JsonElement nilai, KamusVariabel kamus) => nilai.ValueKind switch
    {
        JsonValueKind.Number => FormatIndonesia.Angka(nilai.GetDecimal(), 4),
        JsonValueKind.String => kamus.Ganti(nilai.GetString()),
        JsonValueKind.True => "ya",
        JsonValueKind.False => "tidak",
        // The trace's objects (masukan, sumberMasukan) are keyed by variable code.
        JsonValueKind.Object => string.Join("; ", nilai.EnumerateObject().Select(p => $"{kamus.Sebut(p.Name)} = {Teks(p.Value, kamus)}")),
        JsonValueKind.Array => string.Join(", ", nilai.EnumerateArray().Select(v => Teks(v, kamus))),
        _ => "",
    };
}
