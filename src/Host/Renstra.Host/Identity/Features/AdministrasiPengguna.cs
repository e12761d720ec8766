using Mediator;
using Renstra.Web.Akses;

namespace Renstra.Host.Identity.Features;

/// <summary>The accounts pages' adapter: sends the Accounts API's own commands.</summary>
internal sealed class AdministrasiPengguna(ISender sender) : IAdministrasiPengguna
{
    public async Task<IReadOnlyList<AkunTampilan>> DaftarAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new DaftarPengguna.Query(), cancellationToken)).Select(Tampil).ToList();

    public async Task<AkunTampilan> BuatAsync(AkunBaru akun, CancellationToken cancellationToken) =>
        Tampil(await sender.Send(new BuatPengguna.Command(akun.Email, akun.Nama, akun.Peran, akun.Modul, akun.KataSandi), cancellationToken));

    public async Task<AkunTampilan> SetelAktifAsync(string id, bool aktif, CancellationToken cancellationToken) =>
        Tampil(await sender.Send(new UbahPengguna.Command(id, null, null, null, aktif), cancellationToken));

    public async Task<AkunTampilan> BukaKunciAsync(string id, CancellationToken cancellationToken) =>
        Tampil(await sender.Send(new BukaKunciPengguna.Command(id), cancellationToken));

    public async Task SetelKataSandiAsync(string id, string kataSandi, CancellationToken cancellationToken) =>
        await sender.Send(new SetelKataSandi.Command(id, kataSandi), cancellationToken);

    private static AkunTampilan Tampil(PenggunaRespons p) => new(p.Id, p.Email, p.Nama, p.Peran, p.Modul, p.Aktif, p.TerkunciSampai);
}
