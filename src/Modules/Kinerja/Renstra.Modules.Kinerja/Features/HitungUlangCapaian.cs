using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>
/// Recomputes and stores realisasi/capaian for indicators × periods of one region. Idempotent (an
/// upsert of the same inputs gives the same row). A result of a locked period that already exists is
/// left as it is: frozen with the rule version it was computed under.
/// </summary>
public static partial class HitungUlangCapaian
{
    /// <param name="Kode">Indicators to recompute; null = all.</param>
    /// <param name="Periode">Periods; null = every period with data or results in the region.</param>
    public sealed record Command(string Wilayah, IReadOnlyList<string>? Kode, IReadOnlyList<string>? Periode) : ICommand<int>;

    public sealed partial class Handler(LayananKinerja layanan, IConfiguration configuration, ILogger<Handler> logger) : ICommandHandler<Command, int>
    {
        private readonly PenghitungCapaianPeriode penghitung = layanan.Penghitung;

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var periode = command.Periode?.Select(Periode.Parse).ToList();
            var batas = BatasWaktuHitungUlang.Dari(configuration);
            try
            {
                var hasil = await BatasWaktuHitungUlang.JalankanAsync(
                    ct => penghitung.HitungAsync(command.Wilayah, command.Kode, periode, simpan: true, ct),
                    batas, $"wilayah {command.Wilayah}", cancellationToken);
                return hasil.Count;
            }
            catch (HitungUlangMelewatiBatasWaktuException e)
            {
                LogMelewatiBatas(logger, e, command.Wilayah, batas.TotalSeconds);
                throw;
            }
        }

