using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Renstra.Modules.KoperasiUmkm.Data;

using Renstra.Shared.Hosting;

namespace Renstra.Modules.KoperasiUmkm.Register;

/// <summary>
/// The Hangfire job that drains <see cref="Data.Register.PermintaanTurunan"/>: every due request becomes one
/// derivation of the registers they name (each register once, however many writes queued it), and the
/// requests it covered are deleted only after the derived sheets are written. Idempotent: a derivation
/// writes only values that differ from the stored sheet, so a run repeated after a crash or a failure writes
/// nothing twice. A failure keeps the requests, records the attempt, the reason and the time of the retry
/// (back-off up to five minutes), schedules that retry and fails the run so that the dashboard shows it.
/// Runs after every commit that queues a request (<see cref="AntrianTurunan.Jalankan"/>), every minute and at start.
/// </summary>
internal sealed partial class PemrosesTurunan(
    KoperasiUmkmDbContext db, PenurunanVariabel penurunan, AntrianTurunan antrian, IBackgroundJobClient jobs,
    TimeProvider time, ILogger<PemrosesTurunan> logger)
{
    public const string IdBerulang = "koperasiumkm-turunan-register";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task JalankanAsync(CancellationToken cancellationToken)
    {
        antrian.Dimulai();
        var sekarang = time.GetUtcNow().UtcDateTime;
        var permintaan = await db.PermintaanTurunan.AsNoTracking().Where(p => p.CobaLagiPadaUtc <= sekarang)
            .Select(p => new { p.Id, p.Register, p.Percobaan }).ToListAsync(cancellationToken);
        var gagal = false;
        if (permintaan.Count > 0)
        {
            var ids = permintaan.Select(p => p.Id).ToList();
            // A request without a register (a rule import) covers them all: derive once, for every register.
            IReadOnlyList<string?> daftar = permintaan.Any(p => p.Register is null)
                ? [null]
                : permintaan.Select(p => p.Register).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            try
            {
                var ditulis = 0;
                foreach (var register in daftar) ditulis += await penurunan.JalankanAsync(register, cancellationToken);
                await db.PermintaanTurunan.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
                LogSelesai(logger, permintaan.Count, ditulis);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                gagal = true;
                var percobaan = permintaan.Max(p => p.Percobaan) + 1;
                LogGagal(logger, e, percobaan);
                var galat = CobaLagi.Galat(e);
                var lagi = time.GetUtcNow().UtcDateTime + CobaLagi.Tunda(percobaan);
                await db.PermintaanTurunan.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(p => p.Percobaan, p => p.Percobaan + 1)
                    .SetProperty(p => p.GalatTerakhir, galat)
                    .SetProperty(p => p.CobaLagiPadaUtc, lagi), CancellationToken.None);
            }
        }
        await JadwalkanYangMenungguAsync(cancellationToken);
        if (gagal)
            throw new TurunanGagalException("Penurunan variabel dari register gagal; permintaan tetap antre dan dicoba lagi otomatis.");
    }

    /// <summary>
    /// Requests waiting for their retry time get a run then. Hangfire keeps schedule times in whole seconds, so one
    /// second more: a run that starts early finds nothing due and ends.
    /// </summary>
    private async Task JadwalkanYangMenungguAsync(CancellationToken cancellationToken)
    {
        var sekarang = time.GetUtcNow().UtcDateTime;
        var menunggu = await db.PermintaanTurunan.Where(p => p.CobaLagiPadaUtc > sekarang).OrderBy(p => p.CobaLagiPadaUtc)
            .Select(p => (DateTime?)p.CobaLagiPadaUtc).FirstOrDefaultAsync(cancellationToken);
        if (menunggu is { } waktu)
            jobs.Schedule<PemrosesTurunan>(p => p.JalankanAsync(CancellationToken.None), new DateTimeOffset(DateTime.SpecifyKind(waktu, DateTimeKind.Utc)).AddSeconds(1));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Register derivation: {Permintaan} request(s) done, {Lembar} sheet(s) written")]
    private static partial void LogSelesai(ILogger logger, int permintaan, int lembar);

    [LoggerMessage(Level = LogLevel.Error, Message = "Register derivation failed (attempt {Percobaan}); the requests stay queued and are retried")]
    private static partial void LogGagal(ILogger logger, Exception exception, int percobaan);
}

/// <summary>A derivation run that failed; its requests stay queued and are retried.</summary>
internal sealed class TurunanGagalException(string pesan) : Exception(pesan);
