using System.Globalization;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// The app and these tests run without ICU (InvariantGlobalization, Directory.Build.props): Indonesian formats come from
/// <see cref="Budaya.Indonesia"/>, and a SQL Server host, whose client needs ICU, refuses to start with the fix named.
/// </summary>
public sealed class GlobalisasiTests
{
    [Fact]
    public void The_tests_run_the_host_without_ICU_as_the_published_app_does()
    {
        Assert.Throws<CultureNotFoundException>(() => CultureInfo.GetCultureInfo("id-ID"));
        var konfigurasi = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Renstra.Host.runtimeconfig.json"));
        Assert.Contains("\"System.Globalization.Invariant\": true", konfigurasi, StringComparison.Ordinal);
    }

    [Fact]
    public void Indonesian_numbers_and_dates_need_no_ICU()
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
            () => new DatabaseOptions(DatabaseProvider.SqlServer, "/data", "Server=db;Database=renstra").PastikanDidukungRuntime());
        Assert.Contains("-p:InvariantGlobalization=false", galat.Message, StringComparison.Ordinal);
        new DatabaseOptions(DatabaseProvider.Sqlite, "/data", null).PastikanDidukungRuntime();
    }
}
