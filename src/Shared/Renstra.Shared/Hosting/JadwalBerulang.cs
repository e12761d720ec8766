using System.Linq.Expressions;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Renstra.Shared.Hosting;

/// <summary>
/// A queue's recurring drain at start: the cron of <paramref name="kunciCron"/> in configuration (default every minute;
/// <c>off</c> removes the job). Without Hangfire (a test host that has none) nothing is scheduled.
/// </summary>
public static class JadwalBerulang
{
    public static void Daftarkan<T>(IServiceProvider services, IConfiguration configuration, string kunciCron, string id, Expression<Func<T, Task>> pekerjaan)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.GetService<IRecurringJobManager>() is not { } berulang) return;
        var cron = configuration[kunciCron] is { Length: > 0 } c ? c : Cron.Minutely();
        if (string.Equals(cron, "off", StringComparison.OrdinalIgnoreCase)) berulang.RemoveIfExists(id);
        else berulang.AddOrUpdate(id, pekerjaan, cron);
    }
}
