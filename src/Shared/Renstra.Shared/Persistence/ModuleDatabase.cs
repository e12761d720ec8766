using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Renstra.Shared.Persistence;

/// <summary>A module's database, migrated by the host on start.</summary>
public interface IModuleDatabase
{
    string ModuleName { get; }

    Type ContextType { get; }

    /// <summary>Applies the pending migrations; false (and no migration lock taken) when none is pending.</summary>
    Task<bool> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}

public sealed class ModuleDatabase<TContext>(string moduleName) : IModuleDatabase
    where TContext : DbContext
{
    public string ModuleName { get; } = moduleName;

    public Type ContextType => typeof(TContext);

    public async Task<bool> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
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
        }
        // A restart with nothing pending skips MigrateAsync's lock table and its writes: one read of the history.
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any()) return false;
        await db.Database.MigrateAsync(cancellationToken);
        return true;
    }
}
