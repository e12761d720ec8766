using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Berkas;
using Renstra.Shared.Errors;
using Renstra.Web.Capaian;
using Renstra.Web.Formatting;

namespace Renstra.Web.Pages;

/// <summary>
/// The capaian table of the period and filters chosen on the dashboard (Tabel 7.1 layout) as XLSX or CSV, headed by
/// its title, the office and the date; realisasi and capaian rounded to two decimals for people (the API keeps four).
/// Without a valid year it is a page that lets one choose.
/// </summary>
public sealed class EksporModel(TabelCapaian tabel, DaftarSimpulRencana daftarSimpul, ISender sender, IOptions<WebUiOptions> web, TimeProvider time)
    : PilihanCapaianModel
{
    private static readonly string[] Kolom =
        ["No", "Bidang", "Tingkat", "Kode", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori", "Status", "Data yang belum ada"];

    /// <summary><c>xlsx</c> (default) or <c>csv</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    /// <summary>Why no file was sent, in words; null when the page is only asking for a choice.</summary>
    public string? Galat { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var format = string.IsNullOrEmpty(Format) ? "xlsx" : Format.Trim().ToLowerInvariant();
        if (Tahun is null && Request.Query.ContainsKey("tahun")) Galat = "Tahun harus berupa angka, mis. 2024.";
        else if (Tahun is { } tahun && !DaftarTahun.Contains(tahun)) Galat = $"Tahun harus antara {DaftarTahun[0]} dan {DaftarTahun[^1]}.";
        else if (Triwulan is not null and not (>= 1 and <= 4)) Galat = "Triwulan harus 1, 2, 3 atau 4.";
        else if (format is not ("xlsx" or "csv")) Galat = "Format unduhan yang tersedia: XLSX atau CSV.";
        if (Tahun is not { } t || Galat is not null)
        {
            Format = format is "csv" ? "csv" : "xlsx";
            if (Galat is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var simpul = await daftarSimpul.BacaAsync(sender, cancellationToken);
        var saringan = Saringan(simpul);
        IReadOnlyList<BarisCapaian> semua;
        try
        {
            semua = await tabel.BacaAsync(t, Triwulan, cancellationToken);
        }
        catch (UseCaseException e)
        {
            Galat = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var baris = semua.Where(saringan.Cocok).Select((b, i) => new object?[]
        {
            i + 1, FormatIndonesia.Modul(b.Modul), b.Tingkat, b.Capaian.Kode, b.Capaian.Nama, b.Capaian.Satuan,
            HalamanIndikatorModel.Angka(b.Capaian.Target) is { } target ? target : (object?)TeksTarget.Predikat(b.Capaian.Target),
            b.Capaian.Predikat ?? (object?)Bulat(b.Capaian.Realisasi), Bulat(b.Capaian.Capaian),
            b.Capaian.Kategori, b.Status, string.Join("; ", b.VariabelKurang),
        }).ToList();

        var periode = Triwulan is { } q ? FormatIndonesia.Periode(Periode.Kuartal(t, q)) : FormatIndonesia.Periode(Periode.TahunPenuh(t));
        var keterangan = saringan.Keterangan(simpul);
        string?[] kepala =
        [
            $"Capaian Kinerja {periode}" + (keterangan.Length > 0 ? " — " + keterangan : ""),
            web.Value.NamaDinas,
            $"Renstra 2021–2026 · diunduh {FormatIndonesia.TanggalJam(time.GetUtcNow())}",
        ];
        var nama = "capaian-" + (Triwulan is { } tw ? Periode.Kuartal(t, tw).ToString() : t.ToString(CultureInfo.InvariantCulture))
            + (saringan.Modul is { } m ? "-" + m.ToLowerInvariant() : "");
        return format == "csv"
            ? File(Csv(kepala, baris), "text/csv; charset=utf-8", nama + ".csv")
            : File(await XlsxAsync(kepala, baris, $"Capaian {t.ToString(CultureInfo.InvariantCulture)}", cancellationToken),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", nama + ".xlsx");
    }

    /// <summary>Two decimals for people; the API keeps the stored precision.</summary>
    private static decimal? Bulat(decimal? nilai) => nilai is { } n ? Math.Round(n, 2, MidpointRounding.AwayFromZero) : null;

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
            decimal d => d.ToString("0.##", FormatIndonesia.Budaya),
            null => "",
            var x => Convert.ToString(x, FormatIndonesia.Budaya),
        }).ToArray()));
        return PenulisCsv.Tulis([kepala[0] ?? ""], isi, ';', FormatIndonesia.Budaya);
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
