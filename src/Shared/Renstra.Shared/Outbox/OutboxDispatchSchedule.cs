using Hangfire;

namespace Renstra.Shared.Outbox;

/// <summary>
/// At most one dispatcher job per module and host, waiting or running: a burst of commits becomes one delivery run
/// that takes them all, instead of one job per commit that would each wait for the previous one's lock and hold a
/// Hangfire worker meanwhile. A commit while a run is under way enqueues nothing: the run reads the outbox once more
/// before it ends (<see cref="TryFinish"/>), so under a steady stream of commits one run delivers round after round
/// without a Hangfire enqueue, fetch and lock between them. Singleton per host; only a wake-up — the durable outbox
/// rows and the minute sweep carry the delivery, so several instances on one database need nothing of it.
/// </summary>
public sealed class OutboxDispatchSchedule<TContext>
    where TContext : Microsoft.EntityFrameworkCore.DbContext
{
    private const int Diam = 0;
    private const int Berjalan = 1; // a run is enqueued or running, and has not yet read what was committed since
    private const int AdaLagi = 2; // a commit came after the run's last read of the outbox

    private int _keadaan;

    /// <summary>Enqueues the dispatcher unless a run is waiting or running; a running one is told to read once more.</summary>
    public void Enqueue(IBackgroundJobClient jobs)
    {
        while (true)
        {
            var keadaan = Volatile.Read(ref _keadaan);
            if (keadaan == AdaLagi) return;
            if (Interlocked.CompareExchange(ref _keadaan, keadaan == Diam ? Berjalan : AdaLagi, keadaan) != keadaan) continue;
            if (keadaan == Berjalan) return;
            break;
        }
        try
        {
            jobs.Enqueue<OutboxDispatcher<TContext>>(d => d.DispatchAsync(CancellationToken.None));
        }
        catch
        {
            Volatile.Write(ref _keadaan, Diam);
            throw;
        }
    }

    /// <summary>Called by the dispatcher before each read of the outbox: what a commit asked for until now, this read takes.</summary>
    public void Started() => Volatile.Write(ref _keadaan, Berjalan);

    /// <summary>
    /// Called by the dispatcher when its last read found less than a full batch: true when the run may end (the next
    /// commit enqueues a new one), false when a commit came since that read (the run reads again).
    /// </summary>
    public bool TryFinish() => Interlocked.CompareExchange(ref _keadaan, Diam, Berjalan) == Berjalan;

    /// <summary>A run that ends by an error: the next commit enqueues a new run (the failed one's retry may come later).</summary>
    public void Stopped() => Volatile.Write(ref _keadaan, Diam);
}
