using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Renstra.Web.Akses;

namespace Renstra.Host.Identity;

/// <summary>
/// Sign-in attempts per client address (API login/refresh and the web form share one window), on top of
/// the per-account lock-out (<see cref="PemeriksaMasuk"/>). The address is the connection's, or — only
/// when the request came through a proxy named in <c>Renstra:Proxy</c> — the one that proxy forwarded.
/// </summary>
internal static class BatasMasuk
{
    /// <summary>
    /// One office behind one NAT address signs in together in the morning: high enough for that, low
    /// enough that guessing passwords across many accounts from one address is slow.
    /// </summary>
    public const int BawaanPerMenit = 60;

    public static IServiceCollection AddBatasMasuk(this IServiceCollection services, IConfiguration configuration)
    {
        var permitPerMinute = configuration.GetValue("Renstra:Login:PermitPerMinute", BawaanPerMenit);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count: showing the sign-in page (GET /masuk) is not limited.
            o.AddPolicy(AuthEndpoints.LoginRateLimit, ctx => HttpMethods.IsGet(ctx.Request.Method)
                ? RateLimitPartition.GetNoLimiter("baca")
                : RateLimitPartition.GetFixedWindowLimiter(
                    ctx.Connection.RemoteIpAddress?.ToString() ?? "lokal",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = async (ctx, token) =>
            {
                int? detik = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? (int)Math.Ceiling(retryAfter.TotalSeconds)
                    : null;
                if (detik is { } d) ctx.HttpContext.Response.Headers.RetryAfter = d.ToString(CultureInfo.InvariantCulture);
                if (!ctx.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    await HalamanBatasMasuk.TulisAsync(ctx.HttpContext, detik);
                    return;
                }
                await ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = ctx.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests },
                });
            };
        });

        var proxies = configuration.GetSection("Renstra:Proxy:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("Renstra:Proxy:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies are believed; the framework's default (loopback) is dropped too.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in networks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    /// <summary>Honours X-Forwarded-For/-Proto only when <c>Renstra:Proxy</c> names a proxy; else does nothing.</summary>
    public static IApplicationBuilder UseProxyDikenal(this IApplicationBuilder app, IConfiguration configuration)
    {
        var configured = configuration.GetSection("Renstra:Proxy:KnownProxies").Get<string[]>() is { Length: > 0 } ||
            configuration.GetSection("Renstra:Proxy:KnownNetworks").Get<string[]>() is { Length: > 0 };
        return configured ? app.UseForwardedHeaders() : app;
    }
}
