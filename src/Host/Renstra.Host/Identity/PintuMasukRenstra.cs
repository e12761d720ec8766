using Microsoft.AspNetCore.Identity;
using Renstra.Web.Akses;

namespace Renstra.Host.Identity;

/// <summary>The web form's sign-in: the same check as the API login, then Identity's cookie.</summary>
internal sealed class PintuMasukRenstra(
    PemeriksaMasuk pemeriksa, SignInManager<Pengguna> signInManager, UserManager<Pengguna> users,
    IHttpContextAccessor accessor) : IPintuMasuk
{
    public async Task<HasilMasukPintu> MasukAsync(string email, string kataSandi, bool ingatSaya)
    {
        var (hasil, user) = await pemeriksa.PeriksaAsync(email, kataSandi);
        if (user is null) return hasil;
        signInManager.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        await signInManager.SignInAsync(user, ingatSaya);
        return hasil;
    }

    public async Task KeluarAsync()
    {
        // A new security stamp ends this cookie everywhere it was copied to, and the account's tokens.
        if (accessor.HttpContext?.User is { } principal && await users.GetUserAsync(principal) is { } user)
            await users.UpdateSecurityStampAsync(user);
        signInManager.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        await signInManager.SignOutAsync();
    }
}
