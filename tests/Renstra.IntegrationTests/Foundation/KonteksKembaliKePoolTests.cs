using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// A module context leased from the pool for a request or a job serves that scope only: once the scope ends and the
/// context is back in the pool, it holds nothing of the scope (which would otherwise stay in memory, with all it
/// resolved, until the context's next lease).
/// </summary>
public sealed class KonteksKembaliKePoolTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, false)]
    [InlineData(DatabaseProvider.Sqlite, true)]
    [InlineData(DatabaseProvider.SqlServer, false)]
    [InlineData(DatabaseProvider.SqlServer, true)]
    public async Task A_context_back_in_the_pool_holds_no_scope_of_its_last_lease(DatabaseProvider provider, bool disposedAsync)
    {
        await using var layanan = Register(provider);
        var (db, cakupan) = await SewaDanKembalikanAsync(layanan, disposedAsync);

        Assert.Null(db.Keadaan.Layanan);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(cakupan.IsAlive, "the ended scope is still referenced");

        // It is the pool's context: the next scope gets the same one, carrying that scope.
        await using var berikut = layanan.CreateAsyncScope();
        Assert.Same(db, berikut.ServiceProvider.GetRequiredService<KinerjaDbContext>());
        Assert.Same(berikut.ServiceProvider, db.Keadaan.Layanan);
    }

    /// <summary>A scope that leases the context and ends; out of line, so no local of this frame keeps the scope.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(KinerjaDbContext Db, WeakReference Cakupan)> SewaDanKembalikanAsync(ServiceProvider layanan, bool disposedAsync)
    {
        KinerjaDbContext db;
        WeakReference cakupan;
        if (disposedAsync)
        {
            await using var scope = layanan.CreateAsyncScope();
            db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
            Assert.Same(scope.ServiceProvider, db.Keadaan.Layanan);
            cakupan = new WeakReference(scope.ServiceProvider);
        }
        else
        {
            using var scope = layanan.CreateScope();
            db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
            Assert.Same(scope.ServiceProvider, db.Keadaan.Layanan);
            cakupan = new WeakReference(scope.ServiceProvider);
        }
        return (db, cakupan);
    }

    private static ServiceProvider Register(DatabaseProvider provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Renstra:Database:Provider"] = provider.ToString(),
            ["Renstra:DataDirectory"] = Path.Combine(Path.GetTempPath(), "renstra-tests", "konteks-kembali"),
            // Offline: a context is leased and returned, nothing is connected.
            ["ConnectionStrings:Renstra"] = provider == DatabaseProvider.SqlServer
                ? "Server=(offline);Database=Renstra;Trusted_Connection=True;TrustServerCertificate=True"
                : null,
        }).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddModuleDbContext<KinerjaDbContext, KinerjaSqliteDbContext>(configuration, "Kinerja", "kinerja")
            .BuildServiceProvider();
    }
}
