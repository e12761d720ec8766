using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Persistence;

using Renstra.Shared.Hosting;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// The Hangfire job that drains <see cref="PermintaanHitungUlang"/>: all due requests of a region
/// become one recompute of that region (each affected period once, however many sheets arrived), written in pieces
/// of <see cref="UkuranPotongTulis"/> rows that end their transaction only when that lets another writer in
/// (<see cref="TulisPerluDilepas"/>); every transaction writes a new version stamp, so a read shows what is stored as
/// soon as it is committed, and the last piece also deletes exactly those requests, so the read says
/// <c>SedangDihitung</c> until the whole region is stored. A region's next run waits as long as
/// its last one took (<see cref="Istirahat"/>). The job has a Hangfire queue of its own (<see cref="AntrianLatar.HitungUlang"/>).
/// Regions are computed <c>Renstra:Kinerja:HitungUlangParalel</c> at a time (default 2: one
/// computes while another writes), each slot taking the next due region as it frees (a new sheet does not wait for
/// a long region of the same run); the writes take turns, as a SQLite file has one writer (on SQLite the turn passes at
/// the commit, so one slot's flush overlaps the other's write). A region's inputs are
/// read before its write: a sheet that arrives meanwhile adds a request of its own, which this run does not
/// delete, so the region is computed again. A failure (a database error, the time limit) keeps the requests, records the reason and
/// the attempt, and schedules a retry with back-off; the job then fails so that the dashboard shows it.
/// Runs after every commit that adds requests (<see cref="AntrianHitungUlang.Jalankan"/>), every
/// minute and at start.
/// </summary>
internal sealed partial class PemrosesHitungUlang(
    KinerjaDbContext db, IServiceScopeFactory scopes, AntrianHitungUlang antrian, IBackgroundJobClient jobs,
    IConfiguration configuration, TimeProvider time, ILogger<PemrosesHitungUlang> logger)
{
    public const string IdBerulang = "kinerja-hitung-ulang";
    public const string KunciParalel = "Renstra:Kinerja:HitungUlangParalel";
    private const int UkuranBatch = 5000;

    /// <summary>
    /// Rows per write piece: ≈ 22 periods of 89 indicators, a few tens of milliseconds of writing, after which a waiting
    /// writer may get kinerja.db. A kabupaten's write of 300 periods in one transaction held kinerja.db's writer for
    /// 1–1.7 s under 20 writers.
    /// </summary>
    internal const int UkuranPotongTulis = 2000;

    /// <summary>
    /// The most rows one write transaction takes on SQLite even when nobody waits (<see cref="TulisPerluDilepas"/>): a
    /// national region (≈ 2 700 rows) is one transaction, a kabupaten's burst of hundreds of periods (10 000–45 000 rows)
    /// still lets others in every few tenths of a second.
    /// </summary>
    internal const int UkuranTransaksiMaks = 4 * UkuranPotongTulis;

    /// <summary>How long one run keeps taking regions; what is queued after it is the next run's.</summary>
    private static readonly TimeSpan LamaRun = TimeSpan.FromSeconds(60);

    /// <summary>The longest rest of a region after its run (<see cref="Istirahat"/>).</summary>
    private static readonly TimeSpan IstirahatMaks = TimeSpan.FromSeconds(5);

    /// <summary>The shortest rest of a region after its run (<see cref="Istirahat"/>).</summary>
    private static readonly TimeSpan IstirahatMin = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// A region's next run starts no sooner than its last one took (at most <see cref="IstirahatMaks"/>): a large
    /// region whose sheets keep arriving (a kabupaten under a writer burst: hundreds of periods, a second or more per
    /// run) then takes at most about half of a slot and of kinerja.db's writer, and its requests of the rest gather into
    /// one run, instead of being recomputed back to back while small regions, the PUTs and the deliveries wait for the
    /// CPU. A region rests at least <see cref="IstirahatMin"/>: under a stream of writes a run that recomputes only what
    /// changed takes a few milliseconds, and each run's fixed reads (the region's values, the rules) then cost more than
    /// its rows (docs/benchmarks.md, Session 15). A request of a resting region waits at most the rest; a region that has
    /// not run lately does not rest.
    /// </summary>
    internal static TimeSpan Istirahat(TimeSpan lamaRun) =>
        lamaRun < IstirahatMin ? IstirahatMin : lamaRun < IstirahatMaks ? lamaRun : IstirahatMaks;

    /// <summary>
    /// How often a free slot looks again while another slot still computes or a region rests, unless this instance commits
    /// new requests sooner (<see cref="AntrianHitungUlang.PermintaanBaru"/>): for a resting region's end and another
    /// instance's requests.
    /// </summary>
    private static readonly TimeSpan JedaAmbil = TimeSpan.FromMilliseconds(50);

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    [Queue(AntrianLatar.HitungUlang)]
    public async Task JalankanAsync(CancellationToken cancellationToken)
    {
        antrian.Dimulai();
        var gagal = 0;
        DateTime? cobaLagi = null;
        var diambil = new HashSet<long>();
        var sedangDihitung = new HashSet<string>(StringComparer.Ordinal);
        // Region → when its rest after its last run ends (GetTimestamp): see Istirahat.
        var istirahat = new Dictionary<string, long>(StringComparer.Ordinal);
        var kunci = new Lock();
        // Set by the first slot that finds nothing to take, nothing computing and nothing resting: the run is over for
        // every slot. A slot that left alone would leave the run with one slot for the rest of its LamaRun, and a
        // kecamatan would then wait behind a kabupaten's whole computation (seen under 20 writers: ≈ 2 s). Decided inside
        // AmbilAsync's turn, from the same instant as its look (see there).
        var selesai = false;
        using var giliranAmbil = new SemaphoreSlim(1, 1);
        using var tulisBersama = new TulisBersama(() => { lock (kunci) return sedangDihitung.Count > 1; });
        var slot = Math.Clamp(configuration.GetValue(KunciParalel, 2), 1, Environment.ProcessorCount * 2);
        var mulai = time.GetTimestamp();

        // Each slot takes the region with the oldest due request that no slot is computing, stores it, and takes the
        // next: a request that arrives while a long region runs is served by the next free slot, not after the whole
        // run. A run stops taking regions after LamaRun (a waiting job, or the sweep, goes on), so a job that waits for
        // this one's lock never waits long.
        // Each slot on a thread of its own: a region's computation and SQLite's statements run synchronously
        // for seconds, and slots started inline on the job's worker took turns — a kecamatan waited for the whole of a
        // kabupaten's run (measured: 6–8.5 s under 20 writers).
        // On the scheduler the job runs on (the host's background threads, of lower CPU priority than requests).
        await Task.WhenAll(Enumerable.Range(0, slot).Select(_ => Task.Factory.StartNew(
            SlotAsync, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Current).Unwrap()));
        await BersihkanStempelAsync(cancellationToken);
        // Requests waiting for their retry time (from this run or an earlier one) get a run then. Hangfire keeps
        // schedule times in whole seconds, so one second more: a run that starts early finds nothing due and ends.
        var menunggu = cobaLagi ?? await db.PermintaanHitungUlang.OrderBy(p => p.CobaLagiPadaUtc).Select(p => (DateTime?)p.CobaLagiPadaUtc).FirstOrDefaultAsync(cancellationToken);
        if (menunggu is { } waktu)
            jobs.Schedule<PemrosesHitungUlang>(p => p.JalankanAsync(CancellationToken.None), new DateTimeOffset(DateTime.SpecifyKind(waktu, DateTimeKind.Utc)).AddSeconds(1));
        if (gagal > 0)
        {
            throw new HitungUlangGagalException($"Hitung ulang capaian gagal untuk {gagal} wilayah; dicoba lagi otomatis.");
        }

        async Task SlotAsync()
        {
            while (true)
            {
                // Taken before the look: a request committed after the look wakes this slot, not the one after.
                var permintaanBaru = antrian.PermintaanBaru;
                var ambil = await AmbilAsync();
                if (ambil is null)
                {
                    // Nothing free to take. While another slot still computes or a region rests, new requests may arrive for
                    // a free slot, or the resting region's requests become due.
                    if (Volatile.Read(ref selesai) || time.GetElapsedTime(mulai) > LamaRun) return;
                    await Task.WhenAny(permintaanBaru, Task.Delay(JedaAmbil, cancellationToken));
                    cancellationToken.ThrowIfCancellationRequested();
                    continue;
                }
                var diambilPada = time.GetTimestamp();
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (await HitungWilayahAsync(scope.ServiceProvider, ambil.Value.Wilayah, ambil.Value.Permintaan, tulisBersama, cancellationToken) is { } lagi)
                    {
                        lock (kunci)
                        {
                            gagal++;
                            if (cobaLagi is null || lagi < cobaLagi) cobaLagi = lagi;
                        }
                    }
                }
                finally
                {
                    var lama = Istirahat(time.GetElapsedTime(diambilPada));
                    lock (kunci)
                    {
                        sedangDihitung.Remove(ambil.Value.Wilayah);
                        istirahat[ambil.Value.Wilayah] = time.GetTimestamp() + (long)(lama.TotalSeconds * time.TimestampFrequency);
                    }
                }
            }
        }

        async Task<(string Wilayah, List<PermintaanHitungUlang> Permintaan)?> AmbilAsync()
        {
            if (time.GetElapsedTime(mulai) > LamaRun) return null;
            await giliranAmbil.WaitAsync(cancellationToken);
            try
            {
                // Read after the turn: a slot that waited for it while another ended the run takes nothing (it used to take
                // a region and compute it alone while the other slot had left — a kecamatan then waited 6.6 s behind a
                // kabupaten under 200 writers).
                if (Volatile.Read(ref selesai)) return null;
                string[] sibuk;
                bool adaYangBekerja;
                lock (kunci)
                {
                    var kini = time.GetTimestamp();
                    sibuk = [.. sedangDihitung, .. istirahat.Where(i => i.Value > kini).Select(i => i.Key)];
                    adaYangBekerja = sibuk.Length > 0;
                }
                var sekarang = time.GetUtcNow().UtcDateTime;
                // The job's own context, used by one slot at a time (giliranAmbil).
                var wilayah = await db.PermintaanHitungUlang.AsNoTracking()
                    .Where(p => p.CobaLagiPadaUtc <= sekarang && !sibuk.Contains(p.Wilayah))
                    .OrderBy(p => p.Id).Select(p => p.Wilayah).FirstOrDefaultAsync(cancellationToken);
                List<PermintaanHitungUlang> permintaan = [];
                if (wilayah is not null)
                {
                    permintaan = await db.PermintaanHitungUlang.AsNoTracking()
                        .Where(p => p.Wilayah == wilayah && p.CobaLagiPadaUtc <= sekarang)
                        .OrderBy(p => p.Id).Take(UkuranBatch).ToListAsync(cancellationToken);
                    // A failed request waits for its retry time; one taken before is never taken twice in a run.
                    permintaan.RemoveAll(p => diambil.Contains(p.Id));
                }
                if (wilayah is null || permintaan.Count == 0)
                {
                    // Nothing computing and nothing resting when the look began, and nothing to take: the run is over.
                    // Judged from that instant, not a later one: a region whose rest ended after the look would otherwise
                    // be neither taken by this run nor woken by a commit (its requests were committed long before).
                    if (!adaYangBekerja) Volatile.Write(ref selesai, true);
                    return null;
                }
                diambil.UnionWith(permintaan.Select(p => p.Id));
                lock (kunci) sedangDihitung.Add(wilayah);
                return (wilayah, permintaan);
            }
            finally
            {
                giliranAmbil.Release();
            }
        }
    }

    /// <returns>Null when stored; else when the failed requests are due again.</returns>
    private async Task<DateTime?> HitungWilayahAsync(
        IServiceProvider layanan, string wilayah, List<PermintaanHitungUlang> permintaan, TulisBersama tulisBersama, CancellationToken cancellationToken)
    {
        var dbWilayah = layanan.GetRequiredService<KinerjaDbContext>();
        var penghitung = layanan.GetRequiredService<PenghitungCapaianPeriode>();
        var semuaPeriode = permintaan.Any(p => p.Periode is null);
        IReadOnlyCollection<Periode>? periode = semuaPeriode ? null
            : permintaan.Select(p => p.Periode!).Distinct(StringComparer.Ordinal).Select(p => Periode.TryParse(p, out var x) ? x : (Periode?)null)
                .Where(p => p is not null).Select(p => p!.Value).ToList();
        var cakupan = CakupanIndikator.Dari(permintaan);
        var terkunci = permintaan.Where(p => p.TermasukTerkunci && p.Periode is not null).ToList();
        bool TermasukTerkunci(string p, string k) => terkunci.Any(t => t.Periode == p && (t.Kode is null || t.Kode == k));
        var ids = permintaan.Select(p => p.Id).ToList();
        var batas = BatasWaktuHitungUlang.Dari(configuration);
        var diambilPada = time.GetUtcNow().UtcDateTime;
        var t0 = time.GetTimestamp();
        try
        {
            await BatasWaktuHitungUlang.JalankanAsync(async ct =>
            {
                var hasil = periode is { Count: 0 } ? HasilHitungWilayah.Kosong : await penghitung.HitungAsync(wilayah, cakupan, periode, TermasukTerkunci, ct);
                var t1 = time.GetTimestamp();
                // The write goes in pieces, and a piece ends its transaction only when that helps (TulisPerluDilepas): a small
                // region's write or an inbox batch waiting for kinerja.db's one writer then waits for a piece, not for a
                // whole kabupaten. The deletion of the requests commits with the last piece: until then the read marks every
                // period of the region SedangDihitung (its request is still queued), while the values it shows are those
                // stored, since each committed transaction writes a stamp.
                var potongan = Potong(hasil.Baru, hasil.Berubah);
                var sqlite = dbWilayah.Database.IsSqlite();
                TimeSpan tungguTulis = default, tulis = default, hitungPotongan = default;
                var transaksiKe = 0;
                IDbContextTransaction? transaksi = null;
                IDisposable? giliran = null;
                var memegangGiliranTulis = false;
                var barisDalamTransaksi = 0;
                var besar = hasil.Baru.Count + hasil.Berubah.Count >= UkuranPotongTulis;
                var t3 = t1;
                // Ends the transaction (committed or not) and hands on the turns it held: after a commit and on the way out.
                async ValueTask LepasAsync()
                {
                    if (transaksi is not null) await transaksi.DisposeAsync();
                    transaksi = null;
                    giliran?.Dispose();
                    giliran = null;
                    if (memegangGiliranTulis) tulisBersama.Giliran.Release();
                    memegangGiliranTulis = false;
                }
                try
                {
                    for (var i = 0; i < potongan.Count; i++)
                    {
                        // A piece's rows are computed here, before its write turn unless the transaction goes on from the
                        // previous piece (then nobody but this run's large regions waits for the file: TulisPerluDilepas).
                        var t4 = time.GetTimestamp();
                        var baru = hasil.Hitung(potongan[i].Baru);
                        var berubah = hasil.Hitung(potongan[i].Berubah);
                        hitungPotongan += time.GetElapsedTime(t4);
                        if (transaksi is null)
                        {
                            var t2 = time.GetTimestamp();
                            // On SQLite the file's own queue (GerbangTulisSqlite) orders the slots and this process's other
                            // writers, and passes the turn on at the commit, before its flush; elsewhere the slots take turns.
                            if (!sqlite)
                            {
                                await tulisBersama.Giliran.WaitAsync(ct);
                                memegangGiliranTulis = true;
                            }
                            if (besar) Interlocked.Increment(ref tulisBersama.BesarMenunggu);
                            try
                            {
                                giliran = await GerbangTulisSqlite.MasukAsync(dbWilayah, ct);
                            }
                            finally
                            {
                                if (besar) Interlocked.Decrement(ref tulisBersama.BesarMenunggu);
                            }
                            t3 = time.GetTimestamp();
                            tungguTulis += time.GetElapsedTime(t2, t3);
                            transaksi = await dbWilayah.Database.BeginTransactionAsync(ct);
                        }
                        await PenyimpanHasilCapaian.SimpanAsync(dbWilayah, baru, berubah, ct);
                        barisDalamTransaksi += baru.Count + berubah.Count;
                        var terakhir = i == potongan.Count - 1;
                        if (!terakhir && !TulisPerluDilepas(sqlite, barisDalamTransaksi, GerbangTulisSqlite.Menunggu(dbWilayah),
                            Volatile.Read(ref tulisBersama.BesarMenunggu), tulisBersama.AdaWilayahLain()))
                        {
                            continue;
                        }
                        // Every transaction that stores results changes the region's stamp: a response cached before it
                        // (under the stamp of the request that started this run) would otherwise be served until the
                        // last piece commits — and, if the last piece fails, until its retry does.
                        dbWilayah.PerubahanCapaian.Add(new PerubahanCapaian { Wilayah = wilayah, DibuatPadaUtc = time.GetUtcNow().UtcDateTime });
                        await dbWilayah.SaveChangesAsync(ct);
                        if (terakhir) await dbWilayah.PermintaanHitungUlang.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(ct);
                        await transaksi.CommitAsync(ct);
                        await LepasAsync();
                        tulis += time.GetElapsedTime(t3);
                        transaksiKe++;
                        barisDalamTransaksi = 0;
                    }
                }
                finally
                {
                    await LepasAsync();
                }
                if (logger.IsEnabled(LogLevel.Debug))
                    LogTersimpan(logger, wilayah, permintaan.Count, hasil.Baru.Count + hasil.Berubah.Count, transaksiKe,
                        (diambilPada - permintaan.Min(p => p.DibuatPadaUtc)).TotalMilliseconds, (time.GetElapsedTime(t0, t1) + hitungPotongan).TotalMilliseconds,
                        tungguTulis.TotalMilliseconds, tulis.TotalMilliseconds);
                return 0;
            }, batas, $"wilayah {wilayah}", cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var percobaan = permintaan.Max(p => p.Percobaan) + 1;
            LogGagal(logger, e, wilayah, percobaan);
            var galat = CobaLagi.Galat(e);
            var lagi = time.GetUtcNow().UtcDateTime + CobaLagi.Tunda(percobaan);
            await dbWilayah.PermintaanHitungUlang.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Percobaan, p => p.Percobaan + 1)
                .SetProperty(p => p.GalatTerakhir, galat)
                .SetProperty(p => p.CobaLagiPadaUtc, lagi), cancellationToken);
            return lagi;
        }
    }

    /// <summary>
    /// Keeps the stamp table small: deletes rows older than ten minutes and outside the last
    /// <see cref="StempelCapaian.Jendela"/> ids, keeping each region's newest row.
    /// </summary>
    private async Task BersihkanStempelAsync(CancellationToken cancellationToken)
    {
        var maks = await db.PerubahanCapaian.MaxAsync(p => (long?)p.Id, cancellationToken) ?? 0;
        if (maks <= StempelCapaian.Jendela * 2) return;
        var batas = maks - StempelCapaian.Jendela;
        var lama = time.GetUtcNow().UtcDateTime.AddMinutes(-10);
        await db.PerubahanCapaian
            .Where(p => p.Id < batas && p.DibuatPadaUtc < lama && p.Id != db.PerubahanCapaian.Where(q => q.Wilayah == p.Wilayah).Max(q => q.Id))
            .ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Recompute stored region {Wilayah}: {Permintaan} requests, {Baris} rows in {Transaksi} transactions; waited {Antri} ms for a slot (oldest request), computed in {Hitung} ms, waited {TungguTulis} ms for write turns, wrote in {Tulis} ms")]
    private static partial void LogTersimpan(ILogger logger, string wilayah, int permintaan, int baris, int transaksi, double antri, double hitung, double tungguTulis, double tulis);

    /// <summary>
    /// After a piece that is not the region's last: true when the write commits what it has (and a waiting writer gets
    /// kinerja.db) rather than going on in the same transaction. Every commit costs its own WAL write-out, checkpoint and
    /// flush, and while two slots work through a backlog of regions (a rule edit: every region once) the extra commits
    /// of a region written in pieces made the whole recompute ≈ 40 % slower (docs/benchmarks.md, "National scale").
    /// So on SQLite a region goes on in one transaction while another slot of the run holds a region of its own, unless
    /// a writer other than this run's large regions waits for the file (a small region's write, a sheet's inbox batch:
    /// they wait for one piece) or the transaction already holds <see cref="UkuranTransaksiMaks"/> rows. A region the
    /// run computes alone costs nobody a wait, and is written piece by piece as before. SQL Server (several instances,
    /// whose waiting writers this process cannot see) commits every piece.
    /// </summary>
    /// <param name="menunggu">Writers of this process waiting for the file (<see cref="GerbangTulisSqlite.Menunggu"/>).</param>
    /// <param name="besarMenunggu">Of those, this run's slots waiting to write a region of at least one piece.</param>
    /// <param name="adaWilayahLain">Another slot of this run holds a region.</param>
    internal static bool TulisPerluDilepas(bool sqlite, int barisDalamTransaksi, int menunggu, int besarMenunggu, bool adaWilayahLain) =>
        !sqlite || !adaWilayahLain || barisDalamTransaksi >= UkuranTransaksiMaks || menunggu > besarMenunggu;

    /// <summary>What the slots of one run share for their writes.</summary>
    internal sealed class TulisBersama(Func<bool> adaWilayahLain) : IDisposable
    {
        /// <summary>The slots' turns where the database has no write queue of its own (SQL Server).</summary>
        public SemaphoreSlim Giliran { get; } = new(1, 1);

        /// <summary>Slots of this run waiting for kinerja.db with a region of at least one piece.</summary>
        public int BesarMenunggu;

        /// <summary>Another slot than the caller's holds a region.</summary>
        public bool AdaWilayahLain() => adaWilayahLain();

        public void Dispose() => Giliran.Dispose();
    }

    /// <summary>
    /// The write's pieces: at most <see cref="UkuranPotongTulis"/> rows each, and always at least one (the last piece
    /// carries the requests' deletion and a stamp, also for a region with nothing to write).
    /// </summary>
    internal static List<PotonganTulis<T>> Potong<T>(IReadOnlyList<T> baru, IReadOnlyList<T> berubah)
    {
        var potongan = baru.Chunk(UkuranPotongTulis).Select(c => new PotonganTulis<T>(c, []))
            .Concat(berubah.Chunk(UkuranPotongTulis).Select(c => new PotonganTulis<T>([], c))).ToList();
        if (potongan.Count == 0) potongan.Add(new PotonganTulis<T>([], []));
        return potongan;
    }

    /// <summary>One write piece: rows to insert and stored rows to rewrite.</summary>
    internal sealed record PotonganTulis<T>(IReadOnlyList<T> Baru, IReadOnlyList<T> Berubah);

    [LoggerMessage(Level = LogLevel.Error, Message = "Capaian recompute of region {Wilayah} failed (attempt {Percobaan}); it stays queued and is retried")]
    private static partial void LogGagal(ILogger logger, Exception exception, string wilayah, int percobaan);
}

/// <summary>A recompute run in which some region failed; its requests stay queued and are retried.</summary>
internal sealed class HitungUlangGagalException(string pesan) : Exception(pesan);
