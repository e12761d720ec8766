namespace Renstra.Web.Akses;

/// <summary>
/// The accounts pages' way to the Accounts API's use cases (implemented by the host, which owns Identity):
/// the same commands, validation and audit as <c>/api/pengguna</c>. A refusal is a
/// <see cref="Renstra.Shared.Errors.UseCaseException"/>, as from any use case.
/// </summary>
public interface IAdministrasiPengguna
{
    /// <summary>Every account, sorted by e-mail.</summary>
    Task<IReadOnlyList<AkunTampilan>> DaftarAsync(CancellationToken cancellationToken);

    /// <summary>Creates an account.</summary>
    Task<AkunTampilan> BuatAsync(AkunBaru akun, CancellationToken cancellationToken);

    /// <summary>Activates or deactivates an account.</summary>
    Task<AkunTampilan> SetelAktifAsync(string id, bool aktif, CancellationToken cancellationToken);

    /// <summary>Ends a lock-out.</summary>
    Task<AkunTampilan> BukaKunciAsync(string id, CancellationToken cancellationToken);

    /// <summary>Sets a new password (every session of the account ends).</summary>
    Task SetelKataSandiAsync(string id, string kataSandi, CancellationToken cancellationToken);
}

/// <summary>An account as the pages show it.</summary>
public sealed record AkunTampilan(
    string Id, string Email, string Nama, string Peran, string? Modul, bool Aktif, DateTimeOffset? TerkunciSampai);

/// <summary>What the create form sends.</summary>
public sealed record AkunBaru(string Email, string Nama, string Peran, string? Modul, string KataSandi);
