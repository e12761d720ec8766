using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
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
/// "Session 8"). A write given as a unit (<see cref="TulisBersamaAsync{T}"/>, the sheet PUT) may be run by the writer
/// that holds the turn, in its transaction. The turn and its hand-overs are measured by the meter <see cref="NamaMeter"/>.
/// Other processes on the same file still meet SQLite's own locking. A no-op on SQL Server.
/// </summary>
public static partial class GerbangTulisSqlite
{
    private static readonly ConcurrentDictionary<string, Antrean> Gerbang = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<Giliran?> Sekarang = new();

    /// <summary>The meter of the write turns (<c>dotnet-counters monitor --counters Renstra.Persistence</c>).</summary>
    public const string NamaMeter = "Renstra.Persistence";

    private static readonly Meter Meter = new(NamaMeter);

    /// <summary>Turn granted → released, per turn.</summary>
    private static readonly Histogram<double> Tahan = Meter.CreateHistogram<double>("renstra.tulis.giliran.tahan", "ms", "How long a writer held a SQLite file's write turn");

    /// <summary>Released → the next holder running, per hand-over to a writer that waited.</summary>
    private static readonly Histogram<double> Jeda = Meter.CreateHistogram<double>("renstra.tulis.giliran.jeda", "ms", "Time from a released write turn to the next holder running");

    private static readonly Histogram<double> Tahap = Meter.CreateHistogram<double>("renstra.tulis.tahap", "ms",
        "A write's phases: sebelum (before asking for the turn), menunggu (waiting for it), komit (turn to durable commit)");

    /// <summary>Records the phase <paramref name="tahap"/> of a write that began at <paramref name="sejak"/>
    /// (<see cref="Stopwatch.GetTimestamp"/>); returns now, the start of the next phase.</summary>
    public static long CatatTahap(string tahap, long sejak)
    {
        var sekarang = Stopwatch.GetTimestamp();
        if (Tahap.Enabled) Tahap.Record(Stopwatch.GetElapsedTime(sejak, sekarang).TotalMilliseconds, new KeyValuePair<string, object?>("tahap", tahap));
        return sekarang;
    }

    /// <summary>
    /// Waits for this writer's turn on <paramref name="db"/>'s file; dispose the result when the transaction is over.
    /// Not an async method on purpose: the turn is recorded in the caller's async flow, where the commit happens.
    /// </summary>
    /// <param name="dahulukan">Take the next turn before every writer that waits without it (in arrival order among
    /// those that ask): for a short write that others wait on, never for a request's own write.</param>
    public static Task<IDisposable> MasukAsync(DbContext db, CancellationToken cancellationToken, bool dahulukan = false)
    {
        if (GiliranBaru(db) is not { } giliran) return Task.FromResult<IDisposable>(Giliran.Kosong);
        Sekarang.Value = giliran;
        return giliran.TungguAsync(dahulukan, cancellationToken);
    }

