using System.Globalization;
using System.Text.Json;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Bidang.Domain;

/// <summary>
/// Checks each submitted value on its own against the module's declared variables: known, a number,
/// whole and non-negative for counts, in range, of a sensible magnitude. Collects every problem, keyed
/// by variable, so the operator sees them all at once.
/// </summary>
internal static class PemeriksaNilai
{
    /// <summary>No indicator of this office counts anything near a thousand trillion.</summary>
    public const decimal BatasBesaran = BatasNilai.Maksimum;

    internal sealed record Hasil(Dictionary<string, decimal> Nilai, Dictionary<string, List<string>> Galat)
    {
        public bool Valid => Galat.Count == 0;
    }

    /// <param name="masukan">Values as sent: JSON numbers are expected, anything else is reported.</param>
    /// <param name="variabel">The module's declared variables.</param>
    /// <param name="pemilikLain">Variable name → owning module, for a clearer message on a foreign variable.</param>
    public static Hasil Periksa(
        string modul,
        IEnumerable<KeyValuePair<string, JsonElement>> masukan,
        IReadOnlyList<VariabelBidang> variabel,
        IReadOnlyDictionary<string, string> pemilikLain)
    {
        var katalog = variabel.ToDictionary(v => v.Kode, StringComparer.Ordinal);
        var nilai = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var galat = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var terlihat = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (kode, elemen) in masukan)
        {
            void Tolak(string pesan)
            {
                if (!galat.TryGetValue(kode, out var daftar)) galat[kode] = daftar = [];
                daftar.Add(pesan);
            }

            if (!terlihat.Add(kode))
            {
                Tolak($"Variabel '{kode}' disebut lebih dari sekali.");
                continue;
            }
            if (!katalog.TryGetValue(kode, out var definisi))
            {
                Tolak(pemilikLain.TryGetValue(kode, out var pemilik)
                    ? $"Variabel '{kode}' milik modul {pemilik}, bukan {modul}."
                    : $"Variabel '{kode}' tidak dikenal untuk modul {modul}.");
                continue;
            }
            if (BacaAngka(elemen, out var angka) is { } pesanAngka)
            {
                Tolak(pesanAngka);
                continue;
            }
            var sebelumGalat = galat.ContainsKey(kode);
            if (definisi.BilanganBulat && angka < 0) Tolak("Jumlah tidak boleh negatif.");
            if (definisi.BilanganBulat && angka != decimal.Truncate(angka)) Tolak("Harus bilangan bulat (tanpa desimal).");
            if (definisi.Min is { } min && angka < min || definisi.Max is { } max && angka > max)
                Tolak(PesanRentang(definisi));
            if (!sebelumGalat && !galat.ContainsKey(kode)) nilai[kode] = angka;
        }
        return new Hasil(nilai, galat);
    }

    /// <summary>Reads one value; returns the Indonesian problem, or null when it is a usable number.</summary>
    public static string? BacaAngka(JsonElement elemen, out decimal angka)
    {
        angka = 0;
        switch (elemen.ValueKind)
        {
            case JsonValueKind.Number:
                // The value as the client wrote it (1e16, not 10000000000000000), the bound as the formulas name it.
                return elemen.TryGetDecimal(out angka) && Math.Abs(angka) <= BatasBesaran
                    ? null
                    : $"Nilai {Potong(elemen.GetRawText())} tidak masuk akal: melebihi batas {BatasNilai.Teks}.";
            case JsonValueKind.String:
                var teks = (elemen.GetString() ?? "").Trim();
                if (teks is "NaN" or "Infinity" or "+Infinity" or "-Infinity" or "∞")
                    return "Nilai harus berupa angka yang terhingga (bukan NaN/Infinity).";
                if (teks.Length == 0) return "Nilai tidak boleh teks kosong.";
                return teks.Contains(',', StringComparison.Ordinal) && teks.Any(char.IsAsciiDigit)
                    ? $"'{Potong(teks)}' bukan angka: gunakan titik sebagai pemisah desimal dan jangan memakai pemisah ribuan."
                    : $"Nilai harus berupa angka, bukan teks ('{Potong(teks)}').";
            case JsonValueKind.True:
            case JsonValueKind.False:
                return "Nilai harus berupa angka, bukan true/false.";
            case JsonValueKind.Null:
                return "Nilai tidak boleh kosong (null); hilangkan variabel ini bila belum ada datanya.";
            case JsonValueKind.Object:
            case JsonValueKind.Array:
                return "Nilai harus berupa satu angka, bukan objek atau daftar.";
            default:
                return "Nilai harus berupa angka.";
        }
    }

    private static string PesanRentang(VariabelBidang v) => (v.Min, v.Max) switch
    {
        ({ } min, { } max) => $"Nilai harus antara {Format(min)} dan {Format(max)}{(string.IsNullOrWhiteSpace(v.Satuan) ? "" : " " + v.Satuan)}.",
        ({ } min, null) => $"Nilai tidak boleh kurang dari {Format(min)}.",
        (null, { } max) => $"Nilai tidak boleh lebih dari {Format(max)}.",
        _ => "Nilai di luar rentang.",
    };

    public static string Format(decimal angka) => angka.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Potong(string teks) => TeksPengguna.Kutip(teks, 30);
}
