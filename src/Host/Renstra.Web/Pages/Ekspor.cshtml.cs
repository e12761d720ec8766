using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Renstra.Shared.Errors;
using Renstra.Web.Capaian;

namespace Renstra.Web.Pages;

/// <summary>
/// The capaian table of the period and filters chosen on the dashboard (Tabel 7.1 layout) as XLSX or CSV, made by
/// <see cref="BerkasCapaian"/> (the same builder as <c>GET /api/capaian/ekspor</c>). Without a valid year it is a page
/// that lets one choose.
/// </summary>
public sealed class EksporModel(BerkasCapaian berkas, DaftarSimpulRencana daftarSimpul, ISender sender) : PilihanCapaianModel
{
    /// <summary><c>xlsx</c> (default) or <c>csv</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    /// <summary>Why no file was sent, in words; null when the page is only asking for a choice.</summary>
    public string? Galat { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var format = BerkasCapaian.NormalkanFormat(Format);
        if (Tahun is null && Request.Query.ContainsKey("tahun")) Galat = "Tahun harus berupa angka, mis. 2024.";
        else if (Tahun is { } tahun && BerkasCapaian.GalatTahun(tahun) is { } galatTahun) Galat = galatTahun;
        else if (BerkasCapaian.GalatTriwulan(Triwulan) is { } galatTriwulan) Galat = galatTriwulan;
        else if (format is null) Galat = BerkasCapaian.GalatFormat;
        if (Tahun is not { } t || Galat is not null || format is null)
        {
            Format = format ?? BerkasCapaian.Format[0];
            if (Galat is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var saringan = Saringan(await daftarSimpul.BacaAsync(sender, cancellationToken));
        BerkasCapaianJadi jadi;
        try
        {
            jadi = await berkas.BuatAsync(t, Triwulan, saringan, format, cancellationToken);
        }
        catch (UseCaseException e)
        {
            Galat = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return File(jadi.Isi, jadi.JenisKonten, jadi.NamaBerkas);
    }
}
