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
/// The koperasi register: search by name or nomor badan hukum, filter by kecamatan and status, add a
/// koperasi, and import a CSV/XLSX file with its row-by-row report (all or nothing, or only the good rows).
/// Writes are the API's own Mediator commands under the KoperasiUmkm <c>PengisiData</c> policy.
/// </summary>
public sealed class DaftarKoperasiModel(ISender sender, IAuthorizationService authorization) : PageModel
{
    public const string Modul = "KoperasiUmkm";

    [BindProperty(SupportsGet = true)]
    public string? Cari { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kecamatan { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty]
    public IsianKoperasiForm Baru { get; set; } = new();

    public IReadOnlyList<KoperasiTampilan> Koperasi { get; private set; } = [];

    public WilayahTampilan? Wilayah { get; private set; }

    public bool BolehMengisi { get; private set; }

    public GalatPerintah? Galat { get; private set; }

    public LaporanImpor? Laporan { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await BacaAsync(cancellationToken);

    public async Task<IActionResult> OnPostTambahAsync(CancellationToken cancellationToken)
    {
        if (!await BolehAsync()) return Forbid();
        try
        {
            var k = await sender.Send(new DaftarkanKoperasi.Command(Baru.KeIsian()), cancellationToken);
            return Redirect($"/register/koperasi/{k.Id}");
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        await BacaAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImporAsync(IFormFile? berkas, string? mode, CancellationToken cancellationToken)
    {
        if (!await BolehAsync()) return Forbid();
        try
        {
            if (berkas is null || berkas.Length == 0) throw ValidationFailedException.For("berkas", "Pilih berkas CSV atau XLSX terlebih dahulu.");
            using var isi = new MemoryStream();
            await berkas.CopyToAsync(isi, cancellationToken);
            Laporan = await sender.Send(new ImporKoperasi.Command(isi.ToArray(), mode), cancellationToken);
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        await BacaAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> BolehAsync() =>
        BolehMengisi = (await authorization.AuthorizeAsync(User, KebijakanAkses.PengisiData(Modul))).Succeeded;

    private async Task BacaAsync(CancellationToken cancellationToken)
    {
        await BolehAsync();
        Wilayah = await sender.Send(new LihatWilayah.Query(), cancellationToken);
        try
        {
            Koperasi = await sender.Send(new DaftarKoperasi.Query(Kecamatan, Status, Cari), cancellationToken);
        }
        catch (UseCaseException e)
        {
            Galat ??= GalatPerintah.Dari(e);
        }
    }

    /// <summary>The status as people read it.</summary>
    public static string NamaStatus(string status) => status == "TidakAktif" ? "Tidak aktif" : status;
}

/// <summary>The koperasi form's fields (dates as typed in the date inputs).</summary>
public sealed class IsianKoperasiForm
{
    public string? NomorBadanHukum { get; set; }

    public string? Nama { get; set; }

    public string? Jenis { get; set; }

    public string? Alamat { get; set; }

    public string? Kecamatan { get; set; }

    public DateOnly? TanggalBerdiri { get; set; }

    public string? Status { get; set; }

    public DateOnly? StatusSejak { get; set; }

    public IsianKoperasi KeIsian() => new(NomorBadanHukum, Nama, Jenis, Alamat, Kecamatan, TanggalBerdiri, Status, StatusSejak);

    public static IsianKoperasiForm Dari(KoperasiTampilan k) => new()
    {
        NomorBadanHukum = k.NomorBadanHukum, Nama = k.Nama, Jenis = k.Jenis, Alamat = k.Alamat, Kecamatan = k.Kecamatan,
        TanggalBerdiri = k.TanggalBerdiri, Status = k.Status, StatusSejak = k.StatusSejak,
    };

    public static readonly string[] PilihanJenis = ["KSP/USP", "Konsumen", "Produsen", "Jasa", "Pemasaran", "Serba Usaha"];

    public static readonly (string Kode, string Nama)[] PilihanStatus = [("Aktif", "Aktif"), ("TidakAktif", "Tidak aktif"), ("Dibubarkan", "Dibubarkan")];
}
