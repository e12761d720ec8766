using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Outbox;
using Renstra.Shared.Persistence;

namespace Renstra.Host.Hosting;

internal static class HangfireSetup
{
    public static IServiceCollection AddRenstraHangfire(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseOptions.From(configuration);
        // Registered in DI (built lazily, after this host's Hangfire configuration has set its log
        // provider) so that every host — and every test server in one process — has its own storage
        // instead of Hangfire's process-wide JobStorage.Current.
        services.AddSingleton<JobStorage>(sp =>
        {
            _ = sp.GetRequiredService<IGlobalConfiguration>();
            return database.Provider == DatabaseProvider.SqlServer
                ? new SqlServerStorage(database.SqlServerConnectionString(), new SqlServerStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                })
                // Embedded default: jobs live in memory; every durable fact lives in the modules' outbox
                // tables, and the outbox sweep re-delivers whatever a restart interrupted.
                : new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) });
        });
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((_, o) =>
        {
            o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            o.ShutdownTimeout = TimeSpan.FromSeconds(15);
        });
        return services;
    }

    /// <summary>The minute sweep of every module's outbox: catches what a crash left undelivered.</summary>
    public static void ScheduleOutboxSweeps(this IServiceProvider services)
    {
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        foreach (var database in services.GetServices<IModuleDatabase>())
        {
            var dispatcher = typeof(OutboxDispatcher<>).MakeGenericType(database.ContextType);
            var job = new Hangfire.Common.Job(dispatcher, dispatcher.GetMethod(nameof(OutboxDispatcher<Microsoft.EntityFrameworkCore.DbContext>.DispatchAsync))!, CancellationToken.None);
            recurring.AddOrUpdate($"outbox-{database.ModuleName.ToLowerInvariant()}", job, Cron.Minutely());
        }
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
