using Microsoft.Playwright;

namespace Renstra.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright: no test tool may download a browser here. One browser process
/// per test collection; each test gets a fresh context (no cookies shared between tests).
/// </summary>
public sealed class Peramban : IAsyncLifetime
{
    /// <summary>Where the browser lives; <c>RENSTRA_CHROMIUM</c> overrides it.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("RENSTRA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>
    /// Why the browser tests cannot run here, in one sentence saying how to get a browser; null when
    /// <see cref="ChromiumPath"/> is an executable file.
    /// </summary>
    public static string? Kendala { get; } = CariKendala();

    private static string? CariKendala()
    {
        var path = ChromiumPath;
        var executable = File.Exists(path) &&
            (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
        return executable
            ? null
            : $"The browser tests need Chromium at {path}, which is missing: run scripts/test.sh (it installs Debian's chromium), " +
              "or 'sudo apt-get install -y chromium', or point RENSTRA_CHROMIUM at a Chromium binary.";
    }

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public WebApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Every test of the collection is skipped then; starting the app for nothing would cost seconds.
        if (Kendala is not null) return;
        App = new WebApp();
        _playwright = await Playwright.CreateAsync();
        // Playwright refuses --user-data-dir in Args; its launch always starts Chromium on a new, empty
        // temporary profile of its own, which is what the flag would give.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>
    /// A new page in a fresh context, at the app's origin (or <paramref name="app"/>'s, an app of one test's own),
    /// in a laptop or phone-sized window; with <paramref name="javascript"/> false the browser runs no script
    /// (progressive enhancement).
    /// </summary>
    public async Task<IPage> HalamanBaruAsync(bool ponsel = false, bool javascript = true, WebApp? app = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (app ?? App).Origin.ToString(),
            Locale = "id-ID",
            JavaScriptEnabled = javascript,
            ViewportSize = ponsel ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        App?.Dispose();
    }
}

[CollectionDefinition(Nama)]
public sealed class PerambanCollection : ICollectionFixture<Peramban>
{
    public const string Nama = "Peramban";
}
