using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Kinerja.Features;
using Renstra.Modules.KoperasiUmkm.Features;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Web.Perintah;

namespace Renstra.Web.Pages.Register;

/// <summary>
/// What the register pages (koperasi, usaha mikro; list and record) share: who may write (the KoperasiUmkm
/// <c>PengisiData</c> policy), the kecamatan, the derivation queue, and sending a write — the API's own Mediator
/// command — with its refusal shown on the page.
/// </summary>
public abstract class HalamanRegisterModel(ISender sender, IAuthorizationService authorization) : PageModel
{
    public const string Modul = "KoperasiUmkm";

    public WilayahTampilan? Wilayah { get; private set; }

    public bool BolehMengisi { get; private set; }

    public GalatPerintah? Galat { get; private set; }

    public AntrianTurunanTampilan Antrian { get; private set; } = new(0, 0, null);

    /// <summary>The last import's report, if this request was one.</summary>
    public LaporanImporHalaman? Laporan { get; private set; }

    protected ISender Sender => sender;

    /// <summary>Reads what the page shows; false when the record does not exist.</summary>
    protected abstract Task<bool> BacaAsync(CancellationToken cancellationToken);

    protected async Task<bool> BolehAsync() =>
        BolehMengisi = (await authorization.AuthorizeAsync(User, KebijakanAkses.PengisiData(Modul))).Succeeded;

    /// <summary>The permission, the kecamatan and the derivation queue: the part every register page reads.</summary>
    /// <summary>A refused read (a filter the list does not know): shown unless a write's refusal already is.</summary>
    protected void TolakBaca(UseCaseException galat) => Galat ??= GalatPerintah.Dari(galat);

    protected async Task BacaUmumAsync(CancellationToken cancellationToken)
    {
        await BolehAsync();
        Wilayah = await sender.Send(new LihatWilayah.Query(), cancellationToken);
        Antrian = await sender.Send(new LihatAntrianTurunan.Query(), cancellationToken);
    }

    /// <summary>Sends a write; on success back to <paramref name="kembali"/> with <paramref name="pesan"/>, else the page with the refusal.</summary>
    protected Task<IActionResult> KirimAsync<T>(ICommand<T> perintah, string kembali, string pesan, CancellationToken cancellationToken) =>
        KirimAsync(perintah, _ => $"{kembali}?tersimpan={Uri.EscapeDataString(pesan)}", cancellationToken);

    /// <summary>Sends a write; on success to the address its result names (a new record's page), else the page with the refusal.</summary>
    protected async Task<IActionResult> KirimAsync<T>(ICommand<T> perintah, Func<T, string> tujuan, CancellationToken cancellationToken)
    {
        if (!await BolehAsync()) return Forbid();
        try
        {
            return Redirect(tujuan(await sender.Send(perintah, cancellationToken)));
        }
        catch (UseCaseException e)
        {
            Tolak(e);
        }
        return await BacaAsync(cancellationToken) ? Page() : NotFound();
    }

    /// <summary>An import from the page's form: the file within the size limit, the command, then the page with the report or the refusal.</summary>
    protected async Task<IActionResult> ImporAsync(
        IFormFile? berkas, Func<byte[], ICommand<LaporanImpor>> perintah, string judulKunci, CancellationToken cancellationToken)
    {
        if (!await BolehAsync()) return Forbid();
        try
        {
            var isi = await ImporRegisterHalaman.BacaAsync(berkas, cancellationToken);
            Laporan = new(await sender.Send(perintah(isi), cancellationToken), judulKunci);
        }
        catch (UseCaseException e)
        {
            Tolak(e);
        }
        await BacaAsync(cancellationToken);
        return Page();
    }

    /// <summary>A refused write: the page shows why and answers with the status the API gives the same refusal.</summary>
    protected void Tolak(UseCaseException galat)
    {
        Galat = GalatPerintah.Dari(galat);
        Response.StatusCode = GalatPerintah.Status(galat);
    }

    /// <summary>A status as people read it.</summary>
    public static string NamaStatus(string status) => status == "TidakAktif" ? "Tidak aktif" : status;
}
