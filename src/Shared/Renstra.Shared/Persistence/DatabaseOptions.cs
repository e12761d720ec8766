using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Renstra.Shared.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>
/// <c>Renstra:Database:Provider</c>, <c>Renstra:DataDirectory</c>, <c>ConnectionStrings:Renstra</c> and
/// <c>Renstra:Database:GroupCommit</c> (SQLite: commits share their disk flush, <see cref="KomitBersama"/>; default on) and
/// <c>Renstra:Database:CompiledModels</c> (<see cref="CompiledModelAttribute"/>; default on).
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string DataDirectory, string? ConnectionString)
{
    /// <summary>SQLite only: <c>synchronous=NORMAL</c> plus a shared flush awaited by every commit, instead of FULL.</summary>
    public bool GroupCommit { get; init; } = true;

    /// <summary>
    /// Each context starts with its generated compiled model instead of building its model by conventions at first use
    /// (docs/benchmarks.md, "Compiled models"); <c>false</c> only to compare or to rule the generated code out.
    /// </summary>
    public bool CompiledModels { get; init; } = true;

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var providerText = configuration["Renstra:Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var p)
                ? p
                : throw new InvalidOperationException(
                    $"Renstra:Database:Provider '{providerText}' tidak dikenal; gunakan Sqlite atau SqlServer.");
        var dataDirectory = Path.GetFullPath(configuration["Renstra:DataDirectory"] is { Length: > 0 } d ? d : "data");
        return new DatabaseOptions(provider, dataDirectory, configuration.GetConnectionString("Renstra"))
        {
            GroupCommit = !string.Equals(configuration["Renstra:Database:GroupCommit"], "false", StringComparison.OrdinalIgnoreCase),
            CompiledModels = !string.Equals(configuration["Renstra:Database:CompiledModels"], "false", StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>
    /// True when each module has a database of its own (SQLite with the default files or a <c>{modul}</c> placeholder),
    /// so their migrations may run side by side; modules sharing one database (SQL Server's schemas, one SQLite file
    /// named without the placeholder) must migrate one after another, as EF's migration lock is per database.
    /// </summary>
    public bool FilePerModule =>
        Provider == DatabaseProvider.Sqlite
        && (string.IsNullOrWhiteSpace(ConnectionString) || ConnectionString.Contains(ModulePlaceholder, StringComparison.OrdinalIgnoreCase));

    private const string ModulePlaceholder = "{modul}";

    /// <summary>
    /// SQLite has no schemas, so each module gets its own file. An explicit connection string may
    /// name the file with a <c>{modul}</c> placeholder.
    /// </summary>
    public string SqliteConnectionString(string moduleName)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
            return ConnectionString.Replace(ModulePlaceholder, moduleName, StringComparison.OrdinalIgnoreCase);
        Directory.CreateDirectory(DataDirectory);
        return $"Data Source={Path.Combine(DataDirectory, moduleName.ToLowerInvariant() + ".db")};Pooling=True;Default Timeout=30";
    }

    /// <summary>
    /// A build published without ICU (<c>-p:InvariantGlobalization=true</c>, for a server that only runs the embedded
    /// SQLite) cannot run SQL Server: Microsoft.Data.SqlClient refuses to open a connection in that mode. Such a host
    /// configured for SQL Server says at start how to publish it, instead of failing at its first query.
    /// </summary>
    /// <param name="tanpaIcu">Whether this runtime has no ICU; found out when not given (tests pass it).</param>
    public void PastikanDidukungRuntime(bool? tanpaIcu = null)
    {
        if (Provider == DatabaseProvider.SqlServer && (tanpaIcu ?? TanpaIcu()))
            throw new InvalidOperationException(
                "Renstra:Database:Provider = SqlServer membutuhkan ICU, tetapi aplikasi ini diterbitkan tanpa ICU "
                + "(InvariantGlobalization=true, hanya untuk SQLite). Terbitkan dengan -p:InvariantGlobalization=false "
                + "(bawaan), atau ubah \"System.Globalization.Invariant\" menjadi false di Renstra.Host.runtimeconfig.json.");
    }

    private static bool TanpaIcu()
    {
        try
        {
            _ = CultureInfo.GetCultureInfo("en-US", predefinedOnly: true);
            return false;
        }
        catch (CultureNotFoundException)
        {
            return true;
        }
    }

    public string SqlServerConnectionString() =>
        string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new InvalidOperationException(
                "ConnectionStrings:Renstra wajib diisi bila Renstra:Database:Provider = SqlServer.")
            : ConnectionString;
}
