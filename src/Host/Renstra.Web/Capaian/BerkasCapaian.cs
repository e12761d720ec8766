using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mediator;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Berkas;
using Renstra.Web.Formatting;
using Renstra.Web.Pages;

namespace Renstra.Web.Capaian;

/// <summary>A capaian table file made for people: its bytes, type, download name and a tag of its content.</summary>
/// <param name="Isi">The file.</param>
/// <param name="JenisKonten">Its media type.</param>
/// <param name="NamaBerkas">The download name, with the period and bidang (<c>capaian-2024-T2-ketenagakerjaan.csv</c>).</param>
/// <param name="ETag">A weak tag of everything in the file except the download time (title, office, rows, format).</param>
public sealed record BerkasCapaianJadi(byte[] Isi, string JenisKonten, string NamaBerkas, string ETag);

/// <summary>
/// The one builder of the capaian table download (the web page <c>/ekspor</c> and <c>GET /api/capaian/ekspor</c>): the
/// Tabel 7.1 layout of the chosen period and filters as XLSX or CSV, headed by its title, the office and the date;
/// realisasi and capaian rounded to two decimals for people (the JSON API keeps four). Rows come from
/// <see cref="TabelCapaian"/>: stored results only, nothing evaluated.
/// </summary>
public sealed class BerkasCapaian(TabelCapaian tabel, DaftarSimpulRencana daftarSimpul, ISender sender, IOptions<WebUiOptions> web, TimeProvider time)
{
    /// <summary>The formats a file can be made in; the first is the default.</summary>
    public static IReadOnlyList<string> Format { get; } = ["xlsx", "csv"];

    /// <summary>The years of the Renstra a table can be downloaded for.</summary>
    public static IReadOnlyList<int> DaftarTahun => MatriksCapaian.Tahun;

