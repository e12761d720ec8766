using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// Issue 9, cold start: a brand-new SQLite database is created by one script (SqliteFreshDatabaseScript) instead of EF
/// applying the migrations one by one. The script must be the one EF generates from today's migrations, and a database
/// created by it must equal one created by <c>MigrateAsync</c>: every table, index and its SQL, and the migration history.
/// </summary>
public sealed class FreshDatabaseScriptTests : IDisposable
{
    private readonly string direktori = RenstraApp.CreateDataDirectory();

    public static TheoryData<string> Modules() => KonteksModul.Modules();

    [Theory]
    [MemberData(nameof(Modules))]
    public void The_embedded_script_is_what_EF_generates_from_the_current_migrations(string module)
    {
        using var db = KonteksModul.Sqlite(module, Berkas("generate"));
        var tertanam = SqliteFreshDatabaseScript.Load(db.GetType().Assembly);
        Assert.True(tertanam is not null, $"{module}: Data/Migrations/Sqlite/{SqliteFreshDatabaseScript.FileName} is not embedded; run scripts/fresh-database-script.sh");
        Assert.True(Baris(SqliteFreshDatabaseScript.Generate(db)).SequenceEqual(Baris(tertanam)),
            $"{module}: {SqliteFreshDatabaseScript.FileName} is behind the SQLite migrations; run scripts/fresh-database-script.sh");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public async Task A_database_created_by_the_script_equals_one_migrated_step_by_step(string module)
    {
        var langkah = Berkas("langkah");
        await using (var db = KonteksModul.Sqlite(module, langkah))
            await db.Database.MigrateAsync();
        var skrip = Berkas("skrip");
        await using (var db = KonteksModul.Sqlite(module, skrip))
        {
            Assert.True(await SqliteFreshDatabaseScript.TryApplyAsync(db, db.GetType().Assembly, CancellationToken.None));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        var harapan = await IsiAsync(langkah);
        Assert.Contains(harapan.Skema, s => s.StartsWith("table|__EFMigrationsLock|", StringComparison.Ordinal));
        Assert.True(harapan.Skema.Count > 3, $"{module}: the step-by-step database has hardly anything in it");
        var hasil = await IsiAsync(skrip);
        Assert.Equal(harapan.Skema, hasil.Skema);
        Assert.Equal(harapan.Riwayat, hasil.Riwayat);
    }

    [Fact]
    public async Task A_module_on_SQLite_creates_its_new_database_from_the_script_and_then_finds_it_up_to_date()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Renstra:DataDirectory"] = direktori }).Build();
        var services = new ServiceCollection();
        services.AddModuleDbContext<KinerjaDbContext, KinerjaSqliteDbContext>(configuration, "Kinerja", "kinerja");
        await using var provider = services.BuildServiceProvider();
        var database = provider.GetRequiredService<IModuleDatabase>();

        Assert.Equal(MigrationOutcome.CreatedFromScript, await database.MigrateAsync(provider, CancellationToken.None));
        Assert.Equal(MigrationOutcome.UpToDate, await database.MigrateAsync(provider, CancellationToken.None));
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task A_database_with_anything_in_it_is_left_to_the_step_by_step_migrations()
    {
        var berkas = Berkas("isi");
        await using (var koneksi = new SqliteConnection($"Data Source={berkas}"))
        {
            await koneksi.OpenAsync();
            await using var perintah = koneksi.CreateCommand();
            perintah.CommandText = "CREATE TABLE \"Lain\" (\"Id\" INTEGER NOT NULL);";
            await perintah.ExecuteNonQueryAsync();
        }
        var sebelum = await IsiAsync(berkas);

        await using var db = KonteksModul.Sqlite("kinerja", berkas);
        Assert.False(await SqliteFreshDatabaseScript.TryApplyAsync(db, db.GetType().Assembly, CancellationToken.None));

        Assert.Equal(sebelum.Skema, (await IsiAsync(berkas)).Skema);
    }

    [Fact]
    public async Task Two_instances_creating_the_same_new_database_at_once_run_the_script_once()
    {
        var berkas = Berkas("bersamaan");
        var hasil = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var db = KonteksModul.Sqlite("kinerja", berkas);
            var dariSkrip = await SqliteFreshDatabaseScript.TryApplyAsync(db, db.GetType().Assembly, CancellationToken.None);
            if (!dariSkrip) await db.Database.MigrateAsync();
            return dariSkrip;
        })));

        Assert.Single(hasil, dariSkrip => dariSkrip);
        await using var baca = KonteksModul.Sqlite("kinerja", berkas);
        Assert.Equal(baca.Database.GetMigrations(), await baca.Database.GetAppliedMigrationsAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        RenstraApp.TryDelete(direktori);
    }

    private string Berkas(string nama) => Path.Combine(direktori, nama + ".db");

    private static string[] Baris(string skrip) => skrip.ReplaceLineEndings("\n").Trim().Split('\n');

    /// <summary>The schema (type, name, table, SQL of every object) and the migration history (id, EF version).</summary>
    private static async Task<(List<string> Skema, List<string> Riwayat)> IsiAsync(string berkas)
    {
        await using var koneksi = new SqliteConnection($"Data Source={berkas};Pooling=False");
        await koneksi.OpenAsync();
        var skema = await BacaAsync(koneksi, "SELECT type || '|' || name || '|' || tbl_name || '|' || IFNULL(sql, '') FROM sqlite_master ORDER BY type, name;");
        var riwayat = skema.Any(s => s.StartsWith("table|__EFMigrationsHistory|", StringComparison.Ordinal))
            ? await BacaAsync(koneksi, "SELECT \"MigrationId\" || '|' || \"ProductVersion\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\";")
            : [];
        return (skema, riwayat);
    }

    private static async Task<List<string>> BacaAsync(SqliteConnection koneksi, string sql)
    {
        await using var perintah = koneksi.CreateCommand();
        perintah.CommandText = sql;
        await using var reader = await perintah.ExecuteReaderAsync();
        var baris = new List<string>();
        while (await reader.ReadAsync()) baris.Add(reader.GetString(0));
        return baris;
    }
}
