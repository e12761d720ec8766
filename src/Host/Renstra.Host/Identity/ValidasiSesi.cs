using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Renstra.Shared.Persistence;

namespace Renstra.Host.Identity;

/// <summary>
/// Every signed-in request (bearer or cookie) is checked against the account as stored now: a token or
/// cookie issued before a sign-out, a password reset or a detected refresh-token reuse (all change the
/// security stamp), or held by an account that is now locked out or deactivated, no longer signs anyone
/// in. One indexed read per signed-in request — a single statement on a pooled ADO.NET connection (it runs
/// for every API call, so no DbContext is built for it); the request then goes on as anonymous (401 or the
/// sign-in page) and a stale cookie is removed.
/// </summary>
internal static class ValidasiSesi
{
    public static IApplicationBuilder UseValidasiSesi(this IApplicationBuilder app)
    {
        // Singletons, resolved once rather than from the request's scope on every call.
        var services = app.ApplicationServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var bacaAkun = services.GetRequiredService<BacaAkun>();
        var waktu = services.GetRequiredService<TimeProvider>();
        return app.Use((context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true) return next(context);
            var id = context.User.FindFirstValue(claims.UserIdClaimType);
            var stamp = context.User.FindFirstValue(claims.SecurityStampClaimType);
            if (id is null || stamp is null) return TolakAsync(context, next);
            var akun = bacaAkun.BacaAsync(id, context.RequestAborted);
            // The request that runs the session statement itself gets its answer at once: no state machine for it.
            return akun.IsCompletedSuccessfully ? Lanjut(context, next, akun.Result, stamp, waktu) : TungguAsync(context, next, akun, stamp, waktu);
        });
    }

    private static async Task TungguAsync(HttpContext context, RequestDelegate next, Task<BacaAkun.Akun?> akun, string stamp, TimeProvider waktu) =>
        await Lanjut(context, next, await akun, stamp, waktu);

    private static Task Lanjut(HttpContext context, RequestDelegate next, BacaAkun.Akun? akun, string stamp, TimeProvider waktu) =>
        akun is { Aktif: true } && akun.SecurityStamp == stamp && !(akun.LockoutEnd > waktu.GetUtcNow()) ? next(context) : TolakAsync(context, next);

    /// <summary>The request goes on as anonymous (401 or the sign-in page); a stale cookie is removed.</summary>
    private static Task TolakAsync(HttpContext context, RequestDelegate next)
    {
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        if (context.Request.Cookies.ContainsKey(IdentitySetup.NamaCookie)) context.Response.Cookies.Delete(IdentitySetup.NamaCookie);
        return next(context);
    }
}

/// <summary>The stored security stamp, active flag and lock-out end of one account (singleton).</summary>
internal sealed class BacaAkun : IDisposable
{
    internal sealed record Akun(string? SecurityStamp, bool Aktif, DateTimeOffset? LockoutEnd);

    private readonly PerintahCepat<AkunDbContext> _perintah;

    private readonly BacaBersama<string, Akun?> _bersama;

    public BacaAkun(IServiceScopeFactory scopes)
    {
        _perintah = new(scopes, Sql);
        _bersama = new(BacaSendiriAsync);
    }

    private static string Sql(AkunDbContext db, ISqlGenerationHelper sql)
    {
        var entitas = db.Model.FindEntityType(typeof(Pengguna))!;
        string Kolom(string properti) => sql.DelimitIdentifier(entitas.FindProperty(properti)!.GetColumnName());
        return $"SELECT {Kolom(nameof(Pengguna.SecurityStamp))}, {Kolom(nameof(Pengguna.Aktif))}, {Kolom(nameof(Pengguna.LockoutEnd))} " +
               $"FROM {sql.DelimitIdentifier(entitas.GetTableName()!, entitas.GetSchema())} WHERE {Kolom(nameof(Pengguna.Id))} = @id";
    }

    /// <summary>
    /// The account as stored when the read started, shared with the concurrent requests of the same account that
    /// arrived before it started (<see cref="BacaBersama{TKunci, T}"/>): as fresh as a read of its own.
    /// </summary>
    public Task<Akun?> BacaAsync(string id, CancellationToken cancellationToken) => _bersama.BacaAsync(id, cancellationToken);

    internal long JumlahBaca => _bersama.JumlahBaca;

    private Task<Akun?> BacaSendiriAsync(string id, CancellationToken cancellationToken) =>
        _perintah.BacaAsync<Akun?>(
            [new("@id", id)],
            r => new Akun(r.IsNull(0) ? null : r.Teks(0), r.Boolean(1), r.IsNull(2) ? null : r.WaktuOffset(2)),
            null, cancellationToken);

    public void Dispose() => _perintah.Dispose();
}
