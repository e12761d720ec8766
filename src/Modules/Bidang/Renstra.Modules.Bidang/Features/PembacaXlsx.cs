using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// Reads the first worksheet of an uploaded XLSX by streaming its XML (ADR 0011): the sizes the ZIP
/// declares are checked before anything is decompressed, decompression is capped again while reading,
/// only the cells of the template's columns are materialised, rows and columns beyond the caps are
/// refused, and the caller's token (client disconnect, shutdown, time budget) is honoured on every row.
/// Nothing is written to disk.
/// </summary>
internal static class PembacaXlsx
{
    private const string NsUtama = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string NsUtamaStrict = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string NsRelasi = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Largest decompressed worksheet (characters of XML).</summary>
    public const long UkuranLembarMaksimum = 8 * 1024 * 1024;

    /// <summary>Largest decompressed shared-string table, and the largest of the small parts (workbook, relations).</summary>
    public const long UkuranTeksMaksimum = 4 * 1024 * 1024;

    public const long UkuranTotalMaksimum = 16 * 1024 * 1024;

    public const int EntriMaksimum = 200;

    public const int TeksBersamaMaksimum = 50_000;

    /// <summary>A row's cells read at most (a row with more is refused without reading them).</summary>
    private const int SelPerBarisMaksimum = 1024;