    private static readonly string[] Kolom =
        ["No", "Bidang", "Tingkat", "Kode", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori", "Status", "Data yang belum ada"];

    /// <summary>Why <paramref name="tahun"/> cannot be downloaded; null when it can.</summary>
    public static string? GalatTahun(int tahun) =>
        DaftarTahun.Contains(tahun) ? null : $"Tahun harus antara {DaftarTahun[0]} dan {DaftarTahun[^1]}.";

    /// <summary>Why <paramref name="triwulan"/> is no quarter; null for 1–4 or none (the whole year).</summary>
    public static string? GalatTriwulan(int? triwulan) =>
        triwulan is null or (>= 1 and <= 4) ? null : "Triwulan harus 1, 2, 3 atau 4.";

    /// <summary>The format asked for in lower case (<c>xlsx</c> when none); null when it is not one we make.</summary>
    public static string? NormalkanFormat(string? format)
    {
        if (string.IsNullOrWhiteSpace(format)) return Format[0];
        var f = format.Trim().ToLowerInvariant();
        return Format.Contains(f) ? f : null;
    }

    /// <summary>The message for a format we do not make.</summary>
    public const string GalatFormat = "Format unduhan yang tersedia: XLSX atau CSV.";

    /// <summary>
    /// The file of <paramref name="tahun"/> (or its quarter <paramref name="triwulan"/>) with the rows
    /// <paramref name="saringan"/> keeps, in <paramref name="format"/> (<c>xlsx</c> or <c>csv</c>, as
    /// <see cref="NormalkanFormat"/> returns it). The caller has checked year, quarter and format.
    /// </summary>
    public async Task<BerkasCapaianJadi> BuatAsync(int tahun, int? triwulan, SaringanCapaian saringan, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saringan);
        var simpul = await daftarSimpul.BacaAsync(sender, cancellationToken);
        var semua = await tabel.BacaAsync(tahun, triwulan, cancellationToken);
        var baris = semua.Where(saringan.Cocok).Select((b, i) => new object?[]
        {
            i + 1, FormatIndonesia.Modul(b.Modul), b.Tingkat, b.Capaian.Kode, b.Capaian.Nama, b.Capaian.Satuan,
            HalamanIndikatorModel.Angka(b.Capaian.Target) is { } target ? target : (object?)TeksTarget.Predikat(b.Capaian.Target),
            b.Capaian.Predikat ?? (object?)Bulat(b.Capaian.Realisasi), Bulat(b.Capaian.Capaian),
            b.Capaian.Kategori, b.Status, string.Join("; ", b.VariabelKurang),
        }).ToList();

        var periode = triwulan is { } q ? Periode.Kuartal(tahun, q) : Periode.TahunPenuh(tahun);
        var keterangan = saringan.Keterangan(simpul);
        string?[] kepala =
        [
            $"Capaian Kinerja {FormatIndonesia.Periode(periode)}" + (keterangan.Length > 0 ? " — " + keterangan : ""),
            web.Value.NamaDinas,
            $"Renstra 2021–2026 · diunduh {FormatIndonesia.TanggalJam(time.GetUtcNow())}",
        ];
        var nama = "capaian-" + (triwulan is null ? tahun.ToString(CultureInfo.InvariantCulture) : periode.ToString())
            + (saringan.Modul is { } m ? "-" + m.ToLowerInvariant() : "");
        var etag = Sidik(format, kepala[0], kepala[1], baris);
        return format == "csv"
            ? new(Csv(kepala, baris), "text/csv; charset=utf-8", nama + ".csv", etag)
            : new(await XlsxAsync(kepala, baris, $"Capaian {tahun.ToString(CultureInfo.InvariantCulture)}", cancellationToken),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", nama + ".xlsx", etag);
    }

    /// <summary>Two decimals for people; the API keeps the stored precision.</summary>
    private static decimal? Bulat(decimal? nilai) => nilai is { } n ? Math.Round(n, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>A weak tag of what the file says apart from when it was downloaded.</summary>
    private static string Sidik(string format, string? judul, string? dinas, IEnumerable<object?[]> baris)
    {
        var teks = new StringBuilder().Append(format).Append('\u001e').Append(judul).Append('\u001e').Append(dinas);
        foreach (var b in baris)
        {
            teks.Append('\u001e');
            foreach (var sel in b) teks.Append(Convert.ToString(sel, CultureInfo.InvariantCulture)).Append('\u001f');
        }
        return $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(teks.ToString())).AsSpan(0, 12))}\"";
    }

    /// <summary>
    /// Semicolon-separated with decimal commas, as Excel opens it on an Indonesian computer; UTF-8 with BOM.
    /// The title, the office and the date come first, then an empty line, then the table.
    /// </summary>
    private static byte[] Csv(string?[] kepala, IEnumerable<object?[]> baris)
    {
        var isi = new List<IReadOnlyList<string?>>();
        foreach (var k in kepala.Skip(1)) isi.Add([k]);
        isi.Add([]);
        isi.Add(Kolom);
        isi.AddRange(baris.Select(b => b.Select(n => n switch
        {
            decimal d => d.ToString("0.##", Budaya.Indonesia),
            null => "",
            var x => Convert.ToString(x, Budaya.Indonesia),
        }).ToArray()));
        return PenulisCsv.Tulis([kepala[0] ?? ""], isi, ';', Budaya.Indonesia);
    }

    /// <summary>One sheet: the heading lines, an empty row, the column names, the rows (numbers stay numbers).</summary>
    private static async Task<byte[]> XlsxAsync(string?[] kepala, IEnumerable<object?[]> baris, string namaLembar, CancellationToken cancellationToken)
    {
        var huruf = Enumerable.Range(0, Kolom.Length).Select(i => ((char)('A' + i)).ToString()).ToArray();
        Dictionary<string, object?> Baris(IReadOnlyList<object?> sel)
        {
            var d = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < huruf.Length; i++) d[huruf[i]] = i < sel.Count ? sel[i] : null;
            return d;
        }
        var lembar = kepala.Select(k => Baris([k])).Append(Baris([])).Append(Baris(Kolom)).Concat(baris.Select(b => Baris(b))).ToList();
        using var isi = new MemoryStream();
        await isi.SaveAsAsync(lembar, printHeader: false, sheetName: namaLembar, cancellationToken: cancellationToken);
        return isi.ToArray();
    }
}
