using System.IO.Compression;
using System.Text;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// Hostile spreadsheets built by hand, the way an attacker would: a valid XLSX skeleton around a
/// worksheet written row by row, so a file can be tiny on the wire and huge (or wide, or far-reaching)
/// once opened.
/// </summary>
public static class BerkasBerbahaya
{
    public const string JenisXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>An XLSX whose first worksheet is what <paramref name="tulisBaris"/> writes inside <c>sheetData</c>.</summary>
    public static byte[] Xlsx(Action<TextWriter> tulisBaris, string? dimensi = null)
    {
        using var isi = new MemoryStream();
        using (var zip = new ZipArchive(isi, ZipArchiveMode.Create, leaveOpen: true))
        {
            Tulis(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """);
            Tulis(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Tulis(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Tulis(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """);
            var lembar = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var aliran = lembar.Open();
            using var penulis = new StreamWriter(aliran, new UTF8Encoding(false), 1 << 16);
            penulis.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
            if (dimensi is not null) penulis.Write($"<dimension ref=\"{dimensi}\"/>");
            penulis.Write("<sheetData>");
            tulisBaris(penulis);
            penulis.Write("</sheetData></worksheet>");
        }
        return isi.ToArray();
    }

    /// <summary>A text cell.</summary>
    public static string Sel(string referensi, string teks) => $"<c r=\"{referensi}\" t=\"inlineStr\"><is><t>{teks}</t></is></c>";

    /// <summary>A number cell.</summary>
    public static string Angka(string referensi, decimal nilai) =>
        $"<c r=\"{referensi}\"><v>{nilai.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>";

    /// <summary>The template's header row.</summary>
    public static string Judul() => "<row r=\"1\">" + Sel("A1", "Kode") + Sel("B1", "Nama") + Sel("C1", "Satuan") + Sel("D1", "Nilai") + "</row>";

    /// <summary>Column letters of a zero-based index: 0 → A, 16383 → XFD.</summary>
    public static string Kolom(int indeks)
    {
        var s = "";
        for (var i = indeks + 1; i > 0; i = (i - 1) / 26) s = (char)('A' + (i - 1) % 26) + s;
        return s;
    }

    /// <summary>
    /// Rewrites the uncompressed size the archive declares for <paramref name="entri"/> (local header and
    /// central directory), so a reader that trusts the declaration is lied to.
    /// </summary>
    public static byte[] DeklarasiPalsu(byte[] xlsx, string entri, uint ukuran)
    {
        var hasil = (byte[])xlsx.Clone();
        var nama = Encoding.ASCII.GetBytes(entri);
        var diganti = 0;
        for (var i = 0; i + 46 < hasil.Length; i++)
        {
            var lokal = BitConverter.ToUInt32(hasil, i) == 0x04034b50;
            var pusat = BitConverter.ToUInt32(hasil, i) == 0x02014b50;
            if (!lokal && !pusat) continue;
            var panjangNama = BitConverter.ToUInt16(hasil, i + (lokal ? 26 : 28));
            var awalNama = i + (lokal ? 30 : 46);
            if (awalNama + panjangNama > hasil.Length || !hasil.AsSpan(awalNama, panjangNama).SequenceEqual(nama)) continue;
            BitConverter.TryWriteBytes(hasil.AsSpan(i + (lokal ? 22 : 24), 4), ukuran);
            diganti++;
        }
        if (diganti < 2) throw new InvalidOperationException($"entry {entri} not found in both headers");
        return hasil;
    }

    private static void Tulis(ZipArchive zip, string nama, string isi)
    {
        using var penulis = new StreamWriter(zip.CreateEntry(nama).Open(), new UTF8Encoding(false));
        penulis.Write(isi.Trim());
    }
}
