using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Renstra.Shared.Abstractions;
using Renstra.Web.Akses;

namespace Renstra.Web;

/// <summary>Entry of the server-rendered web UI: one call to register it, one to map it.</summary>
public static class WebUiRegistration
{
    /// <summary>
    /// Registers the Razor Pages of the UI. <typeparamref name="TUser"/> is the host's Identity user type;
    /// the host registers the <see cref="IPintuMasuk"/> the sign-in page uses and the
    /// <see cref="IAdministrasiPengguna"/> of the accounts pages.
    /// </summary>
    public static IServiceCollection AddRenstraWeb<TUser>(this IServiceCollection services, Action<WebUiOptions>? configure = null)
        where TUser : class
    {
        var options = services.AddOptions<WebUiOptions>().BindConfiguration("Renstra:Web");
        if (configure is not null) options.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Capaian.TabelCapaian>();
        services.AddScoped<Capaian.BerkasCapaian>();
        services.AddSingleton<Capaian.DaftarSimpulRencana>();
        services.AddSingleton<Capaian.PohonRencana>();
        services.AddScoped<Capaian.MatriksCapaian>();
        services.AddScoped<Capaian.StatusPekerjaan>();
        services.AddRazorPages(o =>
        {
            // Every page needs a signed-in user with a role; the exceptions are named here, in one place.
            o.Conventions.AuthorizeFolder("/", KebijakanAkses.Pembaca);
            o.Conventions.AllowAnonymousToPage("/Akun/Masuk");
            o.Conventions.AllowAnonymousToPage("/Akun/AksesDitolak");
            o.Conventions.AuthorizeFolder("/Aturan", KebijakanAkses.Admin);
            o.Conventions.AuthorizeFolder("/Pengguna", KebijakanAkses.Admin);
            o.Conventions.AuthorizeFolder("/Audit", KebijakanAkses.Admin);
        });
        services.AddOptions<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>()
            .Configure<IOptions<WebUiOptions>>((pages, web) =>
            {
                if (web.Value.KebijakanBatasMasuk is { } policy)
                    pages.Conventions.AddPageApplicationModelConvention("/Akun/Masuk",
                        m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy)));
            });
        return services;
    }

    /// <summary>
    /// Maps the pages, the UI's own static files (<c>_content/Renstra.Web/…</c>) and the one API endpoint whose answer is a
    /// file made for people by the UI's builder (<c>GET /api/capaian/ekspor</c>).
    /// </summary>
    public static IEndpointRouteBuilder MapRenstraWeb(this IEndpointRouteBuilder endpoints)
    {
        // Style sheet and script must load on the sign-in page, before anyone is signed in.
        endpoints.MapStaticAssets().AllowAnonymous();
        // Browsers ask for /favicon.ico on pages without a <link rel="icon"> (API reference, raw files): no 404.
        endpoints.MapGet("/favicon.ico", () => Results.Redirect("/_content/Renstra.Web/favicon.ico", permanent: true))
            .AllowAnonymous().ExcludeFromDescription();
        endpoints.MapRazorPages().WithStaticAssets();
        Capaian.EksporCapaianApi.Map(endpoints);
        return endpoints;
    }
}
