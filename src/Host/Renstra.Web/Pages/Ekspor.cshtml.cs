using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs;
using Renstra.Shared.Berkas;
using Renstra.Web.Capaian;
using Renstra.Web.Formatting;

namespace Renstra.Web.Pages;

/// <summary>The capaian table of a year (Tabel 7.1 layout) as XLSX or CSV.</summary>
public sealed class EksporModel(TabelCapaian tabel) : PageModel
{
    private static readonly string[] Kolom =
        ["No", "Bidang", "Tingkat", "Kode", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori", "Status", "Variabel kurang"];

    public async Task<IActionResult> OnGetAsync(int? tahun, string? format, CancellationToken cancellationToken)
    {
        if (tahun is not { } t || t is < 2000 or > 2100) return BadRequest();
        var kelompok = await tabel.BacaAsync(t, null, cancellationToken);
        var baris = kelompok.SelectMany(k => k.Baris).Select((b, i) => new object?[]
        {
            i + 1, FormatIndonesia.Modul(b.Modul), b.Tingkat, b.Capaian.Kode, b.Capaian.Nama, b.Capaian.Satuan,
            IndikatorAngka(b.Capaian.Target), b.Capaian.Predikat ?? (object?)b.Capaian.Realisasi, b.Capaian.Capaian,
            b.Capaian.Kategori, b.Status, string.Join(", ", b.Capaian.VariabelKurang),
        }).ToList();
        var nama = $"capaian-{t.ToString(CultureInfo.InvariantCulture)}";
        return format == "csv"
            ? File(Csv(baris), "text/csv; charset=utf-8", nama + ".csv")
            : File(await XlsxAsync(baris, t, cancellationToken),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", nama + ".xlsx");
    }

    private static object? IndikatorAngka(object? target) => HalamanIndikatorModel.Angka(target) is { } angka ? angka : target?.ToString();

    /// <summary>Semicolon-separated with decimal commas, as Excel opens it on an Indonesian computer; UTF-8 with BOM.</summary>
    private static byte[] Csv(IEnumerable<object?[]> baris) =>
        PenulisCsv.Tulis(Kolom,
            baris.Select(b => b.Select(n => n switch
            {
                decimal d => d.ToString("0.####", FormatIndonesia.Budaya),
                null => "",
                var x => Convert.ToString(x, FormatIndonesia.Budaya) ?? "",
            }).ToArray()),
            ';', FormatIndonesia.Budaya);

    private static async Task<byte[]> XlsxAsync(IEnumerable<object?[]> baris, int tahun, CancellationToken cancellationToken)
    {
        var lembar = baris.Select(b =>
        {
            var d = new Dictionary<string, object?>();
            for (var i = 0; i < Kolom.Length; i++) d[Kolom[i]] = b[i];
            return d;
        }).ToList();
        using var isi = new MemoryStream();
        await isi.SaveAsAsync(lembar, sheetName: $"Capaian {tahun.ToString(CultureInfo.InvariantCulture)}", cancellationToken: cancellationToken);
        return isi.ToArray();
    }
}
