using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;

namespace Renstra.Shared.Hosting;

/// <summary>
/// Runs the follow-up work of a write — the outbox delivery (and with it Kinerja's inbox batch) and the capaian recompute —
/// on threads of their own whose OS priority is lowered (Linux: <c>setpriority</c> of the thread to
/// <c>Renstra:Latar:Nice</c>, default 10), so that on a machine whose cores are busy the requests, whose callers wait,
/// get the CPU first and the follow-up work takes what they leave. Under 20 writers on two cores the follow-up work was
/// more than half of the host's CPU per accepted PUT (docs/benchmarks.md, "Session 12"). Every continuation of the work
/// stays on these threads (an <c>await</c> resumes on the current <see cref="TaskScheduler"/>); what is awaited elsewhere
/// (a flush, a timer) comes back here. The threads start when work comes, at most <see cref="BatasThread"/>, and end
/// after <see cref="LamaSenggang"/> without work. <c>Renstra:Latar:Nice=0</c>, or any OS other than Linux, runs the
/// work on the thread pool as before. A lowered priority cannot be raised again without privileges, so these threads
/// never run anything else.
/// </summary>
public sealed partial class PenjadwalLatar : TaskScheduler, IDisposable
{
    /// <summary>The configuration key of the threads' nice value (0–19; 0 = the thread pool, no threads of its own).</summary>
    public const string KunciNice = "Renstra:Latar:Nice";

    /// <summary>Enough for the recompute's slots, a delivery and a spare; the slots compute synchronously for seconds.</summary>
    private static readonly int BatasThread = Math.Max(4, Environment.ProcessorCount + 2);

    private static readonly TimeSpan LamaSenggang = TimeSpan.FromSeconds(30);

    private readonly BlockingCollection<Task> _antrean = [];
    private readonly int _nice;
    private int _thread;
    private int _senggang;

    public PenjadwalLatar(IConfiguration configuration)
        : this(configuration.GetValue(KunciNice, 10))
    {
    }

    public PenjadwalLatar(int nice)
    {
        _nice = OperatingSystem.IsLinux() ? Math.Clamp(nice, 0, 19) : 0;
    }

    /// <summary>False: the work runs on the thread pool (nice 0 or not Linux).</summary>
    public bool Aktif => _nice > 0;

    /// <summary>
    /// Starts <paramref name="kerja"/> on a lowered thread (its continuations stay on them); inactive, on the thread pool.
    /// Each call is work of its own that may run beside the caller's (the recompute's slots).
    /// </summary>
    public Task JalankanAsync(Func<Task> kerja) =>
        Aktif
            ? KembaliDariLatarAsync(Task.Factory.StartNew(kerja, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap())
            : Task.Run(kerja);

    /// <summary>The caller's continuation must not run inline on the lowered thread that finished the work.</summary>
    private static async Task KembaliDariLatarAsync(Task kerja) => await kerja.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);

    /// <summary>The nice value of the calling thread (Linux), for tests.</summary>
    public static int NiceThreadIni() => OperatingSystem.IsLinux() ? Posix.GetPriority(Posix.PrioProcess, Posix.GetTid()) : 0;

    protected override void QueueTask(Task task)
    {
        try
        {
            _antrean.Add(task);
        }
        catch (InvalidOperationException)
        {
            // The host is stopping (Dispose): the last work runs on the thread pool.
            ThreadPool.UnsafeQueueUserWorkItem(t => TryExecuteTask(t), task, preferLocal: false);
            return;
        }
        // More work waiting than threads waiting for it: one more thread, up to the bound (the others are busy, e.g. a
        // recompute slot computing for seconds).
        if (_antrean.Count > Volatile.Read(ref _senggang)) TambahThread();
    }

    /// <summary>Never inline: the caller may be a request's thread, whose priority must stay.</summary>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    protected override IEnumerable<Task> GetScheduledTasks() => _antrean.ToArray();

    public override int MaximumConcurrencyLevel => BatasThread;

    private void Kerja()
    {
        _ = Posix.SetPriority(Posix.PrioProcess, Posix.GetTid(), _nice);
        try
        {
            while (true)
            {
                Interlocked.Increment(ref _senggang);
                bool ada;
                Task? task;
                try
                {
                    ada = _antrean.TryTake(out task, LamaSenggang);
                }
                finally
                {
                    Interlocked.Decrement(ref _senggang);
                }
                if (!ada) return;
                TryExecuteTask(task!);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _thread);
            // Work queued while this thread was deciding to end finds a thread.
            if (_antrean.Count > Volatile.Read(ref _senggang)) TambahThread();
        }
    }

    private void TambahThread()
    {
        while (true)
        {
            var jumlah = Volatile.Read(ref _thread);
            if (jumlah >= BatasThread) return;
            if (Interlocked.CompareExchange(ref _thread, jumlah + 1, jumlah) != jumlah) continue;
            new Thread(Kerja) { IsBackground = true, Name = "Renstra latar" }.Start();
            return;
        }
    }

    public void Dispose()
    {
        _antrean.CompleteAdding();
    }

    private static partial class Posix
    {
        public const int PrioProcess = 0;

        [LibraryImport("libc", EntryPoint = "gettid")]
        internal static partial int GetTid();

        [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
        internal static partial int SetPriority(int which, int who, int prio);

        [LibraryImport("libc", EntryPoint = "getpriority", SetLastError = true)]
        internal static partial int GetPriority(int which, int who);
    }
}
