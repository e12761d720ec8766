using Renstra.Shared.Hosting;
using Renstra.Shared.Persistence;

namespace Renstra.Host.Hosting;

internal static partial class StartupRunner
{
    /// <summary>Migrates every module's database that has migrations pending, then runs the modules' start-up tasks in order.</summary>
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Renstra.Startup");
        foreach (var database in app.Services.GetServices<IModuleDatabase>())
        {
            if (await database.MigrateAsync(app.Services, cancellationToken)) LogMigrated(logger, database.ModuleName);
        }
        using var scope = app.Services.CreateScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
            await task.RunAsync(cancellationToken);
        app.Services.ScheduleOutboxSweeps();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of module {Module} is migrated")]
    private static partial void LogMigrated(ILogger logger, string module);
}
