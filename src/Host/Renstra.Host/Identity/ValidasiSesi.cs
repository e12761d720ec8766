using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Renstra.Host.Identity;

/// <summary>
/// Every signed-in request (bearer or cookie) is checked against the account as stored now: a token or
/// cookie issued before a sign-out, a password reset or a detected refresh-token reuse (all change the
/// security stamp), or held by an account that is now locked out or deactivated, no longer signs anyone
/// in. One indexed read per signed-in request; the request then goes on as anonymous (401 or the sign-in
/// page) and a stale cookie is removed.
/// </summary>
internal static class ValidasiSesi
{
    public static IApplicationBuilder UseValidasiSesi(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && !await MasihBerlakuAsync(context))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (context.Request.Cookies.ContainsKey(IdentitySetup.NamaCookie)) context.Response.Cookies.Delete(IdentitySetup.NamaCookie);
        }
        await next(context);
    });

    private static async Task<bool> MasihBerlakuAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.User.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.User.FindFirstValue(claims.SecurityStampClaimType);
        if (id is null || stamp is null) return false;
        var akun = await services.GetRequiredService<AkunDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.Aktif, u.LockoutEnd })
            .SingleOrDefaultAsync(context.RequestAborted);
        var sekarang = services.GetRequiredService<TimeProvider>().GetUtcNow();
        return akun is not null && akun.Aktif && akun.SecurityStamp == stamp && !(akun.LockoutEnd > sekarang);
    }
}