    /// <summary>A turn (not yet asked for) on <paramref name="db"/>'s file; null on SQL Server and in memory.</summary>
    private static Giliran? GiliranBaru(DbContext db)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection { DataSource: { Length: > 0 } berkas } || berkas == ":memory:") return null;
        var path = Path.GetFullPath(berkas);
        return new Giliran(path, Gerbang.GetOrAdd(path, _ => new Antrean()));
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
        private readonly LinkedList<Penunggu> _dahulu = new();
        private readonly LinkedList<Penunggu> _biasa = new();
        private bool _dipegang;
        private long _dilepasPada;

        /// <summary>Writers in either line (a cancelled one has left it; a write taken into a batch too).</summary>
        public int Menunggu
        {
            get
            {
                lock (_kunci) return _dahulu.Count + _biasa.Count;
            }
        }

        /// <summary>True once this writer holds the turn; false when <paramref name="titipan"/> ran in another
        /// writer's batch instead (<see cref="AmbilTitipan"/>), which has ended.</summary>
        public async Task<bool> MasukAsync(bool dahulukan, Titipan? titipan, CancellationToken cancellationToken)
        {
            LinkedListNode<Penunggu> antre;
            lock (_kunci)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!_dipegang)
                {
                    _dipegang = true;
                    return true;
                }
                antre = (dahulukan ? _dahulu : _biasa).AddLast(new Penunggu(titipan));
            }
            await using var batal = cancellationToken.UnsafeRegister(static (o, token) =>
            {
                var (antrean, node) = ((Antrean, LinkedListNode<Penunggu>))o!;
                lock (antrean._kunci)
                {
                    // Already given the turn (the caller holds it and must release it) or taken into a batch (it runs
                    // with the batch and is answered by it).
                    if (node.List is null) return;
                    node.List.Remove(node);
                }
                node.Value.Giliran.TrySetCanceled(token);
            }, (this, antre));
            var giliran = await antre.Value.Giliran.Task;
            if (giliran && Jeda.Enabled) Jeda.Record(Stopwatch.GetElapsedTime(Volatile.Read(ref _dilepasPada)).TotalMilliseconds);
            return giliran;
        }

        /// <summary>
        /// For the holder of the turn: the next waiting write that may join its transaction, taken out of the line — only
        /// from the head of the ordinary line, and only while no writer asked to go first, so no writer is overtaken
        /// by more than the batch's bound.
        /// </summary>
        public Titipan? AmbilTitipan()
        {
            lock (_kunci)
            {
                if (_dahulu.Count > 0 || _biasa.First is not { Value.Titipan: { } titipan } node) return null;
                _biasa.RemoveFirst();
                node.Value.Giliran.TrySetResult(false);
                return titipan;
            }
        }

        public void Keluar()
        {
            Penunggu berikut;
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
                _dilepasPada = Stopwatch.GetTimestamp();
            }
            berikut.Giliran.SetResult(true);
        }

        /// <summary>A writer in line: the turn when it comes (true), or false when its write was taken into a batch.
        /// Continuations run off the releasing thread.</summary>
        private sealed class Penunggu(Titipan? titipan)
        {
            public TaskCompletionSource<bool> Giliran { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public Titipan? Titipan { get; } = titipan;
        }
    }

    private sealed class Giliran(string berkas, Antrean? antrean) : IDisposable
    {
        public static readonly Giliran Kosong = new("", null);

        private int _dipegang;
        private long _diberiPada;

        public string Berkas { get; } = berkas;

        /// <summary>The turn, for a writer that writes alone (<see cref="MasukAsync"/>).</summary>
        public async Task<IDisposable> TungguAsync(bool dahulukan, CancellationToken cancellationToken)
        {
            await TungguAsync(null, dahulukan, cancellationToken);
            return this;
        }

        /// <summary>True once this writer holds the turn; false when <paramref name="titipan"/> was taken into the
        /// batch of the writer that holds it (<see cref="TulisBersamaAsync{T}"/>).</summary>
        public Task<bool> TungguAsync(Titipan titipan, CancellationToken cancellationToken) => TungguAsync(titipan, false, cancellationToken);

        private async Task<bool> TungguAsync(Titipan? titipan, bool dahulukan, CancellationToken cancellationToken)
        {
            if (!await antrean!.MasukAsync(dahulukan, titipan, cancellationToken)) return false;
            _diberiPada = Stopwatch.GetTimestamp();
            Volatile.Write(ref _dipegang, 1);
            return true;
        }

        /// <inheritdoc cref="Antrean.AmbilTitipan"/>
        public Titipan? AmbilTitipan() => antrean?.AmbilTitipan();

        public void Dispose()
        {
            if (antrean is null || Interlocked.Exchange(ref _dipegang, 0) != 1) return;
            if (Tahan.Enabled) Tahan.Record(Stopwatch.GetElapsedTime(_diberiPada).TotalMilliseconds, new KeyValuePair<string, object?>("berkas", Path.GetFileName(Berkas)));
            antrean.Keluar();
        }
    }
}
