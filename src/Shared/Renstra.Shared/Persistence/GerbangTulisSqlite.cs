using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Renstra.Shared.Persistence;

/// <summary>
/// An in-process queue for the write transactions of one SQLite file. SQLite admits one writer at a time; a writer
/// that finds the lock taken gets <c>SQLITE_BUSY</c>, and Microsoft.Data.Sqlite then sleeps 150 ms (blocking its
/// thread) before it tries again — with 20 concurrent PUTs most of a PUT's time was such sleeps. Writers of this
/// process queue here instead, asynchronously and in arrival order, and the turn passes on as soon as the
/// transaction commits (before the commit's shared flush, <see cref="KomitBersama"/>) or ends otherwise. Other
/// processes on the same file still meet SQLite's own locking. A no-op on SQL Server.
/// </summary>
public static class GerbangTulisSqlite
{
    private static readonly ConcurrentDictionary<string, Antrean> Gerbang = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<Giliran?> Sekarang = new();

    /// <summary>
    /// Waits for this writer's turn on <paramref name="db"/>'s file; dispose the result when the transaction is over.
    /// Not an async method on purpose: the turn is recorded in the caller's async flow, where the commit happens.
    /// </summary>
    public static Task<IDisposable> MasukAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection { DataSource: { Length: > 0 } berkas } || berkas == ":memory:")
            return Task.FromResult<IDisposable>(Giliran.Kosong);
        var path = Path.GetFullPath(berkas);
        var giliran = new Giliran(path, Gerbang.GetOrAdd(path, _ => new Antrean()));
        Sekarang.Value = giliran;
        return giliran.TungguAsync(cancellationToken);
    }

    /// <summary>
    /// How many writers of this process wait for their turn on <paramref name="db"/>'s file now (0 on SQL Server): a long
    /// writer asks it to decide whether to commit what it has and let them in (<c>PemrosesHitungUlang</c>).
    /// </summary>
    public static int Menunggu(DbContext db) =>
        db.Database.GetDbConnection() is SqliteConnection { DataSource: { Length: > 0 } berkas } && berkas != ":memory:"
        && Gerbang.TryGetValue(Path.GetFullPath(berkas), out var antrean) ? Volatile.Read(ref antrean.Menunggu) : 0;

    /// <summary>A transaction on <paramref name="berkas"/> committed in this flow: the next writer may begin.</summary>
    internal static void Selesai(string berkas)
    {
        if (Sekarang.Value is { } giliran && giliran.Berkas == berkas) giliran.Dispose();
    }

    private sealed class Antrean
    {
        public readonly SemaphoreSlim Gerbang = new(1, 1);

        public int Menunggu;
    }

    private sealed class Giliran(string berkas, Antrean? antrean) : IDisposable
    {
        public static readonly Giliran Kosong = new("", null);

        private int _dipegang;

        public string Berkas { get; } = berkas;

        public async Task<IDisposable> TungguAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref antrean!.Menunggu);
            try
            {
                await antrean.Gerbang.WaitAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref antrean.Menunggu);
            }
            Volatile.Write(ref _dipegang, 1);
            return this;
        }

        public void Dispose()
        {
            if (antrean is not null && Interlocked.Exchange(ref _dipegang, 0) == 1) antrean.Gerbang.Release();
        }
    }
}
