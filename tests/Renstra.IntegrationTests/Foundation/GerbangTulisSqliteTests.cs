using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// The in-process write queue of a SQLite file says how many writers wait: the recompute commits a region's write
/// early only when someone does (issue 9, national scale), so the count must follow the queue exactly.
/// </summary>
public sealed class GerbangTulisSqliteTests : IDisposable
{
    private readonly string _direktori = RenstraApp.CreateDataDirectory();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_direktori, recursive: true);
    }

    private KomitBersamaTests.UjiDbContext Konteks(string berkas) => new(new DbContextOptionsBuilder<KomitBersamaTests.UjiDbContext>()
        .UseSqlite($"Data Source={Path.Combine(_direktori, berkas)}").Options);

    [Fact]
    public async Task Writers_waiting_for_the_file_are_counted_until_each_gets_its_turn()
    {
        await using var db = Konteks("gerbang.db");
        await using var dbLain = Konteks("lain.db");
        Assert.Equal(0, GerbangTulisSqlite.Menunggu(db));

        var pertama = await GerbangTulisSqlite.MasukAsync(db, CancellationToken.None);
        Assert.Equal(0, GerbangTulisSqlite.Menunggu(db)); // the holder does not wait
        var kedua = GerbangTulisSqlite.MasukAsync(db, CancellationToken.None);
        using var batal = new CancellationTokenSource();
        var ketiga = GerbangTulisSqlite.MasukAsync(db, batal.Token);
        Assert.False(kedua.IsCompleted);
        Assert.Equal(2, GerbangTulisSqlite.Menunggu(db));
        Assert.Equal(0, GerbangTulisSqlite.Menunggu(dbLain)); // per file

        await batal.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ketiga);
        Assert.Equal(1, GerbangTulisSqlite.Menunggu(db)); // a writer that gave up no longer counts

        pertama.Dispose();
        using (await kedua.WaitAsync(TimeSpan.FromSeconds(10))) Assert.Equal(0, GerbangTulisSqlite.Menunggu(db));
    }

    /// <summary>
    /// The outbox dispatcher's marks go before the PUTs queued for the module's file: under 200 writers they waited
    /// 0.3–1.4 s behind them, and every event of the next round with them (issue 9, PUT → capaian visible).
    /// </summary>
    [Fact]
    public async Task A_writer_that_asks_to_go_first_gets_the_next_turn_before_those_already_waiting()
    {
        await using var db = Konteks("dahulu.db");

        var pemegang = await GerbangTulisSqlite.MasukAsync(db, CancellationToken.None);
        var biasa1 = GerbangTulisSqlite.MasukAsync(db, CancellationToken.None);
        var biasa2 = GerbangTulisSqlite.MasukAsync(db, CancellationToken.None);
        using var batal = new CancellationTokenSource();
        var dahuluBatal = GerbangTulisSqlite.MasukAsync(db, batal.Token, dahulukan: true);
        var dahulu = GerbangTulisSqlite.MasukAsync(db, CancellationToken.None, dahulukan: true);
        Assert.Equal(4, GerbangTulisSqlite.Menunggu(db));

        // A first-in-line writer that gives up leaves the line; the next one still goes first.
        await batal.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dahuluBatal);
        Assert.Equal(3, GerbangTulisSqlite.Menunggu(db));

        pemegang.Dispose();
        var giliranDahulu = await dahulu.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(biasa1.IsCompleted);
        Assert.False(biasa2.IsCompleted);

        // Then the others, in their order of arrival.
        giliranDahulu.Dispose();
        var giliran1 = await biasa1.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(50);
        Assert.False(biasa2.IsCompleted);
        giliran1.Dispose();
        using (await biasa2.WaitAsync(TimeSpan.FromSeconds(10))) Assert.Equal(0, GerbangTulisSqlite.Menunggu(db));

        // The turn was handed back: a new writer gets it at once.
        var baru = GerbangTulisSqlite.MasukAsync(db, CancellationToken.None);
        Assert.True(baru.IsCompletedSuccessfully);
        (await baru).Dispose();
    }

    /// <summary>
    /// A batch of combined writes is one transaction: when its commit fails, every write of it fails with that error and
    /// none is stored (issue 9, write-combining).
    /// </summary>
    [Fact]
    public async Task A_commit_that_fails_fails_every_write_of_its_batch_and_stores_none()
    {
        var berkas = Path.Combine(_direktori, "gabung.db");
        var options = new DbContextOptionsBuilder<KomitBersamaTests.UjiDbContext>()
            .UseSqlite($"Data Source={berkas}").AddInterceptors(new KomitGagal()).Options;
        await using var pemegang = Konteks("gabung.db");
        await pemegang.Database.EnsureCreatedAsync();
        var penulis = Enumerable.Range(0, 3).Select(_ => new KomitBersamaTests.UjiDbContext(options)).ToList();

        var tugas = new List<Task<int>>();
        using (await GerbangTulisSqlite.MasukAsync(pemegang, CancellationToken.None))
        {
            foreach (var (db, i) in penulis.Select((db, i) => (db, i)))
            {
                tugas.Add(GerbangTulisSqlite.TulisBersamaAsync(db, async ct =>
                {
                    db.Baris.Add(new KomitBersamaTests.Baris { Isi = $"baris {i}" });
                    return await db.SaveChangesAsync(ct);
                }, CancellationToken.None));
                var menunggu = i + 1;
                Assert.Equal(menunggu, await Eventually.WaitForAsync(() => Task.FromResult(GerbangTulisSqlite.Menunggu(pemegang)), n => n == menunggu));
            }
        }

        foreach (var t in tugas)
            Assert.Equal("komit gagal", (await Assert.ThrowsAsync<InvalidOperationException>(() => t.WaitAsync(TimeSpan.FromSeconds(10)))).Message);
        Assert.Equal(0, await pemegang.Set<KomitBersamaTests.Baris>().CountAsync());
        // Saved inside the batch but never committed: no writer's context may still hold its rows as stored.
        Assert.All(penulis, db => Assert.Empty(db.ChangeTracker.Entries()));
        foreach (var db in penulis) await db.DisposeAsync();
    }

    /// <summary>
    /// A write of a batch runs without EF's own savepoint around its SaveChanges (two statements fewer per write on the
    /// file's single writer, Session 13): the batch's savepoint alone takes back a SaveChanges that failed after it wrote
    /// some of its rows, the writes before and after it are stored, and the caller's context keeps its own setting.
    /// </summary>
    [Fact]
    public async Task A_write_whose_SaveChanges_fails_halfway_leaves_none_of_its_rows_and_the_others_of_its_batch_are_stored()
    {
        await using var pemegang = Konteks("separuh.db");
        await pemegang.Database.EnsureCreatedAsync();
        pemegang.Baris.Add(new KomitBersamaTests.Baris { Id = 100, Isi = "sudah ada" });
        await pemegang.SaveChangesAsync();
        var penulis = Enumerable.Range(0, 3).Select(_ => Konteks("separuh.db")).ToList();

        var tugas = new List<Task<int>>();
        using (await GerbangTulisSqlite.MasukAsync(pemegang, CancellationToken.None))
        {
            foreach (var (db, i) in penulis.Select((db, i) => (db, i)))
            {
                tugas.Add(GerbangTulisSqlite.TulisBersamaAsync(db, async ct =>
                {
                    db.Baris.Add(new KomitBersamaTests.Baris { Id = 10 + i, Isi = $"baris {i}" });
                    // The middle write's second row takes a key already stored: its first row is written, then the
                    // statement of the second fails.
                    if (i == 1) db.Baris.Add(new KomitBersamaTests.Baris { Id = 100, Isi = "bentrok" });
                    return await db.SaveChangesAsync(ct);
                }, CancellationToken.None));
                var menunggu = i + 1;
                Assert.Equal(menunggu, await Eventually.WaitForAsync(() => Task.FromResult(GerbangTulisSqlite.Menunggu(pemegang)), n => n == menunggu));
            }
        }

        Assert.Equal(1, await tugas[0].WaitAsync(TimeSpan.FromSeconds(10)));
        await Assert.ThrowsAsync<DbUpdateException>(() => tugas[1].WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, await tugas[2].WaitAsync(TimeSpan.FromSeconds(10)));
        var tersimpan = await pemegang.Baris.AsNoTracking().OrderBy(b => b.Id).Select(b => b.Id).ToListAsync();
        Assert.Equal([10, 12, 100], tersimpan);
        Assert.All(penulis, db => Assert.True(db.Database.AutoSavepointsEnabled));
        foreach (var db in penulis) await db.DisposeAsync();
    }

    /// <summary>
    /// A sheet PUT adds its revision to its context before it asks for the turn (Session 17); a write refused inside the
    /// turn must not leave those rows tracked for the retry or the caller's next save: without a turn (SQL Server, an
    /// in-memory file) as with one (a file; a batch whose commit fails is the test above).
    /// </summary>
    [Fact]
    public async Task A_refused_write_leaves_nothing_tracked_with_or_without_a_write_turn()
    {
        await using var sendiri = new KomitBersamaTests.UjiDbContext(new DbContextOptionsBuilder<KomitBersamaTests.UjiDbContext>()
            .UseSqlite("Data Source=:memory:").Options);
        await sendiri.Database.OpenConnectionAsync();
        await sendiri.Database.EnsureCreatedAsync();
        await using var pemegang = Konteks("tolak.db");
        await pemegang.Database.EnsureCreatedAsync();
        await using var denganGiliran = Konteks("tolak.db");

        foreach (var db in new[] { sendiri, denganGiliran })
        {
            db.Baris.Add(new KomitBersamaTests.Baris { Isi = "ditolak" });
            var tugas = GerbangTulisSqlite.TulisBersamaAsync<int>(db, _ => throw new InvalidOperationException("ditolak"), CancellationToken.None);
            Assert.Equal("ditolak", (await Assert.ThrowsAsync<InvalidOperationException>(() => tugas.WaitAsync(TimeSpan.FromSeconds(10)))).Message);
            Assert.Empty(db.ChangeTracker.Entries());
            Assert.Equal(0, await db.Baris.CountAsync());
        }
    }

    private sealed class KomitGagal : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("komit gagal");
    }
}
