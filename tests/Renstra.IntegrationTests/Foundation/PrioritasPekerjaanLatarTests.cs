using System.Collections.Concurrent;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// Issue 9: background jobs (the outbox delivery, Kinerja's inbox and recompute) can run on threads of lower CPU priority
/// than requests (<c>Renstra:Jobs:Nice</c>), so that on a busy machine a PUT is not kept waiting by the follow-up work of the
/// PUTs before it; by default they run at the requests' priority, so that the follow-up keeps up with 200 writers.
/// </summary>
public sealed class PrioritasPekerjaanLatarTests
{
    /// <summary>Records the nice value of the thread a job starts on and of the one it goes on after a real await.</summary>
    public sealed class PekerjaanUji
    {
        internal static readonly ConcurrentDictionary<Guid, (int Mulai, int SetelahMenunggu)> Tercatat = new();

        public async Task CatatAsync(Guid id)
        {
            var mulai = NiceThreadIni();
            await Task.Delay(20);
            Tercatat[id] = (mulai, NiceThreadIni());
        }
    }

    [Fact]
    public async Task With_a_nice_value_a_background_job_and_what_follows_its_awaits_run_at_a_lower_priority_than_requests()
    {
        using var dasar = new RenstraApp();
        using var app = dasar.WithWebHostBuilder(b => b.UseSetting("Renstra:Jobs:Nice", "10"));
        Assert.Equal((10, 10), await JalankanAsync(app));
        Assert.Equal(0, NiceThreadIni());
    }

    [Fact]
    public async Task By_default_background_jobs_run_at_the_priority_of_requests()
    {
        // Since session 19: at nice 10 the follow-up fell behind 200 writers (docs/benchmarks.md, "PUT → capaian visible").
        using var app = new RenstraApp();
        Assert.Equal((0, 0), await JalankanAsync(app));
    }

    private static async Task<(int, int)> JalankanAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app)
    {
        using var client = app.CreateClient();
        (await client.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        var id = Guid.NewGuid();
        app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<PekerjaanUji>(p => p.CatatAsync(id));
        var batas = DateTime.UtcNow.AddSeconds(30);
        (int, int) hasil;
        while (!PekerjaanUji.Tercatat.TryGetValue(id, out hasil))
        {
            Assert.True(DateTime.UtcNow < batas, "pekerjaan latar tidak berjalan dalam 30 detik");
            await Task.Delay(50);
        }
        return hasil;
    }

    /// <summary>The calling thread's nice value (Linux: field 19 of its stat line; elsewhere 10 for below-normal priority).</summary>
    private static int NiceThreadIni()
    {
        if (!OperatingSystem.IsLinux()) return Thread.CurrentThread.Priority == ThreadPriority.BelowNormal ? 10 : 0;
        var stat = File.ReadAllText("/proc/thread-self/stat");
        // After the name in parentheses (which may hold spaces): state is field 3, nice field 19.
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);
    }
}
