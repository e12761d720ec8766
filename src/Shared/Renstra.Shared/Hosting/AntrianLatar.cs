namespace Renstra.Shared.Hosting;

/// <summary>
/// Hangfire queues besides <c>default</c>. A job others wait for gets a queue served by a worker of its own, so it never
/// waits behind the default queue's jobs: with two workers, a running outbox dispatcher and its next run (waiting for the
/// first one's lock) held both, and the capaian recompute waited seconds for a worker under write load (docs/benchmarks.md,
/// "PUT → capaian visible").
/// </summary>
public static class AntrianLatar
{
    /// <summary>The capaian recompute (<c>[Queue(AntrianLatar.HitungUlang)]</c> on its job method).</summary>
    public const string HitungUlang = "hitung-ulang";
}
