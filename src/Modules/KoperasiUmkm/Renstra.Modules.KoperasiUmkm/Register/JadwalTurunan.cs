using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Shared.Hosting;

namespace Renstra.Modules.KoperasiUmkm.Register;

/// <summary>
/// At start: the recurring run of <see cref="PemrosesTurunan"/> (<c>Renstra:Register:TurunanCron</c>, default every
/// minute; <c>off</c> disables it) and one run now for whatever a restart left queued.
/// </summary>
internal sealed class JadwalTurunan(KoperasiUmkmDbContext db, AntrianTurunan antrian, IServiceProvider services, IConfiguration configuration)
    : IStartupTask
{
    public const string KunciCron = "Renstra:Register:TurunanCron";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IRecurringJobManager>() is { } berulang)
        {
            var cron = configuration[KunciCron] is { Length: > 0 } c ? c : Cron.Minutely();
            if (string.Equals(cron, "off", StringComparison.OrdinalIgnoreCase)) berulang.RemoveIfExists(PemrosesTurunan.IdBerulang);
            else berulang.AddOrUpdate<PemrosesTurunan>(PemrosesTurunan.IdBerulang, p => p.JalankanAsync(CancellationToken.None), cron);
        }
        if (await db.PermintaanTurunan.AnyAsync(cancellationToken)) antrian.Jalankan();
    }
}
