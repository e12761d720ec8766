using Renstra.Shared.Hosting;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// Issue 9, session 12: the follow-up work of a write (delivery, recompute) runs on threads of a lowered OS priority, so
/// that the PUTs whose callers wait get the cores first — all of it, not only its first step, and its slots side by side.
/// </summary>
public sealed class PenjadwalLatarTests
{
    [Fact]
    public async Task Work_and_every_continuation_of_it_run_at_the_lowered_priority_while_the_caller_keeps_its_own()
    {
        using var latar = new PenjadwalLatar(10);
        Assert.Equal(OperatingSystem.IsLinux(), latar.Aktif);
        if (!latar.Aktif) return; // setpriority per thread: Linux only; elsewhere the work runs on the thread pool.
        var niceSendiri = PenjadwalLatar.NiceThreadIni();
        var terlihat = new List<int>();
        await latar.JalankanAsync(async () =>
        {
            terlihat.Add(PenjadwalLatar.NiceThreadIni());
            await Task.Delay(20);
            terlihat.Add(PenjadwalLatar.NiceThreadIni());
            await Task.Yield();
            terlihat.Add(PenjadwalLatar.NiceThreadIni());
        });
        Assert.Equal([10, 10, 10], terlihat);
        Assert.Equal(niceSendiri, PenjadwalLatar.NiceThreadIni());
    }

    [Fact]
    public async Task Two_works_that_block_their_thread_run_side_by_side()
    {
        // The recompute's slots compute synchronously for seconds: one must not wait for the other's thread.
        using var latar = new PenjadwalLatar(10);
        using var bertemu = new Barrier(2);
        var bertemuDalamWaktu = new bool[2];
        await Task.WhenAll(Enumerable.Range(0, 2).Select(i => latar.JalankanAsync(() =>
        {
            bertemuDalamWaktu[i] = bertemu.SignalAndWait(TimeSpan.FromSeconds(10));
            return Task.CompletedTask;
        })));
        Assert.Equal([true, true], bertemuDalamWaktu);
    }

    [Fact]
    public async Task Nice_zero_runs_the_work_on_the_thread_pool_as_before()
    {
        using var latar = new PenjadwalLatar(0);
        Assert.False(latar.Aktif);
        var diPool = false;
        await latar.JalankanAsync(() =>
        {
            diPool = Thread.CurrentThread.IsThreadPoolThread;
            return Task.CompletedTask;
        });
        Assert.True(diPool);
    }
}
