using Hangfire.Processing;

namespace Renstra.Host.Hosting;

/// <summary>
/// The threads background jobs run on (<c>BackgroundJobServerOptions.TaskScheduler</c> of every Hangfire server of the
/// host): Hangfire's own <see cref="BackgroundTaskScheduler"/>, whose dedicated threads take a job's body and the
/// continuations that come back to it, with each thread's CPU priority lowered by <c>Renstra:Jobs:Nice</c> (default 0 since
/// session 19: the jobs on the thread pool, Hangfire's default — with the sheet PUT saving without EF's update pipeline,
/// jobs at nice 10 fell behind 200 writers and a PUT took up to 1.9 s to show in the capaian read; docs/benchmarks.md,
/// "PUT → capaian visible", Session 19). On a busy machine the operating system then gives the CPU to
/// requests first — a sheet PUT does not queue behind the delivery and the recompute of the PUTs before it — while an
/// idle core still runs the jobs at full speed (docs/benchmarks.md, "PUT → capaian visible", Session 16). Best effort: code after a
/// library's <c>ConfigureAwait(false)</c> that completed on another thread goes on on the thread pool; a job's step that
/// requests wait for (the outbox marks, which hold the module file's write turn) runs there on purpose.
/// </summary>
internal sealed partial class PenjadwalLatar : IDisposable
{
    public const string KunciNice = "Renstra:Jobs:Nice";

    private readonly BackgroundTaskScheduler? _latar;

    public PenjadwalLatar(IConfiguration configuration, ILogger<PenjadwalLatar> logger)
    {
        var nice = Math.Clamp(configuration.GetValue(KunciNice, 0), 0, 19);
        if (nice == 0) return;
        // Two jobs per core at once: the default workers, the recompute's worker and its parallel slots.
        var jumlah = Math.Max(2, Environment.ProcessorCount * 2);
        _latar = new BackgroundTaskScheduler(
            start => Enumerable.Range(1, jumlah).Select(i => new Thread(() =>
            {
                if (OperatingSystem.IsLinux()) Libc.TurunkanPrioritasThreadIni(nice);
                else Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
                start();
            })
            { IsBackground = true, Name = $"Pekerjaan latar #{i}" }).ToArray(),
            ex => LogGagal(logger, ex));
    }

    public TaskScheduler Penjadwal => (TaskScheduler?)_latar ?? TaskScheduler.Default;

    public void Dispose() => _latar?.Dispose();

    [LoggerMessage(Level = LogLevel.Critical, Message = "Penjadwal pekerjaan latar berhenti karena galat.")]
    private static partial void LogGagal(ILogger logger, Exception ex);
}
