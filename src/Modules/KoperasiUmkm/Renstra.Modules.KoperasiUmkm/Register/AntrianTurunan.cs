using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Data.Register;

namespace Renstra.Modules.KoperasiUmkm.Register;

/// <summary>
/// Records that register-derived variables must be derived again. <see cref="Minta"/> only adds a row to the
/// caller's context, so it commits in the caller's transaction together with the register change; after the
/// commit the caller calls <see cref="Jalankan"/> to start <see cref="PemrosesTurunan"/>. Singleton.
/// </summary>
internal sealed class AntrianTurunan(IServiceProvider services, TimeProvider time)
{
    private int _terjadwal;

    /// <summary>A change of <paramref name="register"/> (null: of the rules of every register) needs a derivation.</summary>
    public void Minta(KoperasiUmkmDbContext db, string? register)
    {
        var sekarang = time.GetUtcNow().UtcDateTime;
        db.PermintaanTurunan.Add(new PermintaanTurunan { Register = register, DibuatPadaUtc = sekarang, CobaLagiPadaUtc = sekarang });
    }

    /// <summary>
    /// Starts the derivation job after a commit. At most one job waits per instance: a burst of register
    /// writes (an import, a form filled quickly) becomes one derivation.
    /// </summary>
    public void Jalankan()
    {
        if (Interlocked.Exchange(ref _terjadwal, 1) == 1) return;
        // Absent only in tooling; the recurring run covers any gap.
        if (services.GetService<IBackgroundJobClient>() is not { } jobs)
        {
            _terjadwal = 0;
            return;
        }
        jobs.Enqueue<PemrosesTurunan>(p => p.JalankanAsync(CancellationToken.None));
    }

    /// <summary>Called by the job as it starts reading the queue: a later commit schedules the next job.</summary>
    public void Dimulai() => Interlocked.Exchange(ref _terjadwal, 0);
}
