using Mediator;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang.Contracts;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Inbox;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>
/// Keeps Evaluasi's copy of a bidang module's realisasi anggaran sheet. Idempotent twice over: the inbox
/// drops a redelivered event, and a revision older than the stored one changes nothing.
/// </summary>
public sealed class TerimaRealisasiAnggaran(EvaluasiDbContext db, TimeProvider time) : INotificationHandler<RealisasiAnggaranDiterimaIntegrationEvent>
{
    public async ValueTask Handle(RealisasiAnggaranDiterimaIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = nameof(TerimaRealisasiAnggaran);
        if (await db.AlreadyHandledAsync(notification.Id, handler, cancellationToken)) return;
        if (!Periode.TryParse(notification.Periode, out var periode) || periode.Triwulan is not { } triwulan) return;

        var sekarang = time.GetUtcNow().UtcDateTime;
        var tersimpan = await db.RealisasiAnggaran.Where(r => r.Periode == notification.Periode)
            .ToDictionaryAsync(r => r.SubKegiatanId, StringComparer.Ordinal, cancellationToken);
        foreach (var (id, rp) in notification.Realisasi)
        {
            if (tersimpan.TryGetValue(id, out var baris))
            {
                if (baris.Revisi > notification.Revisi && baris.Modul == notification.Modul) continue;
            }
            else
            {
                baris = new RealisasiAnggaran { Periode = notification.Periode, Tahun = periode.Tahun, Triwulan = triwulan, SubKegiatanId = id };
                db.RealisasiAnggaran.Add(baris);
            }
            baris.Modul = notification.Modul;
            baris.Rp = rp;
            baris.Revisi = notification.Revisi;
            baris.DiterimaPadaUtc = sekarang;
        }
        db.MarkHandled(notification.Id, handler, sekarang);
        await db.SaveChangesAsync(cancellationToken);
    }
}
