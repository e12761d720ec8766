using System.Data.Common;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Shared.Persistence;

namespace Renstra.Shared.Outbox;

/// <summary>
/// After a commit that wrote outbox messages, enqueues the dispatcher at once so the receiving module
/// sees the change within seconds instead of waiting for the sweep. When the messages were saved
/// inside an explicit transaction, the signal waits for that transaction's commit (a dispatcher started
/// earlier would find nothing committed yet). <c>Renstra:Outbox:DispatchImmediately=false</c> turns the
/// signal off, leaving delivery to the sweep (used by the crash test; never needed in production). One per module context
/// type: whether a context has messages to signal is kept on the context (<see cref="IKonteksModul"/>).
/// </summary>
public sealed class OutboxSignalInterceptor<TContext>(IServiceProvider services)
    : SaveChangesInterceptor, IDbTransactionInterceptor, IPengamatKomit, IPengamatSimpan
    where TContext : DbContext
{
    public const string DispatchImmediatelyKey = "Renstra:Outbox:DispatchImmediately";

    /// <summary>What a signal does, resolved once (the interceptor is a singleton): null when the signal is off or there is no
    /// job client (tooling: design-time, script generation), where the minute sweep covers any gap.</summary>
    private readonly Lazy<Action?> _kirim = new(() => Kirim(services));

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>A save without EF's update pipeline (<see cref="SimpanLangsung"/>) is signalled at its commit, as any other.</summary>
    public void Menyimpan(DbContext db) => Remember(db);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalUnlessInTransaction(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalUnlessInTransaction(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Signal(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>This context's changes were committed in another writer's batch (<see cref="GerbangTulisSqlite.TulisBersamaAsync{T}"/>).</summary>
    public void Terkomit(DbContext context) => Signal(context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Remember(DbContext? context)
    {
        if (context is IKonteksModul { Keadaan: var keadaan } && context.ChangeTracker.SemuaEntri<OutboxMessage>().Exists(e => e.State == EntityState.Added))
            keadaan.OutboxMenunggu = true;
    }

    private static void Forget(DbContext? context)
    {
        if (context is IKonteksModul { Keadaan: var keadaan }) keadaan.OutboxMenunggu = false;
    }

    private void SignalUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is not null) return;
        Signal(context);
    }

    private void Signal(DbContext? context)
    {
        if (context is not IKonteksModul { Keadaan: { OutboxMenunggu: true } keadaan }) return;
        keadaan.OutboxMenunggu = false;
        _kirim.Value?.Invoke();
    }

    private static Action? Kirim(IServiceProvider services)
    {
        if (services.GetService<IConfiguration>()?.GetValue(DispatchImmediatelyKey, true) == false) return null;
        if (services.GetService<IBackgroundJobClient>() is not { } jobs) return null;
        var jadwal = services.GetRequiredService<OutboxDispatchSchedule<TContext>>();
        return () => jadwal.Enqueue(jobs);
    }
}