    private static readonly XmlReaderSettings Pengaturan = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = false,
    };

    /// <summary>One row of the file: its number, and the values of the columns asked for (null when empty).</summary>
    public sealed record Baris(int Nomor, object?[] Nilai);

    /// <summary>
    /// The header (first non-empty row) and, for every later non-empty row, the values under the header
    /// columns named in <paramref name="kolom"/> (matched ignoring case). A missing column is null in the
    /// index list.
    /// </summary>
    public static (IReadOnlyList<string> Header, int?[] Indeks, List<Baris> Baris) Baca(
        byte[] isi, IReadOnlyList<string> kolom, CancellationToken cancellationToken)
    {
        using var zip = BukaZip(isi);
        var entri = zip.Entries.ToDictionary(e => e.FullName.TrimStart('/'), StringComparer.OrdinalIgnoreCase);
        var lembar = CariLembarPertama(entri)
            ?? throw Ditolak("Berkas XLSX tidak berisi lembar kerja; gunakan templat yang diunduh dari aplikasi.");
        if (lembar.Length > UkuranLembarMaksimum)
            throw Ditolak($"Lembar kerja terlalu besar setelah dibuka ({lembar.Length / (1024 * 1024)} MB; paling besar {UkuranLembarMaksimum / (1024 * 1024)} MB). Isi hanya baris templat.");
        var teks = entri.TryGetValue("xl/sharedStrings.xml", out var sst) ? BacaTeksBersama(sst, cancellationToken) : [];
        return BacaLembar(lembar, teks, kolom, cancellationToken);
    }

    private static ZipArchive BukaZip(byte[] isi)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(isi, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw Ditolak("Berkas XLSX tidak dapat dibaca; gunakan templat yang diunduh dari aplikasi.");
        }
        // The sizes the archive declares, checked before anything is decompressed (a bomb stops here).
        if (zip.Entries.Count > EntriMaksimum)
        {
            zip.Dispose();
            throw Ditolak($"Berkas XLSX berisi terlalu banyak bagian (lebih dari {EntriMaksimum}).");
        }
        long total = 0;
        foreach (var e in zip.Entries) total += e.Length;
        if (total > UkuranTotalMaksimum)
        {
            zip.Dispose();
            throw Ditolak($"Isi berkas XLSX setelah dibuka terlalu besar ({total / (1024 * 1024)} MB; paling besar {UkuranTotalMaksimum / (1024 * 1024)} MB). Isi hanya baris templat.");
        }
        return zip;
    }

    private static ZipArchiveEntry? CariLembarPertama(Dictionary<string, ZipArchiveEntry> entri)
    {
        string? target = null;
        if (entri.TryGetValue("xl/workbook.xml", out var workbook) && entri.TryGetValue("xl/_rels/workbook.xml.rels", out var rels))
        {
            string? id = null;
            using (var r = Buka(workbook, UkuranTeksMaksimum))
            {
                while (r.Read())
                    if (r.NodeType == XmlNodeType.Element && r.LocalName == "sheet")
                    {
                        id = r.GetAttribute("id", NsRelasi) ?? r.GetAttribute("id", "http://purl.oclc.org/ooxml/officeDocument/relationships");
                        break;
                    }
            }
            if (id is not null)
            {
                using var r = Buka(rels, UkuranTeksMaksimum);
                while (r.Read())
                    if (r.NodeType == XmlNodeType.Element && r.LocalName == "Relationship" && r.GetAttribute("Id") == id)
                    {
                        target = r.GetAttribute("Target");
                        break;
                    }
            }
        }
        if (target is not null)
        {
            var jalur = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
            if (entri.TryGetValue(jalur, out var e)) return e;
        }
        return entri.TryGetValue("xl/worksheets/sheet1.xml", out var pertama) ? pertama : null;
    }

    /// <summary>In the spreadsheet namespace (transitional, as Excel writes it, or strict).</summary>
    private static bool NamaUtama(XmlReader r) => r.NamespaceURI is NsUtama or NsUtamaStrict;

    private static XmlReader Buka(ZipArchiveEntry entri, long maksimum)
    {
        if (entri.Length > maksimum)
            throw Ditolak($"Bagian '{entri.Name}' berkas XLSX terlalu besar setelah dibuka.");
        // MaxCharactersInDocument caps what is really decompressed, whatever the archive declared.
        var pengaturan = Pengaturan.Clone();
        pengaturan.MaxCharactersInDocument = maksimum;
        pengaturan.CloseInput = true;
        return XmlReader.Create(entri.Open(), pengaturan);
    }

    private static List<string> BacaTeksBersama(ZipArchiveEntry entri, CancellationToken cancellationToken)
    {
        var hasil = new List<string>();
        using var r = Buka(entri, UkuranTeksMaksimum);
        r.Read();
        while (!r.EOF)
        {
            if (r.NodeType != XmlNodeType.Element || r.LocalName != "si" || !NamaUtama(r))
            {
                r.Read();
                continue;
            }
            if (hasil.Count >= TeksBersamaMaksimum)
                throw Ditolak($"Berkas XLSX berisi lebih dari {TeksBersamaMaksimum} teks; isi hanya baris templat.");
            if ((hasil.Count & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            hasil.Add(TeksSel(r));
        }
        return hasil;
    }

    // Convention of the helpers below: called on an element, they consume it whole and leave the reader
    // on the node after it.

    /// <summary>The text of an <c>si</c> or <c>is</c> element: its <c>t</c> runs, without phonetic hints.</summary>
    private static string TeksSel(XmlReader r)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return "";
        }
        var teks = new System.Text.StringBuilder();
        var kedalaman = r.Depth;
        r.Read();
        while (!r.EOF && r.Depth > kedalaman)
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "t") teks.Append(r.ReadElementContentAsString());
            else if (r.NodeType == XmlNodeType.Element && r.LocalName is "rPh" or "phoneticPr") r.Skip();
            else r.Read();
            if (teks.Length > UkuranTeksMaksimum) throw Ditolak("Teks sel berkas XLSX terlalu panjang.");
        }
        r.Read();
        return teks.ToString();
    }

    private static (IReadOnlyList<string>, int?[], List<Baris>) BacaLembar(
        ZipArchiveEntry lembar, List<string> teks, IReadOnlyList<string> kolom, CancellationToken cancellationToken)
    {
        using var r = Buka(lembar, UkuranLembarMaksimum);
        List<string>? header = null;
        var indeks = new int?[kolom.Count];
        var baris = new List<Baris>();
        var nomorTerakhir = 0;
        r.Read();
        while (!r.EOF)
        {
            if (r.NodeType != XmlNodeType.Element || !NamaUtama(r) || r.LocalName is not ("dimension" or "row"))
            {
                r.Read();
                continue;
            }
            if (r.LocalName == "dimension")
            {
                PeriksaDimensi(r.GetAttribute("ref"));
                r.Skip();
                continue;
            }
            cancellationToken.ThrowIfCancellationRequested();
            var nomor = int.TryParse(r.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : nomorTerakhir + 1;
            if (nomor > BacaBerkasLembar.BarisMaksimum)
                throw Ditolak($"Berkas berisi baris ke-{nomor.ToString("N0", Budaya.Indonesia)}; paling banyak {BacaBerkasLembar.BarisMaksimum} baris. Hapus baris kosong di bawah data atau gunakan templat.");
            nomorTerakhir = nomor;

            // The header row reads every column up to the cap; later rows only the template's columns.
            var sel = BacaBaris(r, header is null ? null : indeks, teks);
            if (sel.Count == 0 || sel.Values.All(v => v is null or "")) continue; // an empty row is not materialised
            if (header is null)
            {
                var lebar = sel.Keys.Max() + 1;
                header = Enumerable.Range(0, lebar)
                    .Select(i => sel.TryGetValue(i, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() ?? "" : "").ToList();
                for (var k = 0; k < kolom.Count; k++)
                {
                    var i = header.FindIndex(h => h.Equals(kolom[k], StringComparison.OrdinalIgnoreCase));
                    indeks[k] = i >= 0 ? i : null;
                }
                continue;
            }
            baris.Add(new Baris(nomor, indeks.Select(i => i is { } x && sel.TryGetValue(x, out var v) ? v : null).ToArray()));
        }
        return (header ?? [], indeks, baris);
    }

    private static void PeriksaDimensi(string? referensi)
    {
        // "A1:D40": the extent the writer declares; a hostile one is refused before any row is read.
        if (string.IsNullOrEmpty(referensi)) return;
        var (kolom, baris) = Posisi(referensi.Split(':')[^1]);
        if (baris > BacaBerkasLembar.BarisMaksimum)
            throw Ditolak($"Lembar kerja mencapai baris ke-{baris.ToString("N0", Budaya.Indonesia)}; paling banyak {BacaBerkasLembar.BarisMaksimum} baris. Hapus baris kosong di bawah data atau gunakan templat.");
        if (kolom >= BacaBerkasLembar.KolomMaksimum) throw TerlaluLebar();
    }

    /// <summary>The values of one row by zero-based column; with <paramref name="hanya"/> only those columns.</summary>
    private static Dictionary<int, object?> BacaBaris(XmlReader r, int?[]? hanya, List<string> teks)
    {
        var hasil = new Dictionary<int, object?>();
        if (r.IsEmptyElement)
        {
            r.Read();
            return hasil;
        }
        var kedalaman = r.Depth;
        var urut = -1;
        var jumlah = 0;
        r.Read();
        while (!r.EOF && r.Depth > kedalaman)
        {
            if (r.NodeType != XmlNodeType.Element || r.LocalName != "c" || r.Depth != kedalaman + 1)
            {
                if (r.NodeType == XmlNodeType.Element) r.Skip();
                else r.Read();
                continue;
            }
            if (++jumlah > SelPerBarisMaksimum) throw TerlaluLebar();
            var refSel = r.GetAttribute("r");
            urut = refSel is null ? urut + 1 : Posisi(refSel).Kolom;
            if (urut < 0) urut = 0;
            if (urut >= BacaBerkasLembar.KolomMaksimum)
            {
                if (BerisiNilai(r)) throw TerlaluLebar();
                continue;
            }
            if (hanya is not null && Array.IndexOf(hanya, urut) < 0)
            {
                r.Skip();
                continue;
            }
            hasil[urut] = NilaiSel(r, teks);
        }
        r.Read();
        return hasil;
    }

    /// <summary>Whether a cell beyond the cap holds a value (styled empty cells are harmless).</summary>
    private static bool BerisiNilai(XmlReader r)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return false;
        }
        var kedalaman = r.Depth;
        var ada = false;
        r.Read();
        while (!r.EOF && r.Depth > kedalaman)
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName is "v" or "is" or "f") ada = true;
            if (r.NodeType == XmlNodeType.Element) r.Skip();
            else r.Read();
        }
        r.Read();
        return ada;
    }

    private static object? NilaiSel(XmlReader r, List<string> teks)
    {
        var jenis = r.GetAttribute("t");
        string? mentah = null;
        string? sebaris = null;
        if (r.IsEmptyElement)
        {
            r.Read();
            return null;
        }
        var kedalaman = r.Depth;
        r.Read();
        while (!r.EOF && r.Depth > kedalaman)
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "v") mentah = r.ReadElementContentAsString();
            else if (r.NodeType == XmlNodeType.Element && r.LocalName == "is") sebaris = TeksSel(r);
            else if (r.NodeType == XmlNodeType.Element) r.Skip();
            else r.Read();
        }
        r.Read();
        switch (jenis)
        {
            case "inlineStr":
                return sebaris ?? "";
            case "s":
                if (mentah is null) return null;
                return int.TryParse(mentah, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < teks.Count
                    ? teks[i]
                    : throw Ditolak("Berkas XLSX rusak: teks sel tidak ditemukan.");
            case "str" or "e" or "d":
                return mentah ?? "";
            case "b":
                return mentah == "1";
            default:
                if (string.IsNullOrEmpty(mentah)) return null;
                if (decimal.TryParse(mentah, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)) return m;
                return double.TryParse(mentah, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : mentah;
        }
    }

    /// <summary>"AB12" → (27, 12); letters beyond three (past column XFD) count as too wide.</summary>
    private static (int Kolom, int Baris) Posisi(string referensi)
    {
        var kolom = 0;
        var i = 0;
        for (; i < referensi.Length && char.IsAsciiLetter(referensi[i]); i++)
        {
            if (i >= 3) throw TerlaluLebar();
            kolom = kolom * 26 + (char.ToUpperInvariant(referensi[i]) - 'A' + 1);
        }
        var baris = 0;
        for (; i < referensi.Length && char.IsAsciiDigit(referensi[i]); i++)
        {
            baris = baris * 10 + (referensi[i] - '0');
            if (baris > 10_000_000) break;
        }
        return (kolom - 1, baris);
    }

    private static ValidationFailedException TerlaluLebar() =>
        Ditolak($"Berkas berisi kolom di luar batas (paling banyak {BacaBerkasLembar.KolomMaksimum} kolom). Gunakan templat: Kode, Nama, Satuan, Nilai.");

    private static ValidationFailedException Ditolak(string pesan) => ValidationFailedException.For("berkas", pesan);
}
