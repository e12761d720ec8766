using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Renstra.Shared.Persistence;

/// <summary>
/// An in-process queue for the write transactions of one SQLite file. SQLite admits one writer at a time; a writer
/// that finds the lock taken gets <c>SQLITE_BUSY</c>, and Microsoft.Data.Sqlite then sleeps 150 ms (blocking its
/// thread) before it tries again — with 20 concurrent PUTs most of a PUT's time was such sleeps. Writers of this
/// process queue here instead, asynchronously and in arrival order, and the turn passes on as soon as the
/// transaction commits (before the commit's shared flush, <see cref="KomitBersama"/>) or ends otherwise. A writer
/// that others wait on (the outbox dispatcher's marks: its next round cannot start before they commit) may ask to go
/// before the queue; under 200 PUTting writers its marks otherwise waited 0.3–1.4 s behind them (docs/benchmarks.md,
/// "Session 8"). Other processes on the same file still meet SQLite's own locking. A no-op on SQL Server.
/// </summary>
public static class GerbangTulisSqlite
{
    private static readonly ConcurrentDictionary<string, Antrean> Gerbang = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<Giliran?> Sekarang = new();

    /// <summary>
    /// Waits for this writer's turn on <paramref name="db"/>'s file; dispose the result when the transaction is over.
    /// Not an async method on purpose: the turn is recorded in the caller's async flow, where the commit happens.
    /// </summary>
    /// <param name="dahulukan">Take the next turn before every writer that waits without it (in arrival order among
    /// those that ask): for a short write that others wait on, never for a request's own write.</param>
    public static Task<IDisposable> MasukAsync(DbContext db, CancellationToken cancellationToken, bool dahulukan = false)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection { DataSource: { Length: > 0 } berkas } || berkas == ":memory:")
            return Task.FromResult<IDisposable>(Giliran.Kosong);
        var path = Path.GetFullPath(berkas);
        var giliran = new Giliran(path, Gerbang.GetOrAdd(path, _ => new Antrean()));
        Sekarang.Value = giliran;
        return giliran.TungguAsync(dahulukan, cancellationToken);
    }

    /// <summary>
    /// How many writers of this process wait for their turn on <paramref name="db"/>'s file now (0 on SQL Server): a long
    /// writer asks it to decide whether to commit what it has and let them in (<c>PemrosesHitungUlang</c>).
    /// </summary>
    public static int Menunggu(DbContext db) =>
        db.Database.GetDbConnection() is SqliteConnection { DataSource: { Length: > 0 } berkas } && berkas != ":memory:"
        && Gerbang.TryGetValue(Path.GetFullPath(berkas), out var antrean) ? antrean.Menunggu : 0;

    /// <summary>A transaction on <paramref name="berkas"/> committed in this flow: the next writer may begin.</summary>
    internal static void Selesai(string berkas)
    {
        if (Sekarang.Value is { } giliran && giliran.Berkas == berkas) giliran.Dispose();
    }

    /// <summary>One file's turn: held by one writer; the next turn goes to the first writer that asked to go first, else
    /// to the first that waits (arrival order). Continuations run off the releasing thread.</summary>
    private sealed class Antrean
    {
        private readonly Lock _kunci = new();
        private readonly LinkedList<TaskCompletionSource> _dahulu = new();
        private readonly LinkedList<TaskCompletionSource> _biasa = new();
        private bool _dipegang;

        /// <summary>Writers in either line (a cancelled one has left it).</summary>
        public int Menunggu
        {
            get
            {
                lock (_kunci) return _dahulu.Count + _biasa.Count;
            }
        }

        public async Task MasukAsync(bool dahulukan, CancellationToken cancellationToken)
        {
            LinkedListNode<TaskCompletionSource> antre;
            lock (_kunci)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!_dipegang)
                {
                    _dipegang = true;
                    return;
                }
                antre = (dahulukan ? _dahulu : _biasa).AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            }
            await using var batal = cancellationToken.UnsafeRegister(static (o, token) =>
            {
                var (antrean, node) = ((Antrean, LinkedListNode<TaskCompletionSource>))o!;
                lock (antrean._kunci)
                {
                    if (node.List is null) return; // already given the turn: the caller holds it and must release it
                    node.List.Remove(node);
                }
                node.Value.TrySetCanceled(token);
            }, (this, antre));
            await antre.Value.Task;
        }

        public void Keluar()
        {
            TaskCompletionSource berikut;
            lock (_kunci)
            {
                var node = _dahulu.First ?? _biasa.First;
                if (node is null)
                {
                    _dipegang = false;
                    return;
                }
                node.List!.Remove(node);
                berikut = node.Value;
            }
            berikut.SetResult();
        }
    }

    private sealed class Giliran(string berkas, Antrean? antrean) : IDisposable
    {
        public static readonly Giliran Kosong = new("", null);

        private int _dipegang;

        public string Berkas { get; } = berkas;

        public async Task<IDisposable> TungguAsync(bool dahulukan, CancellationToken cancellationToken)
        {
            await antrean!.MasukAsync(dahulukan, cancellationToken);
            Volatile.Write(ref _dipegang, 1);
            return this;
        }

        public void Dispose()
        {
            if (antrean is not null && Interlocked.Exchange(ref _dipegang, 0) == 1) antrean.Keluar();
        }
    }
}
