using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Renstra.Web.Capaian;

/// <summary>Background work waiting or running: delivering submissions to Kinerja, recomputing capaian, imports.</summary>
public sealed record KeadaanPekerjaan(long Antre, long Diproses)
{
    public bool Sibuk => Antre + Diproses > 0;
}

/// <summary>
/// Reads the host's Hangfire storage (the same one its dashboard shows), so a page can say that a recompute
/// is still under way and refresh itself instead of showing stale numbers as final.
/// </summary>
public sealed class StatusPekerjaan(IServiceProvider services)
{
    public KeadaanPekerjaan Baca()
    {
        if (services.GetService<JobStorage>() is not { } storage) return new(0, 0);
        var statistik = storage.GetMonitoringApi().GetStatistics();
        return new(statistik.Enqueued, statistik.Processing);
    }
}