        [LoggerMessage(Level = LogLevel.Error, Message = "Capaian recompute of region {Wilayah} stopped after its time limit of {Detik} s; nothing of it was stored")]
        private static partial void LogMelewatiBatas(ILogger logger, Exception exception, string wilayah, double detik);
    }

    /// <summary>
    /// Recomputes every region that has data (after a rule or target edit). A region whose recompute
    /// hits the time limit is logged by the handler and skipped: the edit stands, its stored results
    /// are recomputed on the next submission, and open periods are evaluated live on every read anyway.
    /// </summary>
    internal static async Task SemuaWilayahAsync(KinerjaDbContext db, ISender sender, IReadOnlyList<string>? kode, CancellationToken cancellationToken)
    {
        var wilayah = await db.NilaiVariabel.Select(n => n.Wilayah).Union(db.HasilCapaian.Select(h => h.Wilayah)).Distinct().ToListAsync(cancellationToken);
        // EF falls back to the application services here; the kabupaten is recomputed even when only its kecamatan hold data.
        var hierarki = db.GetService<HierarkiWilayah>();
        wilayah = wilayah.Concat(wilayah.Select(hierarki.Induk).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        foreach (var w in wilayah)
        {
            try
            {
                await sender.Send(new Command(w, kode, null), cancellationToken);
            }
            catch (HitungUlangMelewatiBatasWaktuException)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}

/// <summary>The computation behind <see cref="HitungUlangCapaian"/> and the capaian queries.</summary>
internal sealed class PenghitungCapaianPeriode(KinerjaDbContext db, KatalogAturan katalog, TimeProvider time, HierarkiWilayah hierarki)
{
    private readonly KinerjaDbContext _db = db;
    private readonly KatalogAturan _katalog = katalog;
    private readonly TimeProvider _time = time;

    internal static readonly JsonSerializerOptions JsonJejak = new(JsonSerializerDefaults.Web);

    /// <summary>Computes (and with <paramref name="simpan"/> stores) the results; returns them (frozen ones included).</summary>
    internal async Task<List<HasilCapaian>> HitungAsync(
        string wilayah, IReadOnlyList<string>? kode, IReadOnlyList<Periode>? periode, bool simpan, CancellationToken cancellationToken)
    {
        var versiQuery = _db.IndikatorVersi.AsNoTracking();
        if (kode is not null) versiQuery = versiQuery.Where(v => kode.Contains(v.Kode));
        var semuaVersi = (await versiQuery.ToListAsync(cancellationToken)).GroupBy(v => v.Kode).ToDictionary(g => g.Key, g => g.ToList());
        if (semuaVersi.Count == 0) return [];

        // A kabupaten sees its kecamatan's values summed where it has none of its own (RollUpWilayah).
        var daerah = hierarki.Anak(wilayah).Append(wilayah).ToList();
        var mentahRows = await _db.NilaiVariabel.AsNoTracking().Where(n => daerah.Contains(n.Wilayah))
            .Select(n => new { n.Wilayah, n.Periode, n.Kode, n.Nilai }).ToListAsync(cancellationToken);
        var rollUp = RollUpWilayah.Gabung(wilayah, mentahRows.Select(n => new NilaiWilayah(n.Wilayah, n.Periode, n.Kode, n.Nilai)));
        var mentah = rollUp.Nilai;

        var daftarPeriode = periode ?? mentah.Keys
            .Concat(await _db.HasilCapaian.Where(h => h.Wilayah == wilayah).Select(h => h.Periode).Distinct().ToListAsync(cancellationToken))
            .SelectMany(p => Periode.TryParse(p, out var x) ? PeriodeBerlaku.Terdampak(x) : [])
            .Distinct().ToList();
        if (daftarPeriode.Count == 0) return [];
        var teksPeriode = daftarPeriode.Select(p => p.ToString()).ToList();

        var variabel = await _katalog.VariabelAsync(cancellationToken);
        var agregasi = variabel.ToDictionary(v => v.Kode, v => v.Agregasi, StringComparer.Ordinal);
        var skema = SkemaRumus.Indikator(variabel.Select(v => v.Kode));
        var aturan = await _katalog.AturanCapaianAsync(cancellationToken);
        var kodeTerpilih = semuaVersi.Keys.ToList();
        var target = (await _db.TargetIndikator.AsNoTracking().Where(t => kodeTerpilih.Contains(t.Kode)).ToListAsync(cancellationToken))
            .ToDictionary(t => (t.Kode, t.Periode));
        var kunci = (await _db.KunciPeriode.AsNoTracking().Where(k => k.Wilayah == wilayah && k.Terkunci && teksPeriode.Contains(k.Periode))
            .Select(k => new { k.Modul, k.Periode }).ToListAsync(cancellationToken)).Select(k => (k.Modul, k.Periode)).ToHashSet();
        // Only a recompute that stores tracks the rows: a read updates its copies in memory and must not
        // leave modified entities behind for a later SaveChanges in the same scope.
        var tersimpanQuery = _db.HasilCapaian.Where(h => h.Wilayah == wilayah && kodeTerpilih.Contains(h.Kode) && teksPeriode.Contains(h.Periode));
        if (!simpan) tersimpanQuery = tersimpanQuery.AsNoTracking();
        var tersimpan = (await tersimpanQuery.ToListAsync(cancellationToken)).ToDictionary(h => (h.Kode, h.Periode));

        var sekarang = _time.GetUtcNow().UtcDateTime;
        var hasil = new List<HasilCapaian>();
        foreach (var p in daftarPeriode)
        {
            var teks = p.ToString();
            var data = rollUp.Tandai(AgregasiPeriode.Nilai(p, mentah, agregasi));
            var sebelumnya = p.Tahun > Periode.TahunMinimum ? rollUp.Tandai(AgregasiPeriode.Nilai(p.Sebelumnya(), mentah, agregasi)) : [];
            foreach (var (k, versi) in semuaVersi)
            {
                cancellationToken.ThrowIfCancellationRequested(); // the time limit of a bulk recompute (BatasWaktuHitungUlang)
                var berlaku = PeriodeBerlaku.Pilih(versi, v => v.Versi, v => v.BerlakuMulai, p);
                if (berlaku is null) continue;
                tersimpan.TryGetValue((k, teks), out var baris);
                if (baris is not null && kunci.Contains((berlaku.Modul, teks)))
                {
                    hasil.Add(baris); // frozen: a locked period keeps the version it was computed under
                    continue;
                }
                IndikatorTerkompilasi terkompilasi;
                try
                {
                    terkompilasi = _katalog.Kompilasi(berlaku, skema);
                }
                catch (RumusDitolakException)
                {
                    continue; // stored rules were checked when saved; a vanished variable cannot be evaluated
                }
                var h = PenghitungCapaian.Hitung(terkompilasi, data, sebelumnya, TargetUntuk(target, k, p), aturan);
                baris ??= new HasilCapaian { Kode = k, Periode = teks, Wilayah = wilayah };
                baris.IndikatorVersi = berlaku.Versi;
                baris.Realisasi = h.Realisasi;
                baris.Target = h.Target;
                baris.TargetTeks = h.TargetPredikat;
                baris.Capaian = h.Capaian;
                baris.Kategori = h.Kategori;
                baris.Predikat = h.Predikat;
                baris.Status = h.Status;
                baris.VariabelKurang = string.Join(',', h.VariabelKurang);
                baris.Keterangan = h.Keterangan;
                baris.Jejak = JsonSerializer.Serialize(h.Jejak, JsonJejak);
                baris.DihitungPadaUtc = sekarang;
                if (simpan && baris.Id == 0) _db.HasilCapaian.Add(baris);
                hasil.Add(baris);
            }
        }
        if (simpan)
        {
            try
            {
                await _db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance stored the same (kode, periode, wilayah) meanwhile; its row is equally current.
                _db.ChangeTracker.Clear();
            }
        }
        return hasil;
    }

    private static TargetBerlaku? TargetUntuk(Dictionary<(string, string), TargetIndikator> target, string kode, Periode p)
    {
        if (target.TryGetValue((kode, p.ToString()), out var sendiri) && (sendiri.Nilai is not null || sendiri.Predikat is not null))
            return new TargetBerlaku(sendiri.Nilai, sendiri.Predikat, sendiri.Periode);
        var tahun = p.Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return !p.IsTahunan && target.TryGetValue((kode, tahun), out var t) ? new TargetBerlaku(t.Nilai, t.Predikat, t.Periode) : null;
    }
}
