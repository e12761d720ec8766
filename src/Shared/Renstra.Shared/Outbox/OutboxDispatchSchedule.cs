using Hangfire;

namespace Renstra.Shared.Outbox;

/// <summary>
/// At most one waiting dispatcher job per module and host: a burst of commits becomes one delivery run that
/// takes them all, instead of one job per commit that would each wait for the previous one's lock and hold a
/// Hangfire worker meanwhile. The flag is cleared as the dispatcher starts reading the outbox, so a commit
/// after that read enqueues the next run. Singleton per host.
/// </summary>
public sealed class OutboxDispatchSchedule<TContext>
    where TContext : Microsoft.EntityFrameworkCore.DbContext
{
    private int _enqueued;

    /// <summary>Enqueues the dispatcher unless a run is already waiting to start.</summary>
    public void Enqueue(IBackgroundJobClient jobs)
    {
        if (Interlocked.Exchange(ref _enqueued, 1) == 1) return;
        try
        {
            jobs.Enqueue<OutboxDispatcher<TContext>>(d => d.DispatchAsync(CancellationToken.None));
        }
        catch
        {
            _enqueued = 0;
            throw;
        }
    }

    /// <summary>Called by the dispatcher before it reads the outbox.</summary>
    public void Started() => Interlocked.Exchange(ref _enqueued, 0);
}
