using System.Globalization;
using System.Text.Json;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Audit;
using Renstra.Shared.Errors;

namespace Renstra.Host.Audit;

/// <summary>
/// <c>GET /api/audit</c>: every module's append-only audit log, merged, newest first. There is no
/// endpoint that changes or deletes an entry, and the audit interceptor refuses such a change.
/// </summary>
internal static class AuditEndpoints
{
    public const int BatasBawaan = 200;
    public const int BatasMaksimum = 1000;

    public sealed record AuditItem(
        DateTime Waktu, string Oleh, string Aksi, string Entitas, string Kunci, string Modul, JsonElement? Sebelum, JsonElement? Sesudah);

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit", async (string? dari, string? sampai, string? entitas, string? oleh, int? batas,
                IEnumerable<IAuditSource> sources, IServiceProvider scope, CancellationToken cancellationToken) =>
            {
                var errors = new Dictionary<string, string[]>();
                var dariUtc = ParseTime(dari, nameof(dari), endOfDay: false, errors);
                var sampaiUtc = ParseTime(sampai, nameof(sampai), endOfDay: true, errors);
                if (batas is < 1 or > BatasMaksimum) errors["batas"] = [$"Batas harus antara 1 dan {BatasMaksimum}."];
                if (errors.Count > 0) throw new ValidationFailedException(errors);

                var filter = new AuditFilter(dariUtc, sampaiUtc, entitas?.Trim(), oleh?.Trim(), batas ?? BatasBawaan);
                return (await AuditGabungan.BacaAsync(sources, scope, filter, cancellationToken))
                    .Select(a => new AuditItem(DateTime.SpecifyKind(a.WaktuUtc, DateTimeKind.Utc), a.Oleh, a.Aksi, a.Entitas, a.Kunci, a.Modul,
                        Parse(a.Sebelum), Parse(a.Sesudah)))
                    .ToList();
            })
            .RequireAuthorization(KebijakanAkses.Admin)
            .WithTags("Audit")
            .WithSummary("Jejak audit semua perubahan (hanya Admin)");
        return endpoints;
    }

    private static DateTime? ParseTime(string? text, string field, bool endOfDay, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return endOfDay ? date.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc) : date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            return moment.UtcDateTime;
        errors[field] = [$"'{(text.Length > 30 ? text[..30] : text)}' bukan tanggal (gunakan yyyy-MM-dd atau ISO 8601)."];
        return null;
    }

    private static JsonElement? Parse(string? json) =>
        json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
