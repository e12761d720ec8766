using Microsoft.AspNetCore.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Renstra.Shared.Errors;

namespace Renstra.Host.Errors;

/// <summary>
/// Every error leaves as an RFC 9457 ProblemDetails with an Indonesian title and detail. Nothing from
/// an unexpected exception (message, stack, SQL, path) reaches the client: it is logged with the
/// trace id, which the response carries.
/// </summary>
internal static class ProblemDetailsSetup
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [400] = "Permintaan tidak valid",
        [401] = "Autentikasi diperlukan",
        [403] = "Akses ditolak",
        [404] = "Tidak ditemukan",
        [405] = "Metode tidak diizinkan",
        [409] = "Konflik dengan keadaan data",
        [412] = "Data sudah diubah pihak lain",
        [413] = "Permintaan terlalu besar",
        [415] = "Jenis konten tidak didukung",
        [429] = "Terlalu banyak permintaan",
        [500] = "Terjadi kesalahan pada server",
        [503] = "Layanan sedang tidak tersedia",
    };

    private static readonly Dictionary<int, string> Details = new()
    {
        [401] = "Silakan masuk terlebih dahulu (Authorization: Bearer <token>).",
        [403] = "Anda tidak berwenang melakukan tindakan ini.",
        [404] = "Sumber yang diminta tidak ada.",
        [405] = "Metode HTTP ini tidak tersedia untuk alamat tersebut.",
        [413] = "Ukuran permintaan melebihi batas yang diizinkan.",
        [415] = "Kirim data sebagai application/json.",
        [429] = "Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.",
        [500] = "Terjadi kesalahan yang tidak terduga. Hubungi administrator dengan menyebut traceId.",
    };

    public static IServiceCollection AddRenstraProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var problem = ctx.ProblemDetails;
            var status = problem.Status ?? ctx.HttpContext.Response.StatusCode;
            if (Titles.TryGetValue(status, out var title)) problem.Title = title;
            if (string.IsNullOrEmpty(problem.Detail) && Details.TryGetValue(status, out var detail)) problem.Detail = detail;
            problem.Type = $"https://httpstatuses.io/{status}";
            problem.Extensions.Remove("exception");
            problem.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<UseCaseExceptionHandler>();
        return services;
    }
}

internal sealed partial class UseCaseExceptionHandler(IProblemDetailsService problems, ILogger<UseCaseExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail, errors) = exception switch
        {
            ValidationFailedException v => (400, v.Message, v.Errors),
            NotFoundException e => (404, e.Message, null),
            ConflictException e => (409, e.Message, null),
            PreconditionFailedException e => (412, e.Message, null),
            ForbiddenException e => (403, e.Message, null),
            BadHttpRequestException { StatusCode: 413 } => (413, "Ukuran permintaan melebihi batas yang diizinkan.", null),
            BadHttpRequestException { InnerException: JsonException json } => (400, JsonErrors.Detail(json), JsonErrors.Fields(json)),
            BadHttpRequestException b => (b.StatusCode, PesanPermintaanBuruk(b), null),
            _ => (500, (string?)null, (IReadOnlyDictionary<string, string[]>?)null),
        };
        if (status == 500) LogUnexpected(logger, exception, httpContext.TraceIdentifier);

        httpContext.Response.StatusCode = status;
        ProblemDetails problem = errors is null
            ? new ProblemDetails { Status = status, Detail = detail }
            : new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value)) { Status = status, Detail = detail };
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext, ProblemDetails = problem, Exception = null,
        });
    }

    private static string PesanPermintaanBuruk(BadHttpRequestException exception) =>
        exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
                ? "Isi permintaan kosong atau tidak dapat dibaca sebagai JSON."
                : "Permintaan tidak valid: periksa parameter alamat dan isi permintaan.";

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception, trace {TraceId}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string traceId);
}
