using Microsoft.AspNetCore.Http.Metadata;

namespace Renstra.Host.Hosting;

/// <summary>
/// One limit on request bodies (<c>Renstra:MaxRequestBytes</c>, default 5 MiB — an XLSX sheet fits):
/// Kestrel enforces it while reading, and a declared <c>Content-Length</c> above it is refused with a
/// 413 ProblemDetails before any endpoint runs. An endpoint may ask for a smaller limit with
/// <see cref="IRequestSizeLimitMetadata"/> (e.g. the rules import).
/// </summary>
internal static class RequestSizeLimit
{
    public const long DefaultBytes = 5 * 1024 * 1024;

    public static long Of(IConfiguration configuration) => configuration.GetValue("Renstra:MaxRequestBytes", DefaultBytes);

    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app, long limit) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } lebihKecil && lebihKecil < limit)
                limit = lebihKecil;
            if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                feature.MaxRequestBodySize = limit;
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Detail = $"Ukuran permintaan melebihi batas {limit / 1024} KiB.",
                    },
                });
                return;
            }
            await next();
        });
}
