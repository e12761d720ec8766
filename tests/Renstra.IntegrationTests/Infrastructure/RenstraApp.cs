using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Renstra.IntegrationTests.Infrastructure;

/// <summary>
/// The real host on the embedded default (SQLite files in a fresh temporary data directory, demo
/// users on). Each instance is a separate installation; dispose it to delete its data.
/// </summary>
public class RenstraApp : WebApplicationFactory<Program>
{
    public const string Admin = "admin@renstra.local";
    public const string Pimpinan = "pimpinan@renstra.local";
    public const string OperatorNaker = "operator.naker@renstra.local";
    public const string OperatorKukm = "operator.kukm@renstra.local";
    public const string OperatorSekretariat = "operator.sekretariat@renstra.local";
    public const string DemoPassword = "Renstra#2026";

    private readonly Dictionary<string, string> _tokens = [];

    public RenstraApp() : this(CreateDataDirectory())
    {
    }

    /// <summary>Reuses a data directory: a second app on the same directory is a restart.</summary>
    public RenstraApp(string dataDirectory) => DataDirectory = dataDirectory;

    public string DataDirectory { get; }

    /// <summary>The app's last warnings and errors, to show beside an unexpected answer.</summary>
    public CatatanGalat Galat { get; } = new();

    /// <summary>Extra settings for one test class (e.g. a lower login rate limit).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public bool DeleteDataOnDispose { get; init; } = true;

    public static string CreateDataDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "renstra-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // As in Development: a singleton capturing a scoped service must fail here, not first on a newcomer's `scripts/run.sh`.
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        builder.UseSetting("Renstra:DataDirectory", DataDirectory);
        builder.UseSetting("Renstra:DemoUsers", "true");
        builder.UseSetting("Renstra:Login:PermitPerMinute", "1000");
        builder.UseSetting("Renstra:RulesDirectory", RepositoryPaths.Rules);
        // Many apps share the test process: an idle one must not run full, blocking collections under the others.
        builder.UseSetting("Renstra:Memory:IdleTrimSeconds", "0");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Galat));
    }

    /// <summary>A client signed in as <paramref name="email"/> with a bearer token.</summary>
    public async Task<HttpClient> ClientForAsync(string email)
    {
        if (!_tokens.TryGetValue(email, out var token))
        {
            using var anonymous = CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = DemoPassword });
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
            token = body!.AccessToken;
            _tokens[email] = token;
        }
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && DeleteDataOnDispose) TryDelete(DataDirectory);
    }

    public static void TryDelete(string directory)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing background job; the temp folder is cleaned by the OS.
        }
    }

    private sealed record TokenResponse(string TokenType, string AccessToken, int ExpiresIn, string RefreshToken);
}
