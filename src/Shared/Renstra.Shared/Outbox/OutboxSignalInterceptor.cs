using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Renstra.Shared.Outbox;

/// <summary>
/// After a commit that wrote outbox messages, enqueues the dispatcher at once so the receiving module
/// sees the change within seconds instead of waiting for the sweep.
/// </summary>
public sealed class OutboxSignalInterceptor<TContext>(IServiceProvider services) : SaveChangesInterceptor
    where TContext : DbContext
{
    private bool _pending;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Signal();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Signal();
        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending = false;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = false;
        return Task.CompletedTask;
    }

    private void Remember(DbContext? context) =>
        _pending |= context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true;

    private void Signal()
    {
        if (!_pending) return;
        _pending = false;
        // Absent only in tooling (design-time, script generation); the minute sweep covers any gap.
        services.GetService<IBackgroundJobClient>()?
            .Enqueue<OutboxDispatcher<TContext>>(d => d.DispatchAsync(CancellationToken.None));
    }
}
