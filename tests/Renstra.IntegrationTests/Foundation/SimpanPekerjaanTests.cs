using Hangfire;
using Hangfire.States;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Web.Capaian;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// Issue 13, memory: the embedded job storage forgets finished jobs after a short retention instead of holding a day's
/// thousands of them, while everything a person or the UI still needs — waiting jobs, failed jobs — stays.
/// </summary>
public sealed class SimpanPekerjaanTests
{
    /// <summary>Jobs the test enqueues on the host's own Hangfire server.</summary>
    public sealed class PekerjaanUji
    {
        public void Berhasil()
        {
        }

        [AutomaticRetry(Attempts = 0)]
        public void Gagal() => throw new InvalidOperationException("gagal untuk uji");
    }

    [Fact]
    public async Task A_finished_job_is_forgotten_after_the_retention_but_failed_and_waiting_jobs_stay_and_are_counted()
    {
        using var dasar = new RenstraApp();
        // 0.02 minute = 1.2 s; the storage evicts expired entries every 5 s.
        using var app = dasar.WithWebHostBuilder(b => b.UseSetting("Renstra:Jobs:FinishedRetentionMinutes", "0.02"));
        using var client = app.CreateClient();
        (await client.GetAsync("/health")).EnsureSuccessStatusCode();
        var storage = app.Services.GetRequiredService<JobStorage>();
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var monitor = storage.GetMonitoringApi();

        var berhasil = jobs.Enqueue<PekerjaanUji>(p => p.Berhasil());
        var gagal = jobs.Enqueue<PekerjaanUji>(p => p.Gagal());
        // A queue no server of this host serves: the job waits, as a recompute waits behind a running one.
        var menunggu = jobs.Create<PekerjaanUji>(p => p.Berhasil(), new EnqueuedState("tidak-dilayani"));

        // The succeeded job may already be forgotten when first looked at; the storage's counter keeps that it ran.
        await SampaiAsync(() => monitor.GetStatistics().Succeeded >= 1
                               && monitor.JobDetails(gagal)?.History.FirstOrDefault()?.StateName == FailedState.StateName);
        await SampaiAsync(() => monitor.JobDetails(berhasil) is null);

        Assert.Equal(FailedState.StateName, monitor.JobDetails(gagal)?.History.FirstOrDefault()?.StateName);
        Assert.Contains(monitor.FailedJobs(0, 10), j => j.Key == gagal);
        Assert.Equal(EnqueuedState.StateName, monitor.JobDetails(menunggu)?.History.FirstOrDefault()?.StateName);
        using var scope = app.Services.CreateScope();
        // What the dashboard's "pekerjaan latar" notice reads: the waiting job is still counted.
        Assert.True(scope.ServiceProvider.GetRequiredService<StatusPekerjaan>().Baca().Antre >= 1);
    }

    private static async Task SampaiAsync(Func<bool> kondisi)
    {
        var batas = DateTime.UtcNow.AddSeconds(30);
        while (!kondisi())
        {
            Assert.True(DateTime.UtcNow < batas, "kondisi tidak tercapai dalam 30 detik");
            await Task.Delay(100);
        }
    }
}
