using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Renstra.Shared.Persistence;

/// <summary>
/// Group commit for the SQLite files (docs/benchmarks.md, "Group commit"). Connections commit with
/// <c>synchronous=NORMAL</c>: SQLite writes the transaction's WAL frames with <c>write()</c> before the commit
/// returns, but does not <c>fsync</c> them. Before the commit is reported to the caller,
/// <see cref="TungguTahanLamaAsync(DbContext)"/> waits for an <c>fsync</c> of that file's WAL (and of its directory, for a
/// WAL file created since) that <b>started after</b> the commit returned — the same <c>fsync</c> that
/// <c>synchronous=FULL</c> issues inside every commit, but one for every commit that arrived meanwhile. So a
/// commit acknowledged to anyone is on disk, as with FULL; writers no longer hold SQLite's write lock
/// across the disk's flush, and 100 concurrent commits cost one flush instead of 100.
/// </summary>
public sealed partial class KomitBersama
{
    private readonly DatabaseOptions _options;

    /// <summary>One flush per file and round, shared by every commit that returned before it began.</summary>
    private readonly BacaBersama<string, bool> _flush;

    public KomitBersama(DatabaseOptions options)
    {
        _options = options;
        // fsync blocks for milliseconds: on a thread of its own, never on the thread pool that serves the requests. That
        // thread is created from the thread pool, not from the caller: Linux gives a new thread its creator's CPU priority,
        // and a round started by a background job (lowered priority, the host's PenjadwalLatar) would complete the PUTs
        // waiting for it at that lower priority.
        _flush = new((database, _) => Task.Run(() => Task.Factory.StartNew(
            () => Flush(database), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
    }

    /// <summary>Flushes done so far (all files); for tests and benchmarks.</summary>
    public long JumlahFlush => _flush.JumlahBaca;

    /// <summary>
    /// Completes once everything committed to <paramref name="db"/>'s database before this call is on disk: at
    /// once without group commit (FULL synced each commit) or on SQL Server; else after the next shared flush.
    /// </summary>
    public Task TungguTahanLamaAsync(DbContext db) => TungguTahanLamaAsync(db.Database.GetDbConnection());

    internal Task TungguTahanLamaAsync(DbConnection? connection) =>
        _options is { Provider: DatabaseProvider.Sqlite, GroupCommit: true }
        && connection is SqliteConnection { DataSource: { Length: > 0 } berkas } && berkas != ":memory:"
            ? _flush.BacaAsync(Path.GetFullPath(berkas), CancellationToken.None)
            : Task.CompletedTask;

    /// <summary>
    /// Every commit waiting for this round returned before it began, so this fsync makes them all durable.
    /// No WAL file: the last connection closed after a complete checkpoint, which synced the database file.
    /// (The database file itself is never opened here: closing a descriptor of it would drop this process's POSIX
    /// locks on it, which SQLite relies on.) Every module database is in WAL mode (ModuleDatabase sets it first).
    /// </summary>
    private static bool Flush(string database)
    {
        Fsync(database + "-wal");
        FsyncDirektori(Path.GetDirectoryName(database));
        return true;
    }

    private static void Fsync(string wal)
    {
        FileStream isi;
        try
        {
            isi = new FileStream(wal, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return;
        }
        using (isi) isi.Flush(flushToDisk: true);
    }

    /// <summary>A WAL file created since the last flush is only found after a power cut if its directory entry is on disk.</summary>
    private static void FsyncDirektori(string? direktori)
    {
        if (OperatingSystem.IsWindows() || string.IsNullOrEmpty(direktori)) return;
        var fd = Posix.Open(direktori, 0 /* O_RDONLY */);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno == 2 /* ENOENT: the data directory was removed, and its databases with it */) return;
            throw new IOException($"Direktori data '{direktori}' tidak dapat dibuka untuk fsync (errno {errno}).");
        }
        try
        {
            if (Posix.Fsync(fd) != 0) throw new IOException($"fsync direktori data '{direktori}' gagal (errno {Marshal.GetLastPInvokeError()}).");
        }
        finally
        {
            _ = Posix.Close(fd);
        }
    }

    private static partial class Posix
    {
        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
        internal static partial int Fsync(int fd);

        [LibraryImport("libc", EntryPoint = "close")]
        internal static partial int Close(int fd);
    }
}
