using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Renstra.Modules.Bidang.Features;
using Renstra.Shared.Errors;

/// <summary>
/// Issue 14: what one uploaded XLSX costs to read (or refuse) — a filled template, and the hostile classes the
/// review found: 16 384 header columns with a cell a million rows below, and a decompression bomb
/// (126 MB unpacked) with an honest and a lying size declaration.
/// </summary>
[MemoryDiagnoser]
public class BacaBerkasUnggah
{
    private byte[] _templat = [];
    private byte[] _lebar = [];
    private byte[] _bom = [];
    private byte[] _bomBerbohong = [];

    [GlobalSetup]
    public void Setup()
    {
        _templat = Xlsx(w =>
        {
            w.Write(Judul);
            for (var i = 2; i <= 41; i++) w.Write($"<row r=\"{i}\"><c r=\"A{i}\" t=\"inlineStr\"><is><t>Variabel{i}</t></is></c><c r=\"D{i}\"><v>{i * 1000}</v></c></row>");
        });
        _lebar = Xlsx(w =>
        {
            w.Write("<row r=\"1\">");
            for (var i = 0; i < 16_384; i++) w.Write($"<c t=\"inlineStr\"><is><t>K{i}</t></is></c>");
            w.Write("</row><row r=\"1000000\"><c r=\"D1000000\"><v>5</v></c></row>");
        });
        _bom = Xlsx(w =>
        {
            w.Write(Judul);
            for (var i = 0; i < 1_500_000; i++) w.Write("<row><c t=\"inlineStr\"><is><t>AngkatanKerja</t></is></c><c/><c/><c><v>1</v></c></row>");
        });
        _bomBerbohong = UkuranPalsu(_bom, "xl/worksheets/sheet1.xml", 2000);
    }

    [Benchmark(Baseline = true)]
    public int TemplatTerisi40Baris() => BacaBerkasLembar.Baca(_templat, CancellationToken.None).Count;

    [Benchmark]
    public int KolomRibuanDanSelJauh() => Tolak(_lebar);

    [Benchmark]
    public int BomJujur() => Tolak(_bom);

    [Benchmark]
    public int BomBerbohong() => Tolak(_bomBerbohong);

    private static int Tolak(byte[] isi)
    {
        try
        {
            BacaBerkasLembar.Baca(isi, CancellationToken.None);
            throw new InvalidOperationException("a hostile file was accepted");
        }
        catch (ValidationFailedException e)
        {
            return e.Errors.Count;
        }
    }

    private const string Judul =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Kode</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>Nilai</t></is></c></row>";

    private static byte[] Xlsx(Action<TextWriter> baris)
    {
        using var isi = new MemoryStream();
        using (var zip = new ZipArchive(isi, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false)))
            {
                w.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                baris(w);
                w.Write("</sheetData></worksheet>");
            }
        }
        return isi.ToArray();
    }

    private static byte[] UkuranPalsu(byte[] zip, string entri, uint ukuran)
    {
        var hasil = (byte[])zip.Clone();
        var nama = Encoding.ASCII.GetBytes(entri);
        for (var i = 0; i + 46 < hasil.Length; i++)
        {
            var tanda = BitConverter.ToUInt32(hasil, i);
            var (offsetNama, offsetUkuran, awal) = tanda switch
            {
                0x04034b50 => (26, 22, 30),
                0x02014b50 => (28, 24, 46),
                _ => (0, 0, 0),
            };
            if (awal == 0) continue;
            var panjang = BitConverter.ToUInt16(hasil, i + offsetNama);
            if (i + awal + panjang <= hasil.Length && hasil.AsSpan(i + awal, panjang).SequenceEqual(nama))
                BitConverter.TryWriteBytes(hasil.AsSpan(i + offsetUkuran, 4), ukuran);
        }
        return hasil;
    }
}
