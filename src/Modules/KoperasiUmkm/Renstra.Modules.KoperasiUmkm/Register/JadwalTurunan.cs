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
        JadwalBerulang.Daftarkan<PemrosesTurunan>(services, configuration, KunciCron, PemrosesTurunan.IdBerulang, p => p.JalankanAsync(CancellationToken.None));
        if (await db.PermintaanTurunan.AnyAsync(cancellationToken)) antrian.Jalankan();
    }
}
