using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Hosting;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// At start: the recurring run of <see cref="PemrosesHitungUlang"/> (<c>Renstra:Kinerja:HitungUlangCron</c>, default
/// every minute; <c>off</c> disables it), one run now for whatever a restart left queued, and — on the first start
/// after the upgrade to stored results (data, but no version stamp yet) — a recompute of every region.
/// </summary>
internal sealed class JadwalHitungUlang(KinerjaDbContext db, AntrianHitungUlang antrian, IServiceProvider services, IConfiguration configuration)
    : IStartupTask
{
    public const string KunciCron = "Renstra:Kinerja:HitungUlangCron";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!await db.PerubahanCapaian.AnyAsync(cancellationToken) && await db.NilaiVariabel.AnyAsync(cancellationToken))
        {
            await antrian.AturanBerubahAsync(db, null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        JadwalBerulang.Daftarkan<PemrosesHitungUlang>(services, configuration, KunciCron, PemrosesHitungUlang.IdBerulang, p => p.JalankanAsync(CancellationToken.None));
        if (await db.PermintaanHitungUlang.AnyAsync(cancellationToken)) antrian.Jalankan();
    }
}
