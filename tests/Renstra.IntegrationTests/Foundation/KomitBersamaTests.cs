using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>Issue 9: SQLite commits share their disk flush (group commit); each still returns only after it.</summary>
public sealed class KomitBersamaTests
{
    internal sealed class Baris
    {
        public int Id { get; set; }

        public string Isi { get; set; } = "";
    }

    internal sealed class UjiDbContext(DbContextOptions<UjiDbContext> options) : DbContext(options)
    {
        public DbSet<Baris> Baris => Set<Baris>();
    }

    [Fact]
    public async Task Concurrent_commits_are_all_stored_and_share_fewer_flushes_than_commits()
    {
        var direktori = RenstraApp.CreateDataDirectory();
        try
        {
            var berkas = Path.Combine(direktori, "uji.db");
            var komit = new KomitBersama(new DatabaseOptions(DatabaseProvider.Sqlite, direktori, null));
            var options = new DbContextOptionsBuilder<UjiDbContext>()
                .UseSqlite($"Data Source={berkas};Pooling=True;Default Timeout=30")
                .AddInterceptors(new KomitBersamaInterceptor(komit))
                .Options;
            await using (var db = new UjiDbContext(options))
            {
                await db.Database.EnsureCreatedAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
            var sebelum = komit.JumlahFlush;

            const int Penulis = 50;
            await Task.WhenAll(Enumerable.Range(0, Penulis).Select(async i =>
            {
                await using var db = new UjiDbContext(options);
                db.Baris.Add(new Baris { Isi = $"baris {i}" });
                await db.SaveChangesAsync();
            }));

            var flush = komit.JumlahFlush - sebelum;
            Assert.InRange(flush, 1, Penulis - 1);
            await using var baca = new UjiDbContext(options);
            Assert.Equal(Penulis, await baca.Baris.CountAsync());
            await baca.Database.OpenConnectionAsync();
            await using var pragma = baca.Database.GetDbConnection().CreateCommand();
            pragma.CommandText = "PRAGMA synchronous;";
            Assert.Equal(1L, await pragma.ExecuteScalarAsync()); // NORMAL: the flush is the interceptor's
        }
        finally
        {
            RenstraApp.TryDelete(direktori);
        }
    }

    [Theory]
    [InlineData(null, 1L)]
    [InlineData("false", 2L)]
    public async Task The_host_commits_with_group_commit_unless_it_is_turned_off(string? setelan, long synchronous)
    {
        using var app = new RenstraAppDenganSetelan(new Dictionary<string, string?> { ["Renstra:Database:GroupCommit"] = setelan });
        using var client = await app.ClientForAsync(RenstraApp.Admin); // the app is started and its databases migrated
        foreach (var database in app.Services.GetServices<IModuleDatabase>())
        {
            using var scope = app.Services.CreateScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            await db.Database.OpenConnectionAsync();
            await using var pragma = db.Database.GetDbConnection().CreateCommand();
            pragma.CommandText = "PRAGMA synchronous;";
            Assert.Equal(synchronous, await pragma.ExecuteScalarAsync());
        }
    }

    private sealed class RenstraAppDenganSetelan(IDictionary<string, string?> setelan) : RenstraApp
    {
        protected override IDictionary<string, string?> Settings => setelan;
    }
}
