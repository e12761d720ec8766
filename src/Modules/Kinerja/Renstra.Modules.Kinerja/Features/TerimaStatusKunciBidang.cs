using Mediator;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang.Contracts;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Inbox;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>Keeps Kinerja's copy of which bidang periods are locked (idempotent through the inbox).</summary>
public sealed class TerimaStatusKunciBidang(KinerjaDbContext db, TimeProvider time, LayananKinerja layanan)
    : INotificationHandler<StatusKunciBerubahIntegrationEvent>
{
    public async ValueTask Handle(StatusKunciBerubahIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = nameof(TerimaStatusKunciBidang);
        if (await db.AlreadyHandledAsync(notification.Id, handler, cancellationToken)) return;
        var now = time.GetUtcNow().UtcDateTime;
        var kunci = await db.KunciPeriode.SingleOrDefaultAsync(
            k => k.Modul == notification.Modul && k.Periode == notification.Periode && k.Wilayah == notification.Wilayah,
            cancellationToken);
        if (kunci is null)
        {
            kunci = new KunciPeriode { Modul = notification.Modul, Periode = notification.Periode, Wilayah = notification.Wilayah };
            db.KunciPeriode.Add(kunci);
        }
        // Events may arrive out of order; the later change wins.
        if (notification.Waktu.UtcDateTime >= kunci.DiubahPadaUtc)
        {
            kunci.Terkunci = notification.Terkunci;
            kunci.DiubahPadaUtc = notification.Waktu.UtcDateTime;
        }
        // Locking freezes the result of the data as it was at the lock: the period's results are recomputed
        // once more (after any sheet delivered before the lock), then stay. Unlocking lets them follow the live rules again.
        if (Periode.TryParse(notification.Periode, out _))
        {
            var kode = await db.IndikatorVersi.Where(v => v.Modul == notification.Modul).Select(v => v.Kode).Distinct().ToListAsync(cancellationToken);
            layanan.Antrian.KunciBerubah(db, notification.Wilayah, notification.Periode, kode);
        }
        db.MarkHandled(notification.Id, handler, now);
        await db.SaveChangesAsync(cancellationToken);
        layanan.Antrian.Jalankan();
    }
}
