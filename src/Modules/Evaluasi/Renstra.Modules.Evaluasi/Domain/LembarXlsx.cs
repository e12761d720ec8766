using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Renstra.Modules.Evaluasi.Domain;

/// <summary>The cell styles the official layouts use.</summary>
internal enum GayaSel
{
    Biasa = 0,
    Judul = 1,
    Kepala = 2,
    Teks = 3,
    Rupiah = 4,
    Desimal = 5,
    TeksTebal = 6,
    RupiahTebal = 7,
    DesimalTebal = 8,
}

/// <summary>
/// One worksheet written as SpreadsheetML by hand: merged header cells, column widths, bordered cells and
/// number formats (<c>#,##0</c> for rupiah, <c>#,##0.00</c> for K and %), which Excel and LibreOffice show
/// with the reader's separators (1.132.666.575 and 97,93 on an Indonesian system). No library offered
/// merged headers and formats together among the packages served here.
/// </summary>
internal sealed class LembarXlsx(string namaSheet)
{
    private readonly SortedDictionary<int, SortedDictionary<int, (object? Nilai, GayaSel Gaya)>> _sel = [];
    private readonly List<string> _gabung = [];
    private readonly SortedDictionary<int, double> _lebar = [];

    public const string JenisKonten = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Teks(int baris, int kolom, string? teks, GayaSel gaya = GayaSel.Teks) => Isi(baris, kolom, teks, gaya);

    public void Angka(int baris, int kolom, decimal? nilai, GayaSel gaya = GayaSel.Rupiah) => Isi(baris, kolom, nilai, gaya);

    /// <summary>Merges a range (1-based rows and columns); the first cell carries the value.</summary>
    public void Gabung(int baris1, int kolom1, int baris2, int kolom2, GayaSel gaya = GayaSel.Kepala)
    {
        for (var b = baris1; b <= baris2; b++)
            for (var k = kolom1; k <= kolom2; k++)
                if (!Ada(b, k)) Isi(b, k, null, gaya);
        _gabung.Add($"{Ref(baris1, kolom1)}:{Ref(baris2, kolom2)}");
    }

    public void Lebar(int kolom, double lebar) => _lebar[kolom] = lebar;

    public byte[] Tulis()
    {
        using var memori = new MemoryStream();
        using (var zip = new ZipArchive(memori, ZipArchiveMode.Create, leaveOpen: true))
        {
            Bagian(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
            Bagian(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Bagian(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{SecurityElement.Escape(namaSheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Bagian(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            Bagian(zip, "xl/styles.xml", Gaya);
            Bagian(zip, "xl/worksheets/sheet1.xml", Sheet());
        }
        return memori.ToArray();
    }

    private string Sheet()
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        sb.Append("""<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>""");
        if (_lebar.Count > 0)
        {
            sb.Append("<cols>");
            foreach (var (k, l) in _lebar)
                sb.Append(CultureInfo.InvariantCulture, $"""<col min="{k}" max="{k}" width="{l.ToString(CultureInfo.InvariantCulture)}" customWidth="1"/>""");
            sb.Append("</cols>");
        }
        sb.Append("<sheetData>");
        foreach (var (b, kolom) in _sel)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<row r="{b}">""");
            foreach (var (k, (nilai, gaya)) in kolom)
            {
                var r = Ref(b, k);
                var s = (int)gaya;
                switch (nilai)
                {
                    case decimal d:
                        sb.Append(CultureInfo.InvariantCulture, $"""<c r="{r}" s="{s}"><v>{d.ToString(CultureInfo.InvariantCulture)}</v></c>""");
                        break;
                    case string t:
                        sb.Append(CultureInfo.InvariantCulture, $"""<c r="{r}" s="{s}" t="inlineStr"><is><t xml:space="preserve">{SecurityElement.Escape(Bersih(t))}</t></is></c>""");
                        break;
                    default:
                        sb.Append(CultureInfo.InvariantCulture, $"""<c r="{r}" s="{s}"/>""");
                        break;
                }
            }
            sb.Append("</row>");
        }
        sb.Append("</sheetData>");
        if (_gabung.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<mergeCells count="{_gabung.Count}">""");
            foreach (var g in _gabung) sb.Append(CultureInfo.InvariantCulture, $"""<mergeCell ref="{g}"/>""");
            sb.Append("</mergeCells>");
        }
        sb.Append("""<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>""");
        return sb.ToString();
    }

    private const string Gaya = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts><fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/><xf numFmtId="165" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/></cellXfs></styleSheet>""";

    private void Isi(int baris, int kolom, object? nilai, GayaSel gaya)
    {
        if (!_sel.TryGetValue(baris, out var b)) _sel[baris] = b = [];
        b[kolom] = (nilai, gaya);
    }

    private bool Ada(int baris, int kolom) => _sel.TryGetValue(baris, out var b) && b.ContainsKey(kolom);

    /// <summary>Characters XML 1.0 cannot carry are dropped (a text a person typed may hold them).</summary>
    private static string Bersih(string teks) =>
        teks.Any(c => char.IsControl(c) && c is not '\n' and not '\t') ? new string(teks.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()) : teks;

    private static void Bagian(ZipArchive zip, string nama, string isi)
    {
        using var tulis = new StreamWriter(zip.CreateEntry(nama, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        tulis.Write(isi);
    }

    /// <summary>A1-style reference of a 1-based row and column.</summary>
    public static string Ref(int baris, int kolom)
    {
        var huruf = "";
        for (var k = kolom; k > 0; k = (k - 1) / 26) huruf = (char)('A' + (k - 1) % 26) + huruf;
        return huruf + baris.ToString(CultureInfo.InvariantCulture);
    }
}
