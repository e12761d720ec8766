using System.Globalization;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// The shipped build runs with ICU, so SQL Server stays a configuration choice; Indonesian formats come from
/// <see cref="Budaya.Indonesia"/> with or without it, and a build published without ICU (SQLite only) refuses to start on
/// SQL Server, whose client needs ICU, with the fix named.
/// </summary>
public sealed class GlobalisasiTests
{
    [Fact]
    public void The_shipped_build_runs_with_ICU_so_either_database_provider_can_be_configured()
    {
        var konfigurasi = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Renstra.Host.runtimeconfig.json"));
        Assert.Contains("\"System.Globalization.Invariant\": false", konfigurasi, StringComparison.Ordinal);
        new DatabaseOptions(DatabaseProvider.SqlServer, "/data", "Server=db;Database=renstra").PastikanDidukungRuntime();
    }

    [Fact]
    public void Indonesian_numbers_and_dates_are_written_out_not_looked_up()
    {
        Assert.Equal("1.234.567,89", 1234567.891m.ToString("N2", Budaya.Indonesia));
        Assert.Equal("Senin, 17 Agustus 2026", new DateTime(2026, 8, 17).ToString("dddd, d MMMM yyyy", Budaya.Indonesia));
        Assert.True(decimal.TryParse("-1.234,5", NumberStyles.Number, Budaya.Indonesia, out var nilai));
        Assert.Equal(-1234.5m, nilai);
    }

    [Fact]
    public void A_SQL_Server_host_without_ICU_refuses_to_start_and_names_the_publish_that_fixes_it()
    {
        var galat = Assert.Throws<InvalidOperationException>(
            () => new DatabaseOptions(DatabaseProvider.SqlServer, "/data", "Server=db;Database=renstra").PastikanDidukungRuntime(tanpaIcu: true));
        Assert.Contains("-p:InvariantGlobalization=false", galat.Message, StringComparison.Ordinal);
        new DatabaseOptions(DatabaseProvider.Sqlite, "/data", null).PastikanDidukungRuntime(tanpaIcu: true);
    }
}
