using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Kinerja.Features;
using Renstra.Modules.KoperasiUmkm.Features;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Web.Perintah;

namespace Renstra.Web.Pages.Register;

/// <summary>
/// One koperasi: its fields (edit, deactivate with the date it took effect), yearly figures, dated services
/// and its history, newest first. Writes are the API's own Mediator commands.
/// </summary>
public sealed class KoperasiRinciModel(ISender sender, IAuthorizationService authorization) : PageModel
{
    [FromRoute(Name = "idRekaman")]
    public long Id { get; set; }

    [BindProperty]
    public IsianKoperasiForm Isian { get; set; } = new();

    [BindProperty]
    public string? JenisLayanan { get; set; }

    [BindProperty]
    public DateOnly? TanggalLayanan { get; set; }

    [BindProperty]
    public string? HasilLayanan { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tersimpan { get; set; }

    public KoperasiRinci? Rinci { get; private set; }

    public WilayahTampilan? Wilayah { get; private set; }

    public bool BolehMengisi { get; private set; }

    public GalatPerintah? Galat { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await BacaAsync(cancellationToken)) return NotFound();
        Isian = IsianKoperasiForm.Dari(Rinci!.Koperasi);
        return Page();
    }

    public Task<IActionResult> OnPostUbahAsync(CancellationToken cancellationToken) =>
        KirimAsync(new UbahKoperasi.Command(Id, Isian.KeIsian()), "Perubahan koperasi tersimpan.", cancellationToken);

    public Task<IActionResult> OnPostLayananAsync(CancellationToken cancellationToken) =>
        KirimAsync(new CatatLayananKoperasi.Command(Id, new CatatLayananKoperasi.Body(JenisLayanan, TanggalLayanan, string.IsNullOrEmpty(HasilLayanan) ? null : HasilLayanan)),
            "Layanan tercatat.", cancellationToken);

    private async Task<IActionResult> KirimAsync<T>(ICommand<T> perintah, string pesan, CancellationToken cancellationToken)
    {
        BolehMengisi = (await authorization.AuthorizeAsync(User, KebijakanAkses.PengisiData(DaftarKoperasiModel.Modul))).Succeeded;
        if (!BolehMengisi) return Forbid();
        try
        {
            await sender.Send(perintah, cancellationToken);
            return Redirect($"/register/koperasi/{Id}?tersimpan={Uri.EscapeDataString(pesan)}");
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        return await BacaAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> BacaAsync(CancellationToken cancellationToken)
    {
        BolehMengisi = (await authorization.AuthorizeAsync(User, KebijakanAkses.PengisiData(DaftarKoperasiModel.Modul))).Succeeded;
        Wilayah = await sender.Send(new LihatWilayah.Query(), cancellationToken);
        try
        {
            Rinci = await sender.Send(new LihatKoperasi.Query(Id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public static readonly string[] PilihanLayanan = ["Pemeriksaan", "Pendampingan", "Diklat", "FasilitasiKemitraan", "PenilaianKesehatan"];

    public static readonly string[] PilihanHasil = ["Sehat", "Cukup Sehat", "Dalam Pengawasan", "Dalam Pengawasan Khusus"];
}
