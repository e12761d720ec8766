using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Renstra.Host.Identity;

namespace Renstra.Host.Hosting;

/// <summary>
/// One line once the app listens: where to open it and, with the demo users on, how to sign in — the
/// first thing a newcomer needs from the console, not buried among start-up messages.
/// </summary>
internal static partial class StartAnnouncement
{
    public static void AnnounceWhereToOpen(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Renstra.Start");
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var url = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
                ?? addresses.FirstOrDefault() ?? "(no address)";
            url = url.Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal);
            if (PenggunaAwal.DemoUsersActive(app.Configuration, app.Environment))
                LogReadyWithDemoUsers(logger, url, PenggunaAwal.DemoUsers[0].Email, PenggunaAwal.DemoPassword);
            else
                LogReady(logger, url);
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "Renstra is ready: open {Url}/ (API reference {Url}/scalar)")]
    private static partial void LogReady(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Renstra is ready: open {Url}/ and sign in as {Email} with password {Password} (demo users: admin, pimpinan, operator.naker, operator.kukm, operator.sekretariat @renstra.local; API reference {Url}/scalar)")]
    private static partial void LogReadyWithDemoUsers(ILogger logger, string url, string email, string password);
}
