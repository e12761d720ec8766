using System.Diagnostics;
using Renstra.Shared.Hosting;
using Renstra.Shared.Persistence;

namespace Renstra.Host.Hosting;

internal static partial class StartupRunner
{
    /// <summary>
    /// Migrates every module's database that has migrations pending (with the <see cref="IStartupWarmUp"/>s beside them),
    /// then runs the modules' start-up tasks; the host listens only after all of it (docs/architecture.md "Start").
    /// Each step's time is logged at Debug (category <c>Renstra.Startup</c>; docs/benchmarks.md "Cold start").
    /// </summary>
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Renstra.Startup");
        LogStep(logger, "process start to host built", SinceProcessStart());
        var total = Stopwatch.StartNew();
        var warmUps = Task.Run(() => WarmUp(app.Services, logger), cancellationToken);
        await MigrateAllAsync(app.Services, logger, cancellationToken);
        LogStep(logger, "all migrations", total.Elapsed.TotalMilliseconds);
        await RunStartupTasksAsync(app.Services, logger, cancellationToken);
        await warmUps;
        var sweeps = Stopwatch.StartNew();
        app.Services.ScheduleOutboxSweeps();
        LogStep(logger, "outbox sweeps scheduled", sweeps.Elapsed.TotalMilliseconds);
        LogStep(logger, "prepare (migrations and start-up tasks)", total.Elapsed.TotalMilliseconds);
        app.Lifetime.ApplicationStarted.Register(() =>
            LogStep(logger, "process start to listening", SinceProcessStart()));
    }

    private static double SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime).TotalMilliseconds;
    }

    private static void WarmUp(IServiceProvider services, ILogger logger)
    {
        foreach (var warmUp in services.GetServices<IStartupWarmUp>())
        {
            var step = Stopwatch.StartNew();
            warmUp.WarmUp();
            LogStep(logger, warmUp.GetType().Name, step.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Side by side when every module has its own database (<see cref="DatabaseOptions.FilePerModule"/>).</summary>
    private static async Task MigrateAllAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var databases = services.GetServices<IModuleDatabase>().ToList();
        if (services.GetRequiredService<DatabaseOptions>().FilePerModule)
        {
            await Task.WhenAll(databases.Select(d => Task.Run(() => MigrateAsync(d, services, logger, cancellationToken), cancellationToken)));
            return;
        }
        foreach (var database in databases) await MigrateAsync(database, services, logger, cancellationToken);
    }

    /// <summary>
    /// The tasks of one module (one assembly) run in their registration order, in a scope of their own; different
    /// modules' tasks touch different databases and run side by side (e.g. the demo users' password hashing beside
    /// Kinerja's rules import).
    /// </summary>
    internal static async Task RunStartupTasksAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        List<System.Reflection.Assembly> modules;
        using (var scope = services.CreateScope())
            modules = scope.ServiceProvider.GetServices<IStartupTask>().Select(t => t.GetType().Assembly).Distinct().ToList();
        await Task.WhenAll(modules.Select(module => Task.Run(async () =>
        {
            using var scope = services.CreateScope();
            foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().Where(t => t.GetType().Assembly == module))
            {
                var step = Stopwatch.StartNew();
                await task.RunAsync(cancellationToken);
                LogStep(logger, task.GetType().Name, step.Elapsed.TotalMilliseconds);
            }
        }, cancellationToken)));
    }

    private static async Task MigrateAsync(IModuleDatabase database, IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var step = Stopwatch.StartNew();
        var outcome = await database.MigrateAsync(services, cancellationToken);
        if (outcome != MigrationOutcome.UpToDate) LogMigrated(logger, database.ModuleName);
        LogStep(logger, $"database {database.ModuleName} ({outcome switch
        {
            MigrationOutcome.CreatedFromScript => "created from its migrations' script",
            MigrationOutcome.Migrated => "migrated",
            _ => "up to date",
        }})", step.Elapsed.TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of module {Module} is migrated")]
    private static partial void LogMigrated(ILogger logger, string module);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up step {Step}: {Milliseconds:F0} ms")]
    private static partial void LogStep(ILogger logger, string step, double milliseconds);
}
