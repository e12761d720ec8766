using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Renstra.Modules.Bidang.Contracts;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Inbox;
using Renstra.Shared.Persistence;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>
/// Keeps Kinerja's copy of a bidang module's sheet. Idempotent twice over: the inbox drops a
/// redelivered event, and a revision older than the stored one changes nothing. Takes the outbox's
/// deliveries in batches (<see cref="IIntegrationEventBatchHandler"/>): the values of every sheet in the
/// batch, their inbox rows and one recompute request per affected region × period commit together; the
/// recompute follows in its own job, once per region however many sheets arrived meanwhile. A single
/// event published through Mediator is a batch of one.
/// </summary>
public sealed partial class TerimaLembarDataBidang(
    KinerjaDbContext db, TimeProvider time, LayananKinerja layanan, HierarkiWilayah hierarki, ILogger<TerimaLembarDataBidang> logger)
    : INotificationHandler<LembarDataDiterimaIntegrationEvent>, IIntegrationEventBatchHandler
{
    private const string Nama = nameof(TerimaLembarDataBidang);

    public async ValueTask Handle(LembarDataDiterimaIntegrationEvent notification, CancellationToken cancellationToken) =>
        await TerimaAsync([notification], cancellationToken);

    bool IIntegrationEventBatchHandler.Handles(IntegrationEvent integrationEvent) => integrationEvent is LembarDataDiterimaIntegrationEvent;

    Task IIntegrationEventBatchHandler.HandleAsync(IReadOnlyList<IntegrationEvent> integrationEvents, CancellationToken cancellationToken) =>
        TerimaAsync(integrationEvents.Cast<LembarDataDiterimaIntegrationEvent>().ToList(), cancellationToken);

    private async Task TerimaAsync(IReadOnlyList<LembarDataDiterimaIntegrationEvent> daftar, CancellationToken cancellationToken)
    {
        var ids = daftar.Select(e => e.Id).Distinct().ToList();
        var sudah = (await db.Set<InboxMessage>().Where(m => m.Handler == Nama && ids.Contains(m.MessageId))
            .Select(m => m.MessageId).ToListAsync(cancellationToken)).ToHashSet();
        var baru = daftar.Where(e => !sudah.Contains(e.Id)).DistinctBy(e => e.Id).ToList();
        if (baru.Count == 0) return;

        var now = time.GetUtcNow().UtcDateTime;
        var terdampak = new List<(string Wilayah, Periode Periode, IReadOnlySet<string>? Variabel)>();
        try
        {
            var tersimpan = await NilaiTersimpanAsync(baru, cancellationToken);
            foreach (var lembar in baru.GroupBy(e => (e.Modul, e.Periode, e.Wilayah)))
            {
                var (modul, periodeTeks, wilayah) = lembar.Key;
                var stored = tersimpan.GetValueOrDefault(lembar.Key) ?? new Dictionary<string, NilaiVariabel>();
                // A new sheet recomputes every indicator (its period may hold no result yet); a revision those reading a
                // value it changed, and a revision that changed no value nothing.
                HashSet<string>? berubah = stored.Count == 0 ? null : new HashSet<string>(StringComparer.Ordinal);
                foreach (var notification in lembar) Salin(notification, stored, now, berubah);
                if (berubah is { Count: 0 }) continue;
                // The sheet's period, the next one (its sebelumnya) and, for a quarter, its year.
                if (!Periode.TryParse(periodeTeks, out var periode)) continue;
                terdampak.Add((wilayah, periode, berubah));
                // A kecamatan's values are part of its kabupaten's (summed), so the kabupaten follows.
                if (hierarki.Induk(wilayah) is { } induk) terdampak.Add((induk, periode, berubah));
            }
            layanan.Antrian.DataBerubah(db, terdampak);
            foreach (var e in baru) db.MarkHandled(e.Id, Nama, now);
            var t0 = time.GetTimestamp();
            using (await GerbangTulisSqlite.MasukAsync(db, cancellationToken))
            {
                var t1 = time.GetTimestamp();
                // The batch's rows as plain statements (SimpanLangsung): with the sheet PUT saving that way, EF's update
                // pipeline here left the delivery behind 200 writers (docs/benchmarks.md, "PUT → capaian visible", Session 19).
                await using var transaksi = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.SimpanLangsungAsync(cancellationToken);
                await transaksi.CommitAsync(cancellationToken);
                LogDiterima(logger, baru.Count, time.GetElapsedTime(t0, t1).TotalMilliseconds, time.GetElapsedTime(t1).TotalMilliseconds);
            }
        }
        finally
        {
            // The dispatcher's scope hands this context batch after batch (or, after a failure, the same events one
            // by one): nothing of an earlier batch stays tracked. Kinerja publishes no events, so no outbox row of
            // the dispatcher's own is tracked here.
            db.ChangeTracker.Clear();
        }
        layanan.Antrian.Jalankan();
    }

    /// <summary>
    /// The stored values of every sheet of the batch, tracked, by sheet then variable: one query for the batch (one per
    /// sheet was a fifth of the inbox's allocation). Read by module, period and region each in the batch's lists; a
    /// combination no event names is left out.
    /// </summary>
    private async Task<Dictionary<(string Modul, string Periode, string Wilayah), Dictionary<string, NilaiVariabel>>> NilaiTersimpanAsync(
        List<LembarDataDiterimaIntegrationEvent> daftar, CancellationToken cancellationToken)
    {
        var lembar = daftar.Select(e => (e.Modul, e.Periode, e.Wilayah)).ToHashSet();
        var modul = lembar.Select(l => l.Modul).Distinct(StringComparer.Ordinal).ToList();
        var periode = lembar.Select(l => l.Periode).Distinct(StringComparer.Ordinal).ToList();
        var wilayah = lembar.Select(l => l.Wilayah).Distinct(StringComparer.Ordinal).ToList();
        var hasil = new Dictionary<(string, string, string), Dictionary<string, NilaiVariabel>>();
        await foreach (var n in db.NilaiVariabel
            .Where(n => modul.Contains(n.Modul) && periode.Contains(n.Periode) && wilayah.Contains(n.Wilayah))
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var kunci = (n.Modul, n.Periode, n.Wilayah);
            if (!lembar.Contains(kunci))
            {
                db.Entry(n).State = EntityState.Detached;
                continue;
            }
            if (!hasil.TryGetValue(kunci, out var nilai)) hasil[kunci] = nilai = new Dictionary<string, NilaiVariabel>();
            nilai.Add(n.Kode, n);
        }
        return hasil;
    }

    /// <param name="berubah">Collects the variables whose value was added, changed or removed (when not null).</param>
    private void Salin(LembarDataDiterimaIntegrationEvent notification, Dictionary<string, NilaiVariabel> stored, DateTime now, HashSet<string>? berubah)
    {
        // A removed value (the legacy kabupaten value giving way to the register's sum) goes unless a newer revision holds it.
        foreach (var kode in notification.Dihapus)
        {
            if (!stored.TryGetValue(kode, out var existing) || existing.Revisi >= notification.Revisi) continue;
            db.NilaiVariabel.Remove(existing);
            stored.Remove(kode);
            berubah?.Add(kode);
        }
        // The event carries the whole sheet, so every value of a revision already applied is stored with that number:
        // an older event delivered late (a retried failure) adds nothing, and cannot bring back a value removed since.
        var terbaru = stored.Count == 0 ? 0 : stored.Values.Max(n => n.Revisi);
        foreach (var (kode, nilai) in notification.Nilai)
        {
            if (!stored.ContainsKey(kode) && notification.Revisi < terbaru) continue;
            if (stored.TryGetValue(kode, out var existing))
            {
                if (existing.Revisi > notification.Revisi) continue;
                if (existing.Nilai != nilai) berubah?.Add(kode);
                existing.Nilai = nilai;
                existing.Revisi = notification.Revisi;
                existing.DiterimaPadaUtc = now;
                continue;
            }
            stored[kode] = new NilaiVariabel
            {
                Modul = notification.Modul,
                Periode = notification.Periode,
                Wilayah = notification.Wilayah,
                Kode = kode,
                Nilai = nilai,
                Revisi = notification.Revisi,
                DiterimaPadaUtc = now,
            };
            db.NilaiVariabel.Add(stored[kode]);
            berubah?.Add(kode);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Inbox batch of {Jumlah} sheets: write turn after {TungguTulis} ms, committed in {Tulis} ms")]
    private static partial void LogDiterima(ILogger logger, int jumlah, double tungguTulis, double tulis);
}
