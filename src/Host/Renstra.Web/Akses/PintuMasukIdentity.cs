using Microsoft.AspNetCore.Identity;

namespace Renstra.Web.Akses;

/// <summary>The cookie sign-in of ASP.NET Core Identity, the same user store the API's bearer login uses.</summary>
internal sealed class PintuMasukIdentity<TUser>(SignInManager<TUser> signInManager) : IPintuMasuk
    where TUser : class
{
    public async Task<HasilMasuk> MasukAsync(string email, string kataSandi, bool ingatSaya)
    {
        signInManager.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signInManager.PasswordSignInAsync(email.Trim(), kataSandi, ingatSaya, lockoutOnFailure: true);
        if (result.Succeeded) return HasilMasuk.Berhasil;
        if (result.IsLockedOut) return HasilMasuk.Terkunci;
        return result.IsNotAllowed ? HasilMasuk.Ditolak : HasilMasuk.Gagal;
    }

    public Task KeluarAsync()
    {
        signInManager.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        return signInManager.SignOutAsync();
    }
}
