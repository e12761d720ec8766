using System.Data.Common;
using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Renstra.Shared.Persistence;

/// <summary>
/// An interceptor that acts after its context's transaction committed (EF Core's <c>TransactionCommitted</c>), told
/// the same when its context's changes were committed by the transaction of another writer's batch
/// (<see cref="GerbangTulisSqlite.TulisBersamaAsync{T}"/>), which EF Core does not report to it.
/// </summary>
public interface IPengamatKomit
{
    /// <summary>The changes <paramref name="context"/> saved are committed and durable.</summary>
    void Terkomit(DbContext context);
}

public static partial class GerbangTulisSqlite
{
    /// <summary>
    /// Most writes one transaction takes (≈ 1.5 ms each on the benchmark machine): a writer that asked to go first (the
    /// outbox dispatcher's marks) waits for at most one batch. 64 against 32: more accepted writes/s at 200 writers in two
    /// pairs of runs (docs/benchmarks.md, "Session 9").
    /// </summary>
    public const int BatasGabungan = 64;

    private static readonly Histogram<int> Gabungan = Meter.CreateHistogram<int>("renstra.tulis.gabungan", "{tulis}",
        "Writes committed by one transaction of a SQLite file");

    /// <summary>
    /// Runs <paramref name="tulis"/> as a write of <paramref name="db"/>'s database inside a transaction that is current on
    /// <paramref name="db"/> while it runs: <paramref name="tulis"/> saves its changes, and neither commits nor rolls back.
    /// Completes once the commit is durable, with <paramref name="tulis"/>'s result or exception (its changes then
    /// rolled back and no longer tracked, also those added to <paramref name="db"/> before the call). On a SQLite file
    /// the writer that gets the turn runs the writes waiting for it too, one after another, each inside its own
    /// savepoint, and commits them all at once (docs/architecture.md, "How a PUT is written"); each write runs in its
    /// own caller's execution context and on its own context (its user, audit, outbox), only the connection and
    /// transaction are shared. A write taken into a batch is no longer cancelled.
    /// On SQL Server: one transaction per write.
    /// </summary>
    public static async Task<T> TulisBersamaAsync<T>(DbContext db, Func<CancellationToken, Task<T>> tulis, CancellationToken cancellationToken)
    {
        try
        {
            return await TulisSendiriAtauBersamaAsync(db, tulis, cancellationToken);
        }
        catch
        {
            // Nothing of the write was stored (refused, lost a race, cancelled while it waited, or its batch's commit
            // failed): nothing of it stays tracked either, so a retry or the caller's next save starts clean.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private static async Task<T> TulisSendiriAtauBersamaAsync<T>(DbContext db, Func<CancellationToken, Task<T>> tulis, CancellationToken cancellationToken)
    {
        if (GiliranBaru(db) is not { } giliran)
        {
            await using var transaksi = await db.Database.BeginTransactionAsync(cancellationToken);
            var hasil = await tulis(cancellationToken);
            await transaksi.CommitAsync(cancellationToken);
            return hasil;
        }
        Sekarang.Value = giliran;
        var titipan = new Titipan<T>(db, tulis);
        if (!await giliran.TungguAsync(titipan, cancellationToken))
        {
            // Run and committed by the writer that held the turn: the interceptors its transaction did not reach.
            var hasil = await titipan.Hasil;
            foreach (var pengamat in db.InterseptorBerperan<IPengamatKomit>()) pengamat.Terkomit(db);
            return hasil;
        }
        using (giliran) await JalankanAsync(db, giliran, titipan, cancellationToken);
        return await titipan.Hasil;
    }

    /// <summary>
    /// The holder's batch: its own write, then those waiting, to the bound; one commit; every write answered. Alone, the
    /// holder's write is cancelled by its own request as before (a PUT cut off before its commit stores nothing); a
    /// batch that holds others' writes is cancelled by no one.
    /// </summary>
    private static async Task JalankanAsync(DbContext db, Giliran giliran, Titipan sendiri, CancellationToken cancellationToken)
    {
        List<Titipan> batch = [sendiri];
        Exception? galat = null;
        try
        {
            await using var transaksi = await db.Database.BeginTransactionAsync(cancellationToken);
            await sendiri.JalankanAsync(transaksi, 1, cancellationToken);
            while (batch.Count < BatasGabungan && giliran.AmbilTitipan() is { } lain)
            {
                batch.Add(lain);
                await lain.JalankanAsync(transaksi, batch.Count, CancellationToken.None);
            }
            await transaksi.CommitAsync(batch.Count == 1 ? cancellationToken : CancellationToken.None);
        }
        catch (Exception e)
        {
            // Nothing of the batch was committed (a failed savepoint or commit ends the whole transaction).
            galat = e;
        }
        if (Gabungan.Enabled) Gabungan.Record(batch.Count);
        foreach (var titipan in batch) titipan.Jawab(galat);
    }

    /// <summary>One write waiting for its file: run by whichever writer holds the turn.</summary>
    private abstract class Titipan
    {
        /// <summary>Runs the write inside <paramref name="transaksi"/> under a savepoint of its own; a write that fails is
        /// rolled back to it and keeps its exception. Throws only when the transaction itself failed.</summary>
        public abstract Task JalankanAsync(IDbContextTransaction transaksi, int nomor, CancellationToken cancellationToken);

        /// <summary>The batch is over: its commit failed with <paramref name="galatKomit"/>, or it is durable.</summary>
        public abstract void Jawab(Exception? galatKomit);
    }

    private sealed class Titipan<T>(DbContext db, Func<CancellationToken, Task<T>> tulis) : Titipan
    {
        private readonly ExecutionContext? _konteks = ExecutionContext.Capture();
        private readonly TaskCompletionSource<T> _hasil = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _nilai;
        private Exception? _galat;

        public Task<T> Hasil => _hasil.Task;

        public override async Task JalankanAsync(IDbContextTransaction transaksi, int nomor, CancellationToken cancellationToken)
        {
            var titik = "tulis" + nomor;
            await transaksi.CreateSavepointAsync(titik, CancellationToken.None);
            // This savepoint already takes back all of a write that fails: EF's own around each SaveChanges in a
            // transaction (two more statements per write, on the file's single writer) would only repeat it.
            var savepointEf = db.Database.AutoSavepointsEnabled;
            db.Database.AutoSavepointsEnabled = false;
            try
            {
                _nilai = await DiKonteksnyaAsync(transaksi, cancellationToken);
            }
            catch (Exception e)
            {
                _galat = e; // its context is cleared by its own flow (TulisBersamaAsync)
                // Only the holder's own write, first in the batch, has a token: SQLite may have ended the transaction
                // at the interrupt, and there is nothing else in it to keep.
                if (e is OperationCanceledException && cancellationToken.IsCancellationRequested) throw;
                await transaksi.RollbackToSavepointAsync(titik, CancellationToken.None);
            }
            finally
            {
                db.Database.AutoSavepointsEnabled = savepointEf;
            }
            await transaksi.ReleaseSavepointAsync(titik, CancellationToken.None);
        }

        public override void Jawab(Exception? galatKomit)
        {
            if ((galatKomit ?? _galat) is { } galat) _hasil.TrySetException(galat);
            else _hasil.TrySetResult(_nilai!);
        }

        /// <summary>In the caller's own execution context (its request, user, turn), on its own context.</summary>
        private Task<T> DiKonteksnyaAsync(IDbContextTransaction transaksi, CancellationToken cancellationToken)
        {
            if (db.Database.CurrentTransaction == transaksi) return tulis(cancellationToken);
            if (_konteks is null) return PinjamAsync(transaksi.GetDbTransaction());
            Task<T>? tugas = null;
            ExecutionContext.Run(_konteks, _ => tugas = PinjamAsync(transaksi.GetDbTransaction()), null);
            return tugas!;
        }

        /// <summary>This writer's context on the holder's connection and transaction, for the write only.</summary>
        private async Task<T> PinjamAsync(DbTransaction transaksi)
        {
            var asal = db.Database.GetConnectionString();
            db.Database.SetDbConnection(transaksi.Connection, contextOwnsConnection: false);
            try
            {
                await db.Database.UseTransactionAsync(transaksi, CancellationToken.None);
                return await tulis(CancellationToken.None);
            }
            finally
            {
                await db.Database.UseTransactionAsync(null, CancellationToken.None);
                await db.Database.CloseConnectionAsync(); // only EF's count of opens: the holder's connection stays open
                db.Database.SetDbConnection(new SqliteConnection(asal), contextOwnsConnection: true);
            }
        }
    }
}
