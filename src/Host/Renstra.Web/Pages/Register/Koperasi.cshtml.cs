using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Renstra.Modules.KoperasiUmkm.Features;

namespace Renstra.Web.Pages.Register;

/// <summary>
/// The koperasi register: search by name or nomor badan hukum, filter by kecamatan and status, add a
/// koperasi, and import a CSV/XLSX file with its row-by-row report (all or nothing, or only the good rows).
/// Writes are the API's own Mediator commands under the KoperasiUmkm <c>PengisiData</c> policy.
/// </summary>
public sealed class DaftarKoperasiModel(ISender sender, IAuthorizationService authorization)
    : HalamanDaftarRegisterModel<KoperasiTampilan, IsianKoperasiForm>(sender, authorization)
{
    public static readonly FormImporHalaman FormImpor = new(ImporKoperasi.Kolom,
        "Kecamatan ditulis dengan kode atau namanya, tanggal seperti 2024-03-31. Koperasi dicocokkan dengan nomor badan hukumnya, "
        + "jadi mengimpor berkas yang sama dua kali tidak mengubah apa pun.");

    public Task<IActionResult> OnPostTambahAsync(CancellationToken cancellationToken) =>
        KirimAsync(new DaftarkanKoperasi.Command(Baru.KeIsian()), k => $"/register/koperasi/{k.Id}", cancellationToken);

    public Task<IActionResult> OnPostImporAsync(IFormFile? berkas, string? mode, CancellationToken cancellationToken) =>
        ImporAsync(berkas, isi => new ImporKoperasi.Command(isi, mode), "Nomor badan hukum", cancellationToken);

    protected override IQuery<IReadOnlyList<KoperasiTampilan>> Baca() => new DaftarKoperasi.Query(Kecamatan, Status, Cari);
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
