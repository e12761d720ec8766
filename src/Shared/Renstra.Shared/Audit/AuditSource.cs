using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Renstra.Shared.Audit;

/// <summary>Filters of <c>GET /api/audit</c>.</summary>
public sealed record AuditFilter(DateTime? DariUtc, DateTime? SampaiUtc, string? Entitas, string? Oleh, int Batas);

/// <summary>Reads one module's audit log; the host merges every module's entries.</summary>
public interface IAuditSource
{
    Task<IReadOnlyList<AuditEntry>> ReadAsync(IServiceProvider scope, AuditFilter filter, CancellationToken cancellationToken);
}

public sealed class AuditSource<TContext> : IAuditSource where TContext : DbContext
{
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(IServiceProvider scope, AuditFilter filter, CancellationToken cancellationToken)
    {
        var db = scope.GetRequiredService<TContext>();
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (filter.DariUtc is { } dari) query = query.Where(a => a.WaktuUtc >= dari);
        if (filter.SampaiUtc is { } sampai) query = query.Where(a => a.WaktuUtc <= sampai);
        if (!string.IsNullOrWhiteSpace(filter.Entitas)) query = query.Where(a => a.Entitas == filter.Entitas);
        if (!string.IsNullOrWhiteSpace(filter.Oleh)) query = query.Where(a => a.Oleh == filter.Oleh);
        return await query.OrderByDescending(a => a.WaktuUtc).ThenByDescending(a => a.Id).Take(filter.Batas).ToListAsync(cancellationToken);
    }
}

/// <summary>Every module's audit log merged, newest first: what <c>GET /api/audit</c> and the audit page show.</summary>
public static class AuditGabungan
{
    public static async Task<IReadOnlyList<AuditEntry>> BacaAsync(
        IEnumerable<IAuditSource> sources, IServiceProvider scope, AuditFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(filter);
        var all = new List<AuditEntry>();
        foreach (var source in sources) all.AddRange(await source.ReadAsync(scope, filter, cancellationToken));
        return all
            .OrderByDescending(a => a.WaktuUtc).ThenBy(a => a.Modul, StringComparer.Ordinal).ThenByDescending(a => a.Id)
            .Take(filter.Batas)
            .ToList();
    }
}
