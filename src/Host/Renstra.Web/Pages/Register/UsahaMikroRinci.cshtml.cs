using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Renstra.Modules.KoperasiUmkm.Features;

namespace Renstra.Web.Pages.Register;

/// <summary>
/// One usaha mikro: its fields (edit, deactivate with the date it took effect), its skala per year with each
/// <i>naik kelas</i> marked, its izin, kemitraan and wirausaha baru dates, dated services and its history,
/// newest first. Writes are the API's own Mediator commands.
/// </summary>
public sealed class UsahaMikroRinciModel(ISender sender, IAuthorizationService authorization, TimeProvider time)
    : HalamanRinciRegisterModel<UsahaMikroRinci, IsianUsahaMikroForm>(sender, authorization)
{
    [BindProperty]
    public int? TahunSkala { get; set; }

    [BindProperty]
    public string? Skala { get; set; }

    public IsianUsahaMikroHalaman FormUbah => new(Isian, nameof(Isian), Wilayah?.Kecamatan ?? [], Ubah: true);

    /// <summary>The year a new scale is entered for, by default.</summary>
    public int TahunIni => time.GetUtcNow().Year;

    public Task<IActionResult> OnPostUbahAsync(CancellationToken cancellationToken) =>
        KirimAsync(new UbahUsahaMikro.Command(Id, Isian.KeIsian()), Alamat, "Perubahan usaha mikro tersimpan.", cancellationToken);

    public Task<IActionResult> OnPostSkalaAsync(CancellationToken cancellationToken) =>
        KirimAsync(new SimpanSkalaUsahaMikro.Command(Id, TahunSkala ?? 0, new SimpanSkalaUsahaMikro.Body(string.IsNullOrEmpty(Skala) ? null : Skala)),
            Alamat, $"Skala tahun {TahunSkala} tersimpan.", cancellationToken);

    public Task<IActionResult> OnPostLayananAsync(CancellationToken cancellationToken) =>
        KirimAsync(new CatatLayananUsahaMikro.Command(Id, new CatatLayananUsahaMikro.Body(JenisLayanan, TanggalLayanan)),
            Alamat, "Layanan tercatat.", cancellationToken);

    protected override string Alamat => $"/register/usaha-mikro/{Id}";

    protected override IQuery<UsahaMikroRinci> Baca() => new LihatUsahaMikro.Query(Id);

    protected override IsianUsahaMikroForm IsianDari(UsahaMikroRinci rinci) => IsianUsahaMikroForm.Dari(rinci.UsahaMikro);

    /// <summary>
    /// The years a business went up a class: Kecil in a year whose previous recorded year was Mikro. The first recorded
    /// year is not one (the register does not know what it was before).
    /// </summary>
    public static IReadOnlySet<int> NaikKelas(IEnumerable<SkalaTampilan> skala)
    {
        var hasil = new HashSet<int>();
        string? sebelumnya = null;
        foreach (var s in skala.OrderBy(s => s.Tahun))
        {
            if (s.Skala == "Kecil" && sebelumnya == "Mikro") hasil.Add(s.Tahun);
            sebelumnya = s.Skala;
        }
        return hasil;
    }

    public static readonly string[] PilihanLayanan = ["FasilitasiPemasaran", "Pelatihan", "FasilitasiPerizinan"];
}
