using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Renstra.Modules.KoperasiUmkm.Features;

namespace Renstra.Web.Pages.Register;

/// <summary>
/// The usaha mikro register: search by name, nomor induk or sector, filter by kecamatan, status, latest skala
/// and sector, add a business, and import a CSV/XLSX file with its row-by-row report. No NIK is asked for or
/// shown: the key is the NIB or the Dinas's own number.
/// </summary>
public sealed class DaftarUsahaMikroModel(ISender sender, IAuthorizationService authorization)
    : HalamanDaftarRegisterModel<UsahaMikroTampilan, IsianUsahaMikroForm>(sender, authorization)
{
    [BindProperty(SupportsGet = true)]
    public string? Skala { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sektor { get; set; }

    public IsianUsahaMikroHalaman FormBaru => new(Baru, nameof(Baru), Wilayah?.Kecamatan ?? [], Ubah: false);

    public static readonly FormImporHalaman FormImpor = new(ImporUsahaMikro.Kolom,
        "Nomor induk adalah NIB (13 digit) atau nomor lokal Dinas, bukan NIK. Kecamatan ditulis dengan kode atau namanya, tanggal seperti "
        + "2024-03-31; tanggal izin, kemitraan dan wirausaha baru boleh kosong. Usaha dicocokkan dengan nomor induknya, jadi mengimpor "
        + "berkas yang sama dua kali tidak mengubah apa pun.");

    public async Task<IActionResult> OnPostTambahAsync(CancellationToken cancellationToken)
    {
        var hasil = await KirimAsync(new DaftarkanUsahaMikro.Command(Baru.KeIsian()), u => $"/register/usaha-mikro/{u.Id}", cancellationToken);
        if (IsianUsahaMikro.SepertiNik(Baru.NomorInduk)) Baru.NomorInduk = null; // refused, and never shown back
        return hasil;
    }

    public Task<IActionResult> OnPostImporAsync(IFormFile? berkas, string? mode, CancellationToken cancellationToken) =>
        ImporAsync(berkas, isi => new ImporUsahaMikro.Command(isi, mode), "Nomor induk", cancellationToken);

    protected override IQuery<IReadOnlyList<UsahaMikroTampilan>> Baca() => new DaftarUsahaMikro.Query(Kecamatan, Status, Cari, Skala, Sektor);
}

/// <summary>The usaha mikro fields of a form: the values, the name prefix they bind to, the kecamatan to choose from, add or edit.</summary>
public sealed record IsianUsahaMikroHalaman(IsianUsahaMikroForm Isian, string Awalan, IReadOnlyList<Renstra.Modules.Kinerja.Features.WilayahTampilan> Kecamatan, bool Ubah)
{
    public string Nama(string isian) => $"{Awalan}.{isian}";

    public string Id(string isian) => $"{Awalan}_{isian}";

    public static string Tanggal(DateOnly? tanggal) => tanggal?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}

/// <summary>The usaha mikro form's fields (dates as typed in the date inputs). No NIK.</summary>
public sealed class IsianUsahaMikroForm
{
    public string? NomorInduk { get; set; }

    public string? NamaUsaha { get; set; }

    public string? Kecamatan { get; set; }

    public string? Sektor { get; set; }

    public DateOnly? TanggalIzin { get; set; }

    public DateOnly? TanggalKemitraan { get; set; }

    public DateOnly? TanggalWirausahaBaru { get; set; }

    public string? Status { get; set; }

    public DateOnly? StatusSejak { get; set; }

    public IsianUsahaMikro KeIsian() =>
        new(NomorInduk, NamaUsaha, Kecamatan, Sektor, TanggalIzin, TanggalKemitraan, TanggalWirausahaBaru, Status, StatusSejak);

    public static IsianUsahaMikroForm Dari(UsahaMikroTampilan u) => new()
    {
        NomorInduk = u.NomorInduk, NamaUsaha = u.NamaUsaha, Kecamatan = u.Kecamatan, Sektor = u.Sektor, TanggalIzin = u.TanggalIzin,
        TanggalKemitraan = u.TanggalKemitraan, TanggalWirausahaBaru = u.TanggalWirausahaBaru, Status = u.Status, StatusSejak = u.StatusSejak,
    };

    public static readonly (string Kode, string Nama)[] PilihanStatus = [("Aktif", "Aktif"), ("TidakAktif", "Tidak aktif")];

    public static readonly string[] PilihanSkala = ["Mikro", "Kecil"];
}
