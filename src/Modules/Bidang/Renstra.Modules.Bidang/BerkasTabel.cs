using CsvHelper;
using Microsoft.AspNetCore.Http;
using Renstra.Modules.Bidang.Features;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Bidang;

/// <summary>One data row of an uploaded table: its line in the file and its cells by column title.</summary>
internal sealed record BarisTabel(int Baris, IReadOnlyDictionary<string, string?> Sel);

/// <summary>
/// Reads an uploaded CSV or XLSX table for a register import, with the kernel's upload rules (ADR 0012,
/// docs/security.md): the 1 MiB limit, format detection, caps on rows and columns, the caller's cancellation
/// and the 2 s budget checked on every row, Indonesian errors for a file that cannot be read. Modules get it
/// through this port so hardening of the kernel's reading reaches them too.
/// </summary>
internal interface IPembacaBerkasTabel
{
    /// <summary>The file of a multipart form (or the raw body), refused beyond the kernel's size limit.</summary>
    Task<byte[]> BacaUnggahanAsync(HttpRequest request, CancellationToken cancellationToken);

    /// <summary>The rows under the header row; column titles are matched case-insensitively.</summary>
    /// <param name="kolom">Every column read (others are ignored).</param>
    /// <param name="kolomWajib">Columns the header must have.</param>
    IReadOnlyList<BarisTabel> Baca(byte[] isi, IReadOnlyList<string> kolom, IReadOnlyList<string> kolomWajib, int barisMaksimum, CancellationToken cancellationToken);

    /// <summary><c>xlsx</c> or <c>csv</c>.</summary>
    string Format(byte[] isi);
}

internal sealed class PembacaBerkasTabel : IPembacaBerkasTabel
{
    public Task<byte[]> BacaUnggahanAsync(HttpRequest request, CancellationToken cancellationToken) =>
        UnggahLembar.BacaIsiAsync(request, cancellationToken);

    public string Format(byte[] isi) => BacaBerkasLembar.IsXlsx(isi) ? "xlsx" : "csv";

    public IReadOnlyList<BarisTabel> Baca(byte[] isi, IReadOnlyList<string> kolom, IReadOnlyList<string> kolomWajib, int barisMaksimum, CancellationToken cancellationToken)
    {
        if (isi.Length == 0) throw ValidationFailedException.For("berkas", "Berkas kosong.");
        if (isi.Length > BacaBerkasLembar.UkuranMaksimum)
            throw ValidationFailedException.For("berkas", $"Berkas melebihi {BacaBerkasLembar.UkuranMaksimum / 1024} KB; bagi menjadi beberapa berkas.");
        var xlsx = BacaBerkasLembar.IsXlsx(isi);
        // The sheet upload's budget: a file that takes longer than this to read is refused, whatever it holds.
        using var waktu = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waktu.CancelAfter(BacaBerkasLembar.BatasWaktu);
        try
        {
            return xlsx ? BacaXlsx(isi, kolom, kolomWajib, barisMaksimum, waktu.Token) : BacaCsv(isi, kolomWajib, barisMaksimum, waktu.Token);
        }
        catch (ValidationFailedException)
        {
            throw;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw ValidationFailedException.For("berkas",
                $"Berkas terlalu rumit untuk dibaca dalam {BacaBerkasLembar.BatasWaktu.TotalSeconds:0} detik; gunakan judul kolom: {string.Join(", ", kolomWajib)}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw ValidationFailedException.For("berkas", $"Berkas {(xlsx ? "XLSX" : "CSV")} tidak dapat dibaca; gunakan judul kolom: {string.Join(", ", kolomWajib)}.");
        }
    }

    /// <summary>Through the kernel's streaming XLSX reader (size, row and column caps; only the asked columns materialised).</summary>
    private static List<BarisTabel> BacaXlsx(byte[] isi, IReadOnlyList<string> kolom, IReadOnlyList<string> kolomWajib, int barisMaksimum, CancellationToken cancellationToken)
    {
        var (header, indeks, baris) = PembacaXlsx.Baca(isi, kolom, cancellationToken);
        if (header.Count == 0) throw ValidationFailedException.For("berkas", "Berkas XLSX kosong atau tanpa baris judul.");
        PeriksaKolom(header, kolomWajib);
        if (baris.Count > barisMaksimum) throw TerlaluBanyak(barisMaksimum);
        var hasil = new List<BarisTabel>();
        foreach (var b in baris)
        {
            var sel = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < kolom.Count; i++)
                if (indeks[i] is not null) sel[kolom[i]] = Teks(b.Nilai[i]);
            if (sel.Values.All(string.IsNullOrWhiteSpace)) continue;
            hasil.Add(new BarisTabel(b.Nomor, sel));
        }
        return hasil;
    }

    /// <summary>
    /// CSV with the sheet upload's caps: at most <see cref="BacaBerkasLembar.KolomMaksimum"/> columns in the header and
    /// in any row, at most the row limit of data rows, the deadline checked on every row.
    /// </summary>
    private static List<BarisTabel> BacaCsv(byte[] isi, IReadOnlyList<string> kolomWajib, int barisMaksimum, CancellationToken cancellationToken)
    {
        using var csv = CsvReader.Create(isi, CsvReaderOptions.Default);
        var header = csv.Headers.Select(h => h.Trim()).ToList();
        if (header.Count == 0) throw ValidationFailedException.For("berkas", "Berkas CSV kosong atau tanpa baris judul.");
        if (header.Count > BacaBerkasLembar.KolomMaksimum) throw TerlaluLebar(header.Count);
        PeriksaKolom(header, kolomWajib);
        var hasil = new List<BarisTabel>();
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var nomor = (int)csv.RowNumber + 1;
            if (csv.RowNumber > barisMaksimum) throw TerlaluBanyak(barisMaksimum);
            if (csv.FieldCount > BacaBerkasLembar.KolomMaksimum) throw TerlaluLebar(csv.FieldCount);
            var sel = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++) sel.TryAdd(header[i], i < csv.FieldCount ? csv.GetString(i) : null);
            if (sel.Values.All(string.IsNullOrWhiteSpace)) continue;
            hasil.Add(new BarisTabel(nomor, sel));
        }
        return hasil;
    }

    private static string? Teks(object? nilai) => nilai switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => nilai.ToString(),
    };

    private static void PeriksaKolom(IEnumerable<string> header, IReadOnlyList<string> kolomWajib)
    {
        var ada = header.Where(h => h is not null).Select(h => h.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kurang = kolomWajib.Where(k => !ada.Contains(k)).ToList();
        if (kurang.Count > 0)
            throw ValidationFailedException.For("berkas", $"Kolom {string.Join(", ", kurang)} tidak ada; baris pertama harus judul kolom ({string.Join(", ", kolomWajib)}).");
    }

    private static ValidationFailedException TerlaluLebar(int kolom) =>
        ValidationFailedException.For("berkas", $"Berkas berisi {kolom} kolom; paling banyak {BacaBerkasLembar.KolomMaksimum}. Gunakan judul kolom yang disebut di halaman impor.");

    private static ValidationFailedException TerlaluBanyak(int maks) =>
        ValidationFailedException.For("berkas", $"Berkas berisi lebih dari {maks} baris data; bagi menjadi beberapa berkas.");
}
