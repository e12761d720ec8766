using Microsoft.EntityFrameworkCore;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// The in-process write queue of a SQLite file says how many writers wait: the recompute commits a region's write
/// early only when someone does (issue 9, national scale), so the count must follow the queue exactly.
/// </summary>
public sealed class GerbangTulisSqliteTests
{
    [Fact]
    public async Task Writers_waiting_for_the_file_are_counted_until_each_gets_its_turn()
    {
        var direktori = RenstraApp.CreateDataDirectory();
        try
        {
            var options = new DbContextOptionsBuilder<KomitBersamaTests.UjiDbContext>()
                .UseSqlite($"Data Source={Path.Combine(direktori, "gerbang.db")}").Options;
            var lain = new DbContextOptionsBuilder<KomitBersamaTests.UjiDbContext>()
                .UseSqlite($"Data Source={Path.Combine(direktori, "lain.db")}").Options;
            await using var db = new KomitBersamaTests.UjiDbContext(options);
            await using var dbLain = new KomitBersamaTests.UjiDbContext(lain);
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
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(direktori, recursive: true);
        }
    }
}
