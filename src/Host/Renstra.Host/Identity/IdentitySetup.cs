using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Hosting;
using Renstra.Shared.Authorization;
using Renstra.Shared.Persistence;

namespace Renstra.Host.Identity;

internal static class IdentitySetup
{
    /// <summary>
    /// The default scheme: the bearer token for everything under <c>/api</c> (the API never accepts the web cookie,
    /// which a browser would send along with a forged cross-site request) and for other paths that send one; the
    /// bearer scheme hands every other request to the Identity cookie of the web UI, whose forms carry antiforgery
    /// tokens. (Until issue 9's third pass a policy scheme chose between the two; a signed-in API call then built
    /// and ran two authentication handlers instead of one — measured, docs/benchmarks.md.)
    /// </summary>
    public static readonly string SkemaBawaan = IdentityConstants.BearerScheme;

    /// <summary>Whether a request is the bearer scheme's own; every other one it forwards to the web cookie.</summary>
    internal static bool MilikBearer(HttpContext ctx) =>
        ctx.Request.Path.StartsWithSegments("/api") ||
        ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public const string NamaCookie = "renstra.auth";

    public static IServiceCollection AddRenstraIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AkunDbContext, AkunSqliteDbContext>(
            configuration, AkunDbContext.Nama, AkunDbContext.SchemaName, alsoAudit: IsAuditedIdentityType);
        services.AddHealthChecks().AddDbContextCheck<AkunDbContext>(AkunDbContext.Nama);
        services.AddDataProtection().SetApplicationName("Renstra.Modular").PersistKeysToDbContext<AkunDbContext>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SkemaBawaan;
                o.DefaultChallengeScheme = SkemaBawaan;
            })
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                // Applies to every use of the scheme (authenticate, challenge, forbid, sign-in): the token endpoints
                // that sign in with it explicitly live under /api, so they are never forwarded.
                o.ForwardDefaultSelector = ctx => MilikBearer(ctx) ? null : IdentityConstants.ApplicationScheme;
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                o.RefreshTokenExpiration = TimeSpan.FromDays(7);
            })
            .AddIdentityCookies(c => c.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/masuk";
                o.AccessDeniedPath = "/akses-ditolak";
                o.Cookie.Name = NamaCookie;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                // API callers get status codes, never a redirect to an HTML page.
                o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
            }));
        // After AddBearerToken: its own post-configure makes the protector this one wraps.
        services.AddTembolokSenggang<TiketBearerTersimpan.Ingatan>();
        services.AddSingleton<IPostConfigureOptions<BearerTokenOptions>, TiketBearerTersimpan.Pasang>();

        services.AddIdentityCore<Pengguna>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AkunDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<IndonesianIdentityErrorDescriber>();

        services.Scan(s => s.FromAssemblyOf<PemeriksaMasuk>()
            .AddClasses(c => c.AssignableTo(typeof(FluentValidation.IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces().WithScopedLifetime());
        services.AddSingleton<BiayaSandiTiruan>();
        services.AddScoped<PercobaanTakDikenal>();
        services.AddSingleton<BacaAkun>();
        services.AddScoped<PemeriksaMasuk>();
        services.AddScoped<RantaiTokenSegar>();
        services.AddScoped<Renstra.Web.Akses.IPintuMasuk, PintuMasukRenstra>();
        services.AddScoped<Renstra.Web.Akses.IAdministrasiPengguna, Features.AdministrasiPengguna>();

        services.AddSingleton<IAuthorizationHandler, PengisiDataHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(KebijakanAkses.Pembaca, p => p.RequireRole(Peran.Admin, Peran.Pimpinan, Peran.Operator))
            .AddPolicy(KebijakanAkses.Admin, p => p.RequireRole(Peran.Admin));
        return services;
    }

    /// <summary>Users, roles, role memberships and claims (the <c>modul</c> of an operator) are audited.</summary>
    private static bool IsAuditedIdentityType(Type type) =>
        type == typeof(Pengguna) || type == typeof(IdentityRole) ||
        type == typeof(IdentityUserRole<string>) || type == typeof(IdentityUserClaim<string>);

    private static Task ApiOrRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/hangfire"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
