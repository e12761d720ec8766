using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Abstractions;

using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// Records that results must be recomputed. Every method only adds rows to the caller's context, so
/// they commit in the caller's transaction together with the change itself (and its inbox row);
/// after the commit the caller calls <see cref="Jalankan"/> to start <see cref="PemrosesHitungUlang"/>.
/// </summary>
internal sealed class AntrianHitungUlang(IServiceProvider services, TimeProvider time)
{
    private int _terjadwal;

    private TaskCompletionSource _permintaanBaru = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes at the next <see cref="Jalankan"/> of this instance: a free slot of a running recompute waits for it
    /// rather than polling. Only a wake-up: requests committed by another instance are found by the slot's next look.
    /// </summary>
    public Task PermintaanBaru => Volatile.Read(ref _permintaanBaru).Task;

    /// <summary>
    /// Sheets of these regions and periods changed: each period (even if locked) and the periods it affects — one
    /// request per region × period however many sheets touch it, and one stamp row per region. With the variables whose
    /// values changed, only the indicators reading them are recomputed; null (a new sheet, whose period may hold no
    /// result yet) recomputes every indicator.
    /// </summary>
    public void DataBerubah(KinerjaDbContext db, IEnumerable<(string Wilayah, Periode Periode, IReadOnlySet<string>? Variabel)> lembar)
    {
        var sekarang = time.GetUtcNow().UtcDateTime;
        var permintaan = new Dictionary<(string Wilayah, Periode Periode), RencanaPermintaan>();
        foreach (var (wilayah, periode, variabel) in lembar)
        {
            foreach (var p in PeriodeBerlaku.Terdampak(periode))
            {
                if (!permintaan.TryGetValue((wilayah, p), out var r))
                    permintaan[(wilayah, p)] = r = new RencanaPermintaan { Variabel = variabel is null ? null : new(StringComparer.Ordinal) };
                r.TermasukTerkunci |= p == periode;
                if (variabel is null) r.Variabel = null; // every indicator covers any list
                else r.Variabel?.UnionWith(variabel);
            }
        }
        foreach (var ((wilayah, p), r) in permintaan)
        {
            var baris = Baru(wilayah, p.ToString(), null, r.TermasukTerkunci, sekarang);
            baris.Variabel = r.Variabel is null ? null : CakupanIndikator.TeksVariabel(r.Variabel);
            db.PermintaanHitungUlang.Add(baris);
        }
        foreach (var wilayah in permintaan.Keys.Select(k => k.Wilayah).Distinct(StringComparer.Ordinal))
            db.PerubahanCapaian.Add(new PerubahanCapaian { Wilayah = wilayah, DibuatPadaUtc = sekarang });
    }

    /// <summary>A period was locked or unlocked: its results follow the current inputs once more, then freeze (or not).</summary>
    public void KunciBerubah(KinerjaDbContext db, string wilayah, string periode, IEnumerable<string> kode)
    {
        var sekarang = time.GetUtcNow().UtcDateTime;
        foreach (var k in kode) db.PermintaanHitungUlang.Add(Baru(wilayah, periode, k, true, sekarang));
        db.PerubahanCapaian.Add(new PerubahanCapaian { Wilayah = wilayah, DibuatPadaUtc = sekarang });
    }

    /// <summary>A rule, target or variable changed: every region with data or results (locked periods stay frozen).</summary>
    public async Task AturanBerubahAsync(KinerjaDbContext db, string? kode, CancellationToken cancellationToken)
    {
        var sekarang = time.GetUtcNow().UtcDateTime;
        var wilayah = await db.NilaiVariabel.Select(n => n.Wilayah).Union(db.HasilCapaian.Select(h => h.Wilayah)).Distinct().ToListAsync(cancellationToken);
        // A kabupaten whose values all come from its kecamatan has no row of its own, yet its results depend on them.
        var hierarki = services.GetRequiredService<HierarkiWilayah>();
        wilayah = wilayah.Concat(wilayah.Select(hierarki.Induk).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        foreach (var w in wilayah) db.PermintaanHitungUlang.Add(Baru(w, null, kode, false, sekarang));
        db.PerubahanCapaian.Add(new PerubahanCapaian { Wilayah = PerubahanCapaian.SemuaWilayah, DibuatPadaUtc = sekarang });
    }

    /// <summary>
    /// Starts the recompute job after a commit. At most one job waits per instance: a burst of writes
    /// becomes one job that recomputes each affected region once.
    /// </summary>
    public void Jalankan()
    {
        // A run under way takes the new requests with a free slot at once (it would otherwise look again within JedaAmbil).
        Interlocked.Exchange(ref _permintaanBaru, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        if (Interlocked.Exchange(ref _terjadwal, 1) == 1) return;
        // Absent only in tooling; the recurring sweep covers any gap.
        if (services.GetService<IBackgroundJobClient>() is not { } jobs)
        {
            _terjadwal = 0;
            return;
        }
        jobs.Enqueue<PemrosesHitungUlang>(p => p.JalankanAsync(CancellationToken.None));
    }

    /// <summary>Called by the job as it starts reading the queue: a later commit schedules the next job.</summary>
    public void Dimulai() => Interlocked.Exchange(ref _terjadwal, 0);

    /// <summary>One request being gathered: null variables = every indicator.</summary>
    private sealed class RencanaPermintaan
    {
        public bool TermasukTerkunci { get; set; }

        public HashSet<string>? Variabel { get; set; }
    }

    private static PermintaanHitungUlang Baru(string wilayah, string? periode, string? kode, bool termasukTerkunci, DateTime sekarang) => new()
    {
        Wilayah = wilayah, Periode = periode, Kode = kode, TermasukTerkunci = termasukTerkunci, DibuatPadaUtc = sekarang, CobaLagiPadaUtc = sekarang,
    };
}
