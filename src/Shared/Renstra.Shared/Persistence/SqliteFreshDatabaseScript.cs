using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Renstra.Shared.Persistence;

/// <summary>
/// A brand-new SQLite database gets all of its module's migrations from one script, generated beforehand by EF from
/// those same migrations (<c>Data/Migrations/Sqlite/FreshDatabase.sql</c>, embedded in the module's assembly) and run
/// in one transaction. Step by step, EF would build every migration's target model to generate its SQL and commit
/// each migration on its own — most of a first start's migration time (docs/benchmarks.md, "Cold start").
/// FreshDatabaseScriptTests proves the script is current and leaves the same schema and migration history as
/// <c>MigrateAsync</c>; a database that has anything in it always migrates step by step.
/// </summary>
public static class SqliteFreshDatabaseScript
{
    /// <summary>Where the script lives in a module project (embedded by Directory.Build.props).</summary>
    public const string FileName = "FreshDatabase.sql";

    /// <summary>The script as EF generates it today from the context's migrations: no transactions (the caller has one).</summary>
    public static string Generate(DbContext db) =>
        db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.NoTransactions);

    /// <summary>The script embedded in <paramref name="assembly"/>, or null when it has none.</summary>
    public static string? Load(Assembly assembly)
    {
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(".Data.Migrations.Sqlite." + FileName, StringComparison.Ordinal));
        if (name is null) return null;
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Runs the script embedded in <paramref name="migrationsAssembly"/> when the database is empty; false (nothing
    /// written) when it is not or there is no script. Under EF's own migration lock, so an instance starting at the same
    /// moment with <c>MigrateAsync</c> waits, then finds nothing pending; the emptiness is checked again once the lock is held.
    /// </summary>
    public static async Task<bool> TryApplyAsync(DbContext db, Assembly migrationsAssembly, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (!await IsEmptyAsync(connection, cancellationToken) || Load(migrationsAssembly) is not { } script) return false;
            var history = db.GetService<IHistoryRepository>();
            await using var migrationLock = await history.AcquireDatabaseLockAsync(cancellationToken);
            if (!await IsEmptyAsync(connection, cancellationToken)) return false;
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = script;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Nothing in the database but EF's migration lock table (which the lock itself creates).</summary>
    private static async Task<bool> IsEmptyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name <> '__EFMigrationsLock';";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0;
    }
}
