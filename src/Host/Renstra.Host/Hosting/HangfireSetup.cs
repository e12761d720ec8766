using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using System.Runtime.CompilerServices;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Hosting;
using Renstra.Shared.Outbox;
using Renstra.Shared.Persistence;

namespace Renstra.Host.Hosting;

internal static class HangfireSetup
{
    public static IServiceCollection AddRenstraHangfire(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseOptions.From(configuration);
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        // Registered explicitly so that every host (and every test server) has its own storage
        // instead of Hangfire's process-wide JobStorage.Current. Created lazily, after Hangfire's
        // global configuration has taken this host's logger factory: Hangfire's log provider is
        // static, and a storage built earlier would log through a previous (disposed) host's factory.
        services.AddSingleton<JobStorage>(sp =>
        {
            sp.GetRequiredService<IGlobalConfiguration>();
            return database.Provider == DatabaseProvider.SqlServer
                ? SqlServerStorage(database)
                : InMemoryStorage(configuration);
        });
        services.AddSingleton<PenjadwalLatar>();
        services.AddHangfireServer((sp, o) =>
        {
            o.TaskScheduler = sp.GetRequiredService<PenjadwalLatar>().Penjadwal;
            o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            o.ShutdownTimeout = TimeSpan.FromSeconds(15);
        });
        // The recompute's own worker (only workers: the server above runs the schedulers). A recompute enqueued while one
        // runs waits in this queue, not on the running one's lock in a default worker.
        services.AddHangfireServer((sp, o) =>
        {
            o.TaskScheduler = sp.GetRequiredService<PenjadwalLatar>().Penjadwal;
            o.ServerName = $"{Environment.MachineName}:{AntrianLatar.HitungUlang}:{Environment.ProcessId}";
            o.Queues = [AntrianLatar.HitungUlang];
            o.WorkerCount = 1;
            o.IsLightweightServer = true;
            o.ShutdownTimeout = TimeSpan.FromSeconds(15);
        });
        return services;
    }

    /// <summary>How long a finished (succeeded or deleted) job stays in the embedded storage; failed jobs stay until retried or deleted.</summary>
    internal static TimeSpan FinishedJobRetention(IConfiguration configuration) =>
        TimeSpan.FromMinutes(Math.Max(0, configuration.GetValue("Renstra:Jobs:FinishedRetentionMinutes", 15.0)));

    /// <summary>
    /// Embedded default: jobs live in memory; every durable fact lives in the modules' outbox tables, and the outbox
    /// sweep re-delivers whatever a restart interrupted. A finished job is kept only for
    /// <see cref="FinishedJobRetention"/> (Hangfire's default is a day, capped here at 6 h): the commits and minute
    /// sweeps of a working day finish thousands of jobs, each ≈ 1 KB with its state history, and nothing reads them
    /// but the dashboard's "Succeeded" list. Waiting, running, scheduled and failed jobs never expire.
    /// </summary>
    private static JobStorage InMemoryStorage(IConfiguration configuration) =>
        new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) })
        {
            JobExpirationTimeout = FinishedJobRetention(configuration),
        };

    /// <summary>In a method of its own so that the SQLite default never loads Hangfire.SqlServer.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JobStorage SqlServerStorage(DatabaseOptions database) =>
        new SqlServerStorage(database.SqlServerConnectionString(), new SqlServerStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
        });

    /// <summary>
    /// The sweep of every module's outbox: catches what a crash left undelivered. Runs once at start
    /// (so a message committed just before a crash is delivered right after the restart) and then on
    /// <c>Renstra:Outbox:SweepCron</c> (default every minute; <c>off</c> disables the recurring sweep,
    /// as the crash test does to keep the first app from delivering).
    /// </summary>
    public static void ScheduleOutboxSweeps(this IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var cron = configuration["Renstra:Outbox:SweepCron"] is { Length: > 0 } c ? c : Cron.Minutely();
        var sweepOnStart = configuration.GetValue("Renstra:Outbox:SweepOnStart", true);
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        var jobs = services.GetRequiredService<IBackgroundJobClient>();
        foreach (var database in services.GetServices<IModuleDatabase>())
        {
            if (!HasOutbox(services, database.ContextType)) continue;
            var dispatcher = typeof(OutboxDispatcher<>).MakeGenericType(database.ContextType);
            var job = new Hangfire.Common.Job(dispatcher, dispatcher.GetMethod(nameof(OutboxDispatcher<Microsoft.EntityFrameworkCore.DbContext>.DispatchAsync))!, CancellationToken.None);
            var id = $"outbox-{database.ModuleName.ToLowerInvariant()}";
            if (string.Equals(cron, "off", StringComparison.OrdinalIgnoreCase)) recurring.RemoveIfExists(id);
            else recurring.AddOrUpdate(id, job, cron);
            if (sweepOnStart) jobs.Create(job, new Hangfire.States.EnqueuedState());
        }
    }

    /// <summary>The host's own user database has no outbox; sweeping it would fail every minute.</summary>
    private static bool HasOutbox(IServiceProvider services, Type contextType)
    {
        using var scope = services.CreateScope();
        var db = (Microsoft.EntityFrameworkCore.DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        return db.Model.FindEntityType(typeof(OutboxMessage)) is not null;
    }

    public static IEndpointRouteBuilder MapRenstraHangfireDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            DashboardTitle = "Renstra.Modular — pekerjaan latar",
            DisplayStorageConnectionString = false,
        }, endpoints.ServiceProvider.GetRequiredService<JobStorage>())
            .RequireAuthorization(KebijakanAkses.Admin);
        return endpoints;
    }

    /// <summary>The dashboard is for administrators signed in to the web UI (cookie) or with a token.</summary>
    private sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.IsInRole(Peran.Admin);
    }
}
