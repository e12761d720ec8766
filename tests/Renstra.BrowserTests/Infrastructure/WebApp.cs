using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.BrowserTests.Infrastructure;

/// <summary>
/// The real host served by Kestrel on a free loopback port (a browser cannot reach the in-memory test
/// server), on SQLite files in a fresh temporary data directory, with the demo users.
/// </summary>
public sealed class WebApp : WebApplicationFactory<Program>
{
    public const string Admin = "admin@renstra.local";
    public const string Pimpinan = "pimpinan@renstra.local";
    public const string OperatorNaker = "operator.naker@renstra.local";
    public const string OperatorKukm = "operator.kukm@renstra.local";
    public const string DemoPassword = "Renstra#2026";

    /// <summary>The office the UI names by default (<c>Renstra:Web:NamaDinas</c>).</summary>
    public const string NamaDinas = "Dinas Tenaga Kerja, Koperasi, Usaha Kecil dan Menengah Kabupaten Belitung Timur";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "renstra-browser", Guid.NewGuid().ToString("N"));

    public WebApp()
    {
        Directory.CreateDirectory(_dataDirectory);
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        Origin = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary><c>http://127.0.0.1:port</c>: everything a page loads must come from here.</summary>
    public Uri Origin { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // As in Development: a singleton capturing a scoped service must fail here, not first on a newcomer's `scripts/run.sh`.
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        builder.UseSetting("Renstra:DataDirectory", _dataDirectory);
        builder.UseSetting("Renstra:DemoUsers", "true");
        builder.UseSetting("Renstra:Login:PermitPerMinute", "1000");
        builder.UseSetting("Renstra:RulesDirectory", RepositoryPaths.Rules);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background job; the OS cleans the temp folder.
        }
    }
}
