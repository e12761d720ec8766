using Mediator;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang.Contracts;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Inbox;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>
/// Keeps Kinerja's copy of a bidang module's sheet. Idempotent twice over: the inbox drops a
/// redelivered event, and a revision older than the stored one changes nothing. The values, the inbox
/// row and the recompute request of the affected periods commit together; the recompute follows in
/// its own job, once per region however many sheets arrived meanwhile.
/// </summary>
public sealed class TerimaLembarDataBidang(KinerjaDbContext db, TimeProvider time, LayananKinerja layanan, HierarkiWilayah hierarki)
    : INotificationHandler<LembarDataDiterimaIntegrationEvent>
{
    public async ValueTask Handle(LembarDataDiterimaIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = nameof(TerimaLembarDataBidang);
        if (await db.AlreadyHandledAsync(notification.Id, handler, cancellationToken)) return;

        var now = time.GetUtcNow().UtcDateTime;
        var stored = await db.NilaiVariabel
            .Where(n => n.Modul == notification.Modul && n.Periode == notification.Periode && n.Wilayah == notification.Wilayah)
            .ToDictionaryAsync(n => n.Kode, cancellationToken);
        foreach (var (kode, nilai) in notification.Nilai)
        {
            if (stored.TryGetValue(kode, out var existing))
            {
                if (existing.Revisi > notification.Revisi) continue;
                existing.Nilai = nilai;
                existing.Revisi = notification.Revisi;
                existing.DiterimaPadaUtc = now;
            }
            else
            {
                db.NilaiVariabel.Add(new NilaiVariabel
                {
                    Modul = notification.Modul,
                    Periode = notification.Periode,
                    Wilayah = notification.Wilayah,
                    Kode = kode,
                    Nilai = nilai,
                    Revisi = notification.Revisi,
                    DiterimaPadaUtc = now,
                });
            }
        }
        // The sheet's period, the next one (its sebelumnya) and, for a quarter, its year.
        if (Periode.TryParse(notification.Periode, out var periode))
        {
            layanan.Antrian.DataBerubah(db, notification.Wilayah, periode);
            // A kecamatan's values are part of its kabupaten's (summed), so the kabupaten follows.
            if (hierarki.Induk(notification.Wilayah) is { } induk) layanan.Antrian.DataBerubah(db, induk, periode);
        }
        db.MarkHandled(notification.Id, handler, now);
        await db.SaveChangesAsync(cancellationToken);
        layanan.Antrian.Jalankan();
    }
}
