using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Renstra.Host.Identity;

/// <summary>
/// Refresh tokens that rotate: Identity's bearer handler writes the tokens; the principal it protects
/// carries the token's id and family, and <see cref="TokenSegar"/> rows remember which were used. A used
/// token presented again revokes its family and ends every session of the account (security stamp).
/// </summary>
internal sealed class RantaiTokenSegar(
    AkunDbContext db,
    UserManager<Pengguna> users,
    SignInManager<Pengguna> signInManager,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider time)
{
    public const string KlaimToken = "renstra:rt";
    public const string KlaimKeluarga = "renstra:rtf";

    /// <summary>A principal for a fresh sign-in: a new family.</summary>
    public Task<ClaimsPrincipal> MulaiAsync(Pengguna user) => TerbitkanAsync(user, Guid.NewGuid().ToString("N"));

    /// <summary>The principal for the next token, or null when the refresh token must be refused.</summary>
    public async Task<ClaimsPrincipal?> PutarAsync(string refreshToken)
    {
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
        var sekarang = time.GetUtcNow();
        if (ticket?.Properties.ExpiresUtc is not { } expires || sekarang >= expires) return null;
        var id = ticket.Principal.FindFirstValue(KlaimToken);
        var keluarga = ticket.Principal.FindFirstValue(KlaimKeluarga);
        if (id is null || keluarga is null) return null;

        var token = await db.TokenSegar.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id);
        if (token is null || token.DicabutUtc is not null || token.Keluarga != keluarga) return null;
        if (token.DipakaiUtc is not null)
        {
            await CabutKeluargaAsync(keluarga, token.PenggunaId);
            return null;
        }
        // Two refreshes racing with one token: only the first update of the row wins.
        if (await db.TokenSegar.Where(t => t.Id == id && t.DipakaiUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.DipakaiUtc, sekarang.UtcDateTime)) == 0)
        {
            await CabutKeluargaAsync(keluarga, token.PenggunaId);
            return null;
        }

        if (await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { } user ||
            !user.Aktif || await users.IsLockedOutAsync(user))
        {
            return null;
        }
        return await TerbitkanAsync(user, keluarga);
    }

    private async Task<ClaimsPrincipal> TerbitkanAsync(Pengguna user, string keluarga)
    {
        var sekarang = time.GetUtcNow().UtcDateTime;
        var id = Guid.NewGuid().ToString("N");
        await db.TokenSegar.Where(t => t.PenggunaId == user.Id && t.KedaluwarsaUtc < sekarang).ExecuteDeleteAsync();
        db.TokenSegar.Add(new TokenSegar
        {
            Id = id, Keluarga = keluarga, PenggunaId = user.Id, DibuatUtc = sekarang,
            KedaluwarsaUtc = sekarang + bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenExpiration,
        });
        await db.SaveChangesAsync();
        var principal = await signInManager.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(KlaimToken, id));
        identity.AddClaim(new Claim(KlaimKeluarga, keluarga));
        return principal;
    }

    private async Task CabutKeluargaAsync(string keluarga, string penggunaId)
    {
        var sekarang = time.GetUtcNow().UtcDateTime;
        await db.TokenSegar.Where(t => t.Keluarga == keluarga && t.DicabutUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.DicabutUtc, sekarang));
        if (await users.FindByIdAsync(penggunaId) is { } user) await users.UpdateSecurityStampAsync(user);
    }
}
