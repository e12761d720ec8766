using System.Globalization;
using System.Text.Json;
using CsvHelper;
using MiniExcelLibs;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// Reads an uploaded sheet (CSV or XLSX, the template's columns) into the same name → value pairs a
/// JSON submission has, so both go through exactly the same validation. A value that is not a plain
/// number stays text and is refused there, field by field.
/// </summary>
internal static class BacaBerkasLembar
{
    public static readonly string[] Kolom = ["Kode", "Nama", "Satuan", "Nilai"];

    public const int UkuranMaksimum = 1024 * 1024;

    public static bool IsXlsx(ReadOnlySpan<byte> isi) => isi.Length >= 4 && isi[0] == 'P' && isi[1] == 'K' && isi[2] == 3 && isi[3] == 4;

    public static List<KeyValuePair<string, JsonElement>> Baca(byte[] isi)
    {
        if (isi.Length == 0) throw ValidationFailedException.For("berkas", "Berkas kosong.");
        var baris = IsXlsx(isi) ? BacaXlsx(isi) : BacaCsv(isi);
        var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var hasil = new List<KeyValuePair<string, JsonElement>>();
        foreach (var (nomor, kode, nilai) in baris)
        {
            var adaNilai = nilai is not null && !(nilai is string s && string.IsNullOrWhiteSpace(s));
            if (string.IsNullOrWhiteSpace(kode))
            {
                if (adaNilai) galat[$"baris {nomor}"] = ["Ada nilai tetapi kolom Kode kosong."];
                continue;
            }
            if (!adaNilai) continue; // not submitted: the stored value stays
            hasil.Add(KeyValuePair.Create(kode.Trim(), KeJson(nilai!)));
        }
        if (galat.Count > 0) throw new ValidationFailedException(galat, "Berkas ditolak; tidak ada yang disimpan.");
        if (hasil.Count == 0)
            throw ValidationFailedException.For("berkas", "Berkas tidak berisi satu pun nilai: isi kolom Nilai pada templat.");
        return hasil;
    }

    private static JsonElement KeJson(object nilai) => nilai switch
    {
        double d when double.IsFinite(d) && Math.Abs(d) < 1e28 => JsonSerializer.SerializeToElement((decimal)d),
        double d when double.IsFinite(d) => JsonDocument.Parse(d.ToString("R", CultureInfo.InvariantCulture)).RootElement.Clone(),
        decimal m => JsonSerializer.SerializeToElement(m),
        int or long or float => KeJson(Convert.ToDouble(nilai, CultureInfo.InvariantCulture)),
        string s when decimal.TryParse(s.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var m) => JsonSerializer.SerializeToElement(m),
        bool b => JsonSerializer.SerializeToElement(b),
        _ => JsonSerializer.SerializeToElement(Convert.ToString(nilai, CultureInfo.InvariantCulture) ?? ""),
    };

    private static List<(int Nomor, string? Kode, object? Nilai)> BacaXlsx(byte[] isi)
    {
        try
        {
            using var stream = new MemoryStream(isi);
            var hasil = new List<(int, string?, object?)>();
            var nomor = 1;
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX))
            {
                nomor++;
                if (nomor == 2) PeriksaKolom(row.Keys);
                hasil.Add((nomor, Ambil(row, "Kode")?.ToString(), Ambil(row, "Nilai")));
            }
            return hasil;
        }
        catch (ValidationFailedException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw ValidationFailedException.For("berkas", "Berkas XLSX tidak dapat dibaca; gunakan templat yang diunduh dari aplikasi.");
        }
    }

    private static List<(int Nomor, string? Kode, object? Nilai)> BacaCsv(byte[] isi)
    {
        try
        {
            // The separator (, ; tab) is detected; a byte order mark is honoured.
            using var csv = CsvReader.Create(isi, CsvReaderOptions.Default);
            var header = csv.Headers.Select(h => h.Trim()).ToList();
            if (header.Count == 0) throw ValidationFailedException.For("berkas", "Berkas CSV kosong atau tanpa baris judul.");
            PeriksaKolom(header);
            var kode = header.FindIndex(h => h.Equals("Kode", StringComparison.OrdinalIgnoreCase));
            var nilai = header.FindIndex(h => h.Equals("Nilai", StringComparison.OrdinalIgnoreCase));
            var hasil = new List<(int, string?, object?)>();
            while (csv.Read())
                hasil.Add(((int)csv.RowNumber + 1, csv.GetString(kode), csv.GetString(nilai)));
            return hasil;
        }
        catch (ValidationFailedException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw ValidationFailedException.For("berkas", "Berkas CSV tidak dapat dibaca; gunakan templat yang diunduh dari aplikasi.");
        }
    }

    private static void PeriksaKolom(IEnumerable<string> header)
    {
        var ada = header.Select(h => h.Trim().ToLowerInvariant()).ToHashSet();
        var kurang = new[] { "Kode", "Nilai" }.Where(k => !ada.Contains(k.ToLowerInvariant())).ToList();
        if (kurang.Count > 0)
            throw ValidationFailedException.For("berkas", $"Kolom {string.Join(" dan ", kurang)} tidak ada; baris pertama harus judul kolom templat (Kode, Nama, Satuan, Nilai).");
    }

    private static object? Ambil(IDictionary<string, object?> row, string kolom) =>
        row.FirstOrDefault(kv => string.Equals(kv.Key?.Trim(), kolom, StringComparison.OrdinalIgnoreCase)).Value;
}
