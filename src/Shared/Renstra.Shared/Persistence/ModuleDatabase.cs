using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Renstra.Shared.Persistence;

/// <summary>A module's database, migrated by the host on start.</summary>
public interface IModuleDatabase
{
    string ModuleName { get; }

    Type ContextType { get; }

    /// <summary>Applies the pending migrations; <see cref="MigrationOutcome.UpToDate"/> (and no migration lock taken) when none is pending.</summary>
    Task<MigrationOutcome> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}

/// <summary>What a start did to a module's database.</summary>
public enum MigrationOutcome
{
    /// <summary>Nothing was pending.</summary>
    UpToDate,

    /// <summary>EF applied the pending migrations one by one.</summary>
    Migrated,

    /// <summary>A brand-new SQLite database got all migrations at once from <see cref="SqliteFreshDatabaseScript"/>.</summary>
    CreatedFromScript,
}

/// <param name="moduleName">The module's name (its SQLite file's name).</param>
/// <param name="migrationsAssembly">SQLite: the assembly holding the module's <see cref="SqliteFreshDatabaseScript"/>, for a database that is still empty.</param>
public sealed class ModuleDatabase<TContext>(string moduleName, Assembly? migrationsAssembly = null) : IModuleDatabase
    where TContext : DbContext
{
    public string ModuleName { get; } = moduleName;

    public Type ContextType => typeof(TContext);

    public async Task<MigrationOutcome> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var fromScript = false;
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer commits; the busy timeout makes writers queue
            // instead of failing with "database is locked".
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                var connection = (SqliteConnection)db.Database.GetDbConnection();
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA journal_mode=WAL;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
            fromScript = migrationsAssembly is not null && await SqliteFreshDatabaseScript.TryApplyAsync(db, migrationsAssembly, cancellationToken);
        }
        // A restart with nothing pending skips MigrateAsync's lock table and its writes: one read of the history. After the
        // script the same read makes sure: a script behind its migrations (FreshDatabaseScriptTests fails then) is caught up.
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            return fromScript ? MigrationOutcome.CreatedFromScript : MigrationOutcome.UpToDate;
        await db.Database.MigrateAsync(cancellationToken);
        return MigrationOutcome.Migrated;
    }
}
