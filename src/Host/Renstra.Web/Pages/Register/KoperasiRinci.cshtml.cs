using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Renstra.Modules.KoperasiUmkm.Features;

namespace Renstra.Web.Pages.Register;

/// <summary>
/// One koperasi: its fields (edit, deactivate with the date it took effect), yearly figures, dated services
/// and its history, newest first. Writes are the API's own Mediator commands.
/// </summary>
public sealed class KoperasiRinciModel(ISender sender, IAuthorizationService authorization)
    : HalamanRinciRegisterModel<KoperasiRinci, IsianKoperasiForm>(sender, authorization)
{
    [BindProperty]
    public string? HasilLayanan { get; set; }

    public Task<IActionResult> OnPostUbahAsync(CancellationToken cancellationToken) =>
        KirimAsync(new UbahKoperasi.Command(Id, Isian.KeIsian()), Alamat, "Perubahan koperasi tersimpan.", cancellationToken);

    public Task<IActionResult> OnPostLayananAsync(CancellationToken cancellationToken) =>
        KirimAsync(new CatatLayananKoperasi.Command(Id, new CatatLayananKoperasi.Body(JenisLayanan, TanggalLayanan, string.IsNullOrEmpty(HasilLayanan) ? null : HasilLayanan)),
            Alamat, "Layanan tercatat.", cancellationToken);

    protected override string Alamat => $"/register/koperasi/{Id}";

    protected override IQuery<KoperasiRinci> Baca() => new LihatKoperasi.Query(Id);

    protected override IsianKoperasiForm IsianDari(KoperasiRinci rinci) => IsianKoperasiForm.Dari(rinci.Koperasi);

    public static readonly string[] PilihanLayanan = ["Pemeriksaan", "Pendampingan", "Diklat", "FasilitasiKemitraan", "PenilaianKesehatan"];

    public static readonly string[] PilihanHasil = ["Sehat", "Cukup Sehat", "Dalam Pengawasan", "Dalam Pengawasan Khusus"];
}
