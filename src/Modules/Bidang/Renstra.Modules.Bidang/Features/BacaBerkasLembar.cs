using System.Globalization;
using System.Text.Json;
using CsvHelper;
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

    private static readonly string[] KolomDibaca = ["Kode", "Nilai"];

    /// <summary>The largest file accepted, through the API and the web form alike.</summary>
    public const int UkuranMaksimum = 1024 * 1024;

    /// <summary>The highest row number a file may use (a template has one row per variable).</summary>
    public const int BarisMaksimum = 5000;

    /// <summary>The widest a file may be (the template has four columns).</summary>
    public const int KolomMaksimum = 64;

    /// <summary>How long reading one file may take before it is refused.</summary>
    public static readonly TimeSpan BatasWaktu = TimeSpan.FromSeconds(2);

    public static bool IsXlsx(ReadOnlySpan<byte> isi) => isi.Length >= 4 && isi[0] == 'P' && isi[1] == 'K' && isi[2] == 3 && isi[3] == 4;

    /// <summary>
    /// The file's rows as name → value pairs. Stops when <paramref name="cancellationToken"/> fires (client
    /// gone, shutdown) and refuses a file that takes longer than <see cref="BatasWaktu"/>.
    /// </summary>
    public static List<KeyValuePair<string, JsonElement>> Baca(byte[] isi, CancellationToken cancellationToken)
    {
        if (isi.Length == 0) throw ValidationFailedException.For("berkas", "Berkas kosong.");
        if (isi.Length > UkuranMaksimum) throw TerlaluBesar();
        using var waktu = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waktu.CancelAfter(BatasWaktu);
        List<(int Nomor, string? Kode, object? Nilai)> baris;
        try
        {
            baris = IsXlsx(isi) ? BacaXlsx(isi, waktu.Token) : BacaCsv(isi, waktu.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw ValidationFailedException.For("berkas",
                $"Berkas terlalu rumit untuk dibaca dalam {BatasWaktu.TotalSeconds:0} detik; gunakan templat yang diunduh dari aplikasi.");
        }
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

    /// <summary>
    /// Copies an uploaded file into memory, refusing it as soon as it passes <see cref="UkuranMaksimum"/>
    /// (a declared length is checked first); the one limit for the API and the web form.
    /// </summary>
    public static async Task<byte[]> SalinAsync(Stream sumber, long? panjang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sumber);
        if (panjang > UkuranMaksimum) throw TerlaluBesar();
        using var buffer = new MemoryStream();
        var potongan = new byte[81920];
        int dibaca;
        while ((dibaca = await sumber.ReadAsync(potongan, cancellationToken)) > 0)
        {
            if (buffer.Length + dibaca > UkuranMaksimum) throw TerlaluBesar();
            buffer.Write(potongan, 0, dibaca);
        }
        return buffer.ToArray();
    }

    private static ValidationFailedException TerlaluBesar() =>
        ValidationFailedException.For("berkas", $"Berkas melebihi {UkuranMaksimum / 1024} KB; templat yang terisi jauh lebih kecil.");

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

    private static List<(int Nomor, string? Kode, object? Nilai)> BacaXlsx(byte[] isi, CancellationToken cancellationToken)
    {
        try
        {
            var (header, indeks, baris) = PembacaXlsx.Baca(isi, KolomDibaca, cancellationToken);
            if (header.Count == 0) throw ValidationFailedException.For("berkas", "Berkas XLSX kosong atau tanpa baris judul.");
            PeriksaKolom(header);
            return baris.Select(b => (b.Nomor, b.Nilai[0] is { } k ? Convert.ToString(k, CultureInfo.InvariantCulture) : null, b.Nilai[1])).ToList();
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or ValidationFailedException))
        {
            throw ValidationFailedException.For("berkas", "Berkas XLSX tidak dapat dibaca; gunakan templat yang diunduh dari aplikasi.");
        }
    }

    private static List<(int Nomor, string? Kode, object? Nilai)> BacaCsv(byte[] isi, CancellationToken cancellationToken)
    {
        try
        {
            // The separator (, ; tab) is detected; a byte order mark is honoured.
            using var csv = CsvReader.Create(isi, CsvReaderOptions.Default);
            var header = csv.Headers.Select(h => h.Trim()).ToList();
            if (header.Count == 0) throw ValidationFailedException.For("berkas", "Berkas CSV kosong atau tanpa baris judul.");
            if (header.Count > KolomMaksimum)
                throw ValidationFailedException.For("berkas", $"Berkas berisi {header.Count} kolom; paling banyak {KolomMaksimum}. Gunakan templat: Kode, Nama, Satuan, Nilai.");
            PeriksaKolom(header);
            var kode = header.FindIndex(h => h.Equals("Kode", StringComparison.OrdinalIgnoreCase));
            var nilai = header.FindIndex(h => h.Equals("Nilai", StringComparison.OrdinalIgnoreCase));
            var hasil = new List<(int, string?, object?)>();
            while (csv.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var nomor = (int)csv.RowNumber + 1;
                if (nomor > BarisMaksimum)
                    throw ValidationFailedException.For("berkas", $"Berkas berisi lebih dari {BarisMaksimum} baris. Gunakan templat: satu baris per variabel.");
                var k = kode < csv.FieldCount ? csv.GetString(kode) : null;
                var n = nilai < csv.FieldCount ? csv.GetString(nilai) : null;
                if (string.IsNullOrWhiteSpace(k) && string.IsNullOrWhiteSpace(n)) continue;
                hasil.Add((nomor, k, n));
            }
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
        var kurang = KolomDibaca.Where(k => !ada.Contains(k.ToLowerInvariant())).ToList();
        if (kurang.Count > 0)
            throw ValidationFailedException.For("berkas", $"Kolom {string.Join(" dan ", kurang)} tidak ada; baris pertama harus judul kolom templat (Kode, Nama, Satuan, Nilai).");
    }
}
