using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Renstra.Host.Hosting;
using Renstra.Host.Identity;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Hosting;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>Issue 9, cold start: module databases migrate side by side, start-up tasks run per module.</summary>
public sealed class StartupRunnerTests
{
    [Fact]
    public async Task A_first_start_migrates_every_module_database_completely_before_it_answers()
    {
        using var app = new RenstraApp();
        using var client = app.CreateClient();
        (await client.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        var databases = app.Services.GetServices<IModuleDatabase>().ToList();
        Assert.Equal(6, databases.Count);
        foreach (var database in databases)
        {
            using var scope = app.Services.CreateScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
        // The tasks ran after the migrations: the demo users sign in, the shipped rules are there.
        using var admin = await app.ClientForAsync(RenstraApp.Admin);
        Assert.Contains("\"kode\"", await admin.GetStringAsync("/api/indikator"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_users_hashed_side_by_side_keep_the_full_password_hash_and_sign_in()
    {
        using var app = new RenstraApp();
        using var client = app.CreateClient();
        (await client.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Pengguna>>();
        var salts = new HashSet<string>();
        foreach (var (email, _, _, _) in PenggunaAwal.DemoUsers)
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.False(string.IsNullOrEmpty(user.SecurityStamp));
            Assert.True(await users.CheckPasswordAsync(user, RenstraApp.DemoPassword), email);
            // Identity's V3 format: marker 0x01, PRF, iteration count (big-endian), salt length, salt, subkey.
            var hash = Convert.FromBase64String(user.PasswordHash!);
            Assert.Equal(0x01, hash[0]);
            Assert.Equal(100_000, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(5, 4)));
            Assert.True(salts.Add(Convert.ToBase64String(hash.AsSpan(13, 16))), $"{email}: salt shared with another user");
        }
    }

    /// <summary>
    /// ASP.NET's request delegate generator (Directory.Build.props) builds the API endpoints' request handling at compile
    /// time; without it the first request builds every endpoint with expression trees (≈ 0,5 s CPU of each start).
    /// </summary>
    [Theory]
    [InlineData(typeof(Program))]
    [InlineData(typeof(Renstra.Modules.Bidang.BidangModul))]
    [InlineData(typeof(Renstra.Modules.Kinerja.KinerjaModule))]
    [InlineData(typeof(Renstra.Modules.KoperasiUmkm.KoperasiUmkmModule))]
    [InlineData(typeof(Renstra.Modules.Evaluasi.EvaluasiModule))]
    public void Assemblies_mapping_API_endpoints_have_their_request_delegates_generated_at_compile_time(Type entry) =>
        Assert.Contains(entry.Assembly.GetTypes(), t => t.Namespace == "Microsoft.AspNetCore.Http.Generated");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, null, true)]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=/data/{modul}.db", true)]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=/data/semua.db", false)]
    [InlineData(DatabaseProvider.SqlServer, "Server=db;Database=renstra", false)]
    public void Migrations_run_side_by_side_only_when_each_module_has_its_own_database(
        DatabaseProvider provider, string? connectionString, bool sideBySide) =>
        Assert.Equal(sideBySide, new DatabaseOptions(provider, "/data", connectionString).FilePerModule);

    [Fact]
    public async Task Tasks_of_one_module_run_once_each_in_registration_order_one_after_another()
    {
        var log = new List<string>();
        var services = new ServiceCollection();
        services.AddSingleton(log);
        services.AddScoped<IStartupTask, Lambat>();
        services.AddScoped<IStartupTask, Cepat>();
        await using var provider = services.BuildServiceProvider();

        await StartupRunner.RunStartupTasksAsync(provider, NullLogger.Instance, CancellationToken.None);

        Assert.Equal(["lambat mulai", "lambat selesai", "cepat"], log);
    }

    [Fact]
    public async Task A_failing_start_up_task_stops_the_start()
    {
        var services = new ServiceCollection();
        services.AddScoped<IStartupTask, Gagal>();
        await using var provider = services.BuildServiceProvider();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(
            () => StartupRunner.RunStartupTasksAsync(provider, NullLogger.Instance, CancellationToken.None));
        Assert.Equal("aturan bawaan ditolak", e.Message);
    }

    private sealed class Lambat(List<string> log) : IStartupTask
    {
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            lock (log) log.Add("lambat mulai");
            await Task.Delay(200, cancellationToken);
            lock (log) log.Add("lambat selesai");
        }
    }

    private sealed class Cepat(List<string> log) : IStartupTask
    {
        public Task RunAsync(CancellationToken cancellationToken)
        {
            lock (log) log.Add("cepat");
            return Task.CompletedTask;
        }
    }

    private sealed class Gagal : IStartupTask
    {
        public Task RunAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("aturan bawaan ditolak");
    }
}
