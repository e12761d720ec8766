using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Renstra.Shared.Persistence;

/// <summary>
/// Puts a module's SQLite connections on <see cref="KomitBersama"/>: each physical connection gets
/// <c>synchronous=NORMAL</c> once, and every commit waits for the shared flush before it returns — an EF
/// transaction (explicit, or the one <c>SaveChanges</c> always opens here) and a statement that changed rows
/// outside any transaction (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>). Nothing reports a commit before its
/// flush: the caller's <c>await CommitAsync()</c> / <c>SaveChangesAsync()</c> is the point of durability, as with FULL.
/// </summary>
public sealed class KomitBersamaInterceptor(KomitBersama komit) : DbConnectionInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor, IDbCommandInterceptor
{
    private static readonly ConditionalWeakTable<object, object> Disetel = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Setel(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Setel(connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// With a transaction around every SaveChanges (a single statement would otherwise run in SQLite's
    /// autocommit, out of this interceptor's sight), its commit is where the flush is awaited.
    /// </summary>
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        SetelahKomitAsync(eventData.Context?.Database.GetDbConnection()).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        SetelahKomitAsync(eventData.Context?.Database.GetDbConnection());

    /// <summary>The next writer of this process may begin (SQLite's lock is free); this one waits for its flush.</summary>
    private Task SetelahKomitAsync(DbConnection? connection)
    {
        if (connection is SqliteConnection { DataSource: { Length: > 0 } berkas }) GerbangTulisSqlite.Selesai(Path.GetFullPath(berkas));
        return TungguAsync(connection);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (command.Transaction is null && result > 0) TungguAsync(command.Connection).GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null && result > 0) await TungguAsync(command.Connection);
        return result;
    }

    private Task TungguAsync(DbConnection? connection) => komit.TungguTahanLamaAsync(connection);

    /// <summary>Once per physical connection (a pooled connection keeps its handle, and its setting, between opens).</summary>
    private static void Setel(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Disetel.TryGetValue(handle, out _)) return;
        using var perintah = sqlite.CreateCommand();
        perintah.CommandText = "PRAGMA synchronous=NORMAL;";
        perintah.ExecuteNonQuery();
        Disetel.AddOrUpdate(handle, handle);
    }
}
