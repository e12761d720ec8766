using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Modules.KoperasiUmkm.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// Computes the results (indicator × period) of one region from Kinerja's copy of the data, the live
/// rules and targets; the caller writes them (<see cref="PenyimpanHasilCapaian"/>) and commits them together with
/// whatever made them current (<see cref="PemrosesHitungUlang"/>). The one place a result is made:
/// a later field of a result (a projection, a roll-up) is added here and stored with the others.
/// </summary>
internal sealed class PenghitungCapaianPeriode(
    KinerjaDbContext db, KatalogAturan katalog, TimeProvider time, HierarkiWilayah hierarki, IEnumerable<IVariabelRegister> register)
{
    /// <param name="cakupan">Indicators; null = all.</param>
    /// <param name="periode">Periods; null = every period with data or results in the region (and the periods they affect).</param>
    /// <param name="termasukTerkunci">(period, indicator) recomputed even when locked: its own inputs changed before the lock.</param>
    /// <returns>The results to write: new ones and stored ones recomputed (frozen ones are left out).</returns>
    internal async Task<HasilHitungWilayah> HitungAsync(
        string wilayah, CakupanIndikator? cakupan, IReadOnlyCollection<Periode>? periode, Func<string, string, bool> termasukTerkunci,
        CancellationToken cancellationToken)
    {
        var versiQuery = db.IndikatorVersi.AsNoTracking();
        if (cakupan is { Variabel.Count: 0 })
        {
            var kode = cakupan.Kode.ToList();
            versiQuery = versiQuery.Where(v => kode.Contains(v.Kode));
        }
        var semuaVersi = (await versiQuery.ToListAsync(cancellationToken)).GroupBy(v => v.Kode).ToDictionary(g => g.Key, g => g.ToList());

        var variabel = await katalog.VariabelAsync(cancellationToken);
        var skema = SkemaRumus.Indikator(variabel.Select(v => v.Kode));
        // One compiled form per indicator version for all periods of the region (the engine's cache is keyed by text).
        var terkompilasiPerVersi = new Dictionary<IndikatorVersi, IndikatorTerkompilasi?>(ReferenceEqualityComparer.Instance);
        IndikatorTerkompilasi? Terkompilasi(IndikatorVersi v) =>
            terkompilasiPerVersi.TryGetValue(v, out var t) ? t : terkompilasiPerVersi[v] = Kompilasi(v, skema);
        // A sheet revision recomputes the indicators that read a changed variable in any of their versions.
        if (cakupan is { Variabel.Count: > 0 })
            foreach (var (k, versi) in semuaVersi.ToList())
                if (!versi.Any(v => Terkompilasi(v) is { } t && cakupan.Mencakup(t))) semuaVersi.Remove(k);
        if (semuaVersi.Count == 0) return HasilHitungWilayah.Kosong;
        var kodeTerpilih = semuaVersi.Keys.ToList();

        // One query per table per region, untracked, projected to the columns used (docs/benchmarks.md, "National scale").
        // A kabupaten sees its kecamatan's values summed where it has none of its own (RollUpWilayah).
        var daerah = hierarki.Anak(wilayah).Append(wilayah).ToList();
        var mentahRows = await db.NilaiVariabel.AsNoTracking().Where(n => daerah.Contains(n.Wilayah))
            .Select(n => new BarisNilai(n.Wilayah, n.Modul, n.Periode, n.Kode, n.Nilai, n.Revisi)).ToListAsync(cancellationToken);
        var rollUp = RollUpWilayah.Gabung(wilayah, mentahRows.Select(n => new NilaiWilayah(n.Wilayah, n.Periode, n.Kode, n.Nilai)));
        var mentah = rollUp.Nilai;
        var revisi = Revisi(mentahRows);

        // The stored rows' identity and id (every one that is not frozen is rewritten whole): with no periods given, all
        // of the region's, which also name the periods already holding a result.
        var hasilQuery = db.HasilCapaian.AsNoTracking().Where(h => h.Wilayah == wilayah);
        // Those of the covered indicators only, unless their periods name the periods to recompute.
        if (cakupan is not null && periode is not null) hasilQuery = hasilQuery.Where(h => kodeTerpilih.Contains(h.Kode));
        if (periode is not null)
        {
            var teksDiminta = periode.Select(p => p.ToString()).ToList();
            hasilQuery = hasilQuery.Where(h => teksDiminta.Contains(h.Periode));
        }
        // By period, then indicator: a kabupaten holds ≈ 45 000 results, and one list or dictionary of them all was an array
        // on the large-object heap at every recompute (its allocations bring gen2 collections).
        var tersimpan = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        await foreach (var h in hasilQuery.Select(h => new BarisTersimpan(h.Kode, h.Periode, h.Id)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!tersimpan.TryGetValue(h.Periode, out var perKode)) tersimpan[h.Periode] = perKode = new Dictionary<string, long>(StringComparer.Ordinal);
            perKode[h.Kode] = h.Id;
        }

        // Every period the data affects, and every period already holding a result (as it is: expanding those
        // again would add a year at every full recompute).
        var daftarPeriode = periode?.ToList() ?? mentah.Keys
            .SelectMany(p => Periode.TryParse(p, out var x) ? PeriodeBerlaku.Terdampak(x) : [])
            .Concat(tersimpan.Keys.SelectMany(p => Periode.TryParse(p, out var x) ? [x] : Array.Empty<Periode>()))
            .Distinct().ToList();
        if (daftarPeriode.Count == 0) return HasilHitungWilayah.Kosong;
        var teksPeriode = daftarPeriode.Select(p => p.ToString()).ToList();

        var agregasi = variabel.ToDictionary(v => v.Kode, v => v.Agregasi, StringComparer.Ordinal);
        var (aturan, aturanProyeksi, versiAturan) = await katalog.AturanBerlakuAsync(cancellationToken);
        var target = (await db.TargetIndikator.AsNoTracking().Where(t => kodeTerpilih.Contains(t.Kode))
                .Select(t => new TargetIndikator { Kode = t.Kode, Periode = t.Periode, Nilai = t.Nilai, Predikat = t.Predikat }).ToListAsync(cancellationToken))
            .ToDictionary(t => (t.Kode, t.Periode));
        var kunci = (await db.KunciPeriode.AsNoTracking().Where(k => k.Wilayah == wilayah && k.Terkunci && teksPeriode.Contains(k.Periode))
            .Select(k => new { k.Modul, k.Periode }).ToListAsync(cancellationToken)).Select(k => (k.Modul, k.Periode)).ToHashSet();

        var variabelRegister = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in register)
            foreach (var (v, nama) in await r.VariabelDariRegisterAsync(cancellationToken)) variabelRegister[v] = nama;
        var kecamatan = hierarki.IsKecamatan(wilayah);

        var sekarang = time.GetUtcNow().UtcDateTime;
        var baru = new DaftarBerblok<BarisRencana>();
        var berubah = new DaftarBerblok<BarisRencana>();
        foreach (var p in daftarPeriode)
        {
            var teks = p.ToString();
            var tersimpanPeriode = tersimpan.GetValueOrDefault(teks);
            foreach (var (k, versi) in semuaVersi)
            {
                cancellationToken.ThrowIfCancellationRequested(); // the time limit of a recompute (BatasWaktuHitungUlang)
                var berlaku = PeriodeBerlaku.Pilih(versi, v => v.Versi, v => v.BerlakuMulai, p);
                if (berlaku is null) continue;
                var id = tersimpanPeriode?.GetValueOrDefault(k) ?? 0;
                if (id != 0 && kunci.Contains((berlaku.Modul, teks)) && !termasukTerkunci(teks, k))
                    continue; // frozen: a locked period keeps the result it was locked with
                if (Terkompilasi(berlaku) is not { } terkompilasi) continue;
                (id == 0 ? baru : berubah).Add(new BarisRencana(p, teks, k, berlaku.Versi, terkompilasi, id));
            }
        }

        // A period's values as the formula sees them are read by its own results, by the next period's (sebelumnya) and by
        // projections: each is aggregated once per region, and the marked one is a copy of it (Tandai changes what it is given).
        // Neither dictionary is changed after it is made.
        var nilaiPeriode = new Dictionary<Periode, Dictionary<string, NilaiPeriode>>();
        var nilaiDitandai = new Dictionary<Periode, Dictionary<string, NilaiPeriode>>();
        var konteks = new Dictionary<Periode, KonteksPeriode>();
        Dictionary<string, NilaiPeriode> Nilai(Periode p) =>
            nilaiPeriode.TryGetValue(p, out var n) ? n : nilaiPeriode[p] = AgregasiPeriode.Nilai(p, mentah, agregasi);
        Dictionary<string, NilaiPeriode> Ditandai(Periode p) =>
            nilaiDitandai.TryGetValue(p, out var n) ? n : nilaiDitandai[p] = rollUp.Tandai(new Dictionary<string, NilaiPeriode>(Nilai(p), StringComparer.Ordinal));
        KonteksPeriode Konteks(Periode p)
        {
            if (konteks.TryGetValue(p, out var ada)) return ada;
            var rencana = ProyeksiPeriode.Untuk(p, mentah, agregasi, Nilai);
            return konteks[p] = new KonteksPeriode(
                Ditandai(p), p.Tahun > Periode.TahunMinimum ? Ditandai(p.Sebelumnya()) : [], VersiData(p, revisi), rencana,
                rencana is null || rencana.Tahunan || rencana.Sampai.Tahun <= Periode.TahunMinimum ? [] : Nilai(rencana.Sampai.Sebelumnya()));
        }

        // Evaluated when its piece is written (PemrosesHitungUlang), from the inputs read above: a region's rows are not all
        // held at once (a kabupaten's 45 000 results and their traces outlived two collections and were collected in gen2).
        HasilCapaian Hitung(BarisRencana r)
        {
            cancellationToken.ThrowIfCancellationRequested(); // the time limit of a recompute (BatasWaktuHitungUlang)
            var (p, teks, k) = (r.Periode, r.Teks, r.Kode);
            var kp = Konteks(p);
            var terkompilasi = r.Terkompilasi;
            var targetBerlaku = TargetUntuk(target, k, p, teks);
            var h = PenghitungCapaian.Hitung(terkompilasi, kp.Data, kp.Sebelumnya, targetBerlaku, aturan);
            var rencana = kp.Rencana;
            var baris = new HasilCapaian
            {
                Id = r.Id, Kode = k, Periode = teks, Wilayah = wilayah, IndikatorVersi = r.Versi, Status = h.Status, Keterangan = h.Keterangan,
                Realisasi = h.Realisasi, Target = h.Target, TargetTeks = h.TargetPredikat, Capaian = h.Capaian, Kategori = h.Kategori,
                Predikat = h.Predikat, VariabelKurang = string.Join(',', h.VariabelKurang),
            };
            var proyeksi = rencana is null ? null : JejakProyeksi.Dari(PenghitungProyeksi.Hitung(terkompilasi, aturanProyeksi.MetodeUntuk(k), rencana,
                kp.SebelumnyaProyeksi, TargetUntuk(target, k, rencana.Sampai), aturan, aturanProyeksi), rencana);
            baris.Jejak = JsonSerializer.Serialize(
                h.Jejak with { Proyeksi = proyeksi, DariRegister = HasilRollUp.DariRegister(h.Jejak, kecamatan, variabelRegister) }, JsonJejak.Default.JejakHitung);
            baris.ProyeksiRealisasi = proyeksi?.Realisasi;
            baris.ProyeksiCapaian = proyeksi?.Capaian;
            baris.ProyeksiBerisiko = proyeksi?.Berisiko;
            baris.ProyeksiMetode = proyeksi?.Metode;
            baris.ProyeksiSampai = proyeksi?.Sampai;
            baris.VersiMasukan = Potong($"indikator=v{r.Versi};target={VersiTarget(targetBerlaku)};aturan={versiAturan};data={kp.VersiData}");
            baris.DihitungPadaUtc = sekarang;
            return baris;
        }
        return new(baru, berubah, Hitung);
    }

    /// <summary>What every result of a period reads, made once per period of a region.</summary>
    private sealed record KonteksPeriode(
        Dictionary<string, NilaiPeriode> Data, Dictionary<string, NilaiPeriode> Sebelumnya, string VersiData, RencanaProyeksi? Rencana,
        Dictionary<string, NilaiPeriode> SebelumnyaProyeksi);

    /// <summary>Per period, the newest revision of each module's sheet read (<c>Ketenagakerjaan#3,KoperasiUmkm#1</c>, modules in ordinal order).</summary>
    private static Dictionary<string, string> Revisi(List<BarisNilai> baris)
    {
        var maks = new Dictionary<string, SortedList<string, int>>(StringComparer.Ordinal);
        foreach (var n in baris)
        {
            if (!maks.TryGetValue(n.Periode, out var modul)) maks[n.Periode] = modul = new SortedList<string, int>(StringComparer.Ordinal);
            if (!modul.TryGetValue(n.Modul, out var r) || n.Revisi > r) modul[n.Modul] = n.Revisi;
        }
        return maks.ToDictionary(m => m.Key, m => string.Join(',', m.Value.Select(x => $"{x.Key}#{x.Value}")), StringComparer.Ordinal);
    }

    private readonly record struct BarisNilai(string Wilayah, string Modul, string Periode, string Kode, decimal Nilai, int Revisi);

    private readonly record struct BarisTersimpan(string Kode, string Periode, long Id);

    private IndikatorTerkompilasi? Kompilasi(IndikatorVersi versi, SkemaRumus skema)
    {
        try
        {
            return katalog.Kompilasi(versi, skema);
        }
        catch (RumusDitolakException)
        {
            return null; // stored rules were checked when saved; a vanished variable cannot be evaluated
        }
    }

    /// <summary>The sheets (period, module, revision) a period's computation reads: its own, its quarters, the previous period's.</summary>
    private static string VersiData(Periode p, Dictionary<string, string> revisi)
    {
        var dibaca = new List<Periode> { p };
        if (p.IsTahunan) dibaca.AddRange(p.KuartalDalamTahun());
        if (p.Tahun > Periode.TahunMinimum)
        {
            var s = p.Sebelumnya();
            dibaca.Add(s);
            if (s.IsTahunan) dibaca.AddRange(s.KuartalDalamTahun());
        }
        var teks = new StringBuilder();
        foreach (var d in dibaca)
        {
            if (!revisi.TryGetValue(d.ToString(), out var r)) continue;
            if (teks.Length > 0) teks.Append(' ');
            teks.Append(d).Append(':').Append(r);
        }
        return teks.ToString();
    }

    private static string VersiTarget(TargetBerlaku? t) =>
        t is null ? "-" : $"{t.Periode}:{t.Nilai?.ToString(CultureInfo.InvariantCulture) ?? t.Predikat}";

    private static string Potong(string teks) => teks.Length > 2000 ? teks[..2000] : teks;

    /// <param name="teksPeriode"><paramref name="p"/> as text, when the caller has it.</param>
    internal static TargetBerlaku? TargetUntuk(Dictionary<(string, string), TargetIndikator> target, string kode, Periode p, string? teksPeriode = null)
    {
        if (target.TryGetValue((kode, teksPeriode ?? p.ToString()), out var sendiri) && (sendiri.Nilai is not null || sendiri.Predikat is not null))
            return new TargetBerlaku(sendiri.Nilai, sendiri.Predikat, sendiri.Periode);
        var tahun = p.Tahun.ToString(CultureInfo.InvariantCulture);
        return !p.IsTahunan && target.TryGetValue((kode, tahun), out var t) ? new TargetBerlaku(t.Nilai, t.Predikat, t.Periode) : null;
    }
}

/// <summary>One result a region's recompute writes: a new row (<paramref name="Id"/> 0) or a stored row rewritten.</summary>
internal sealed record BarisRencana(Periode Periode, string Teks, string Kode, int Versi, IndikatorTerkompilasi Terkompilasi, long Id);

/// <summary>
/// A region's recompute: the rows to insert and the stored rows (by id) to rewrite, each computed when asked for
/// (<see cref="Hitung"/>), so that the caller holds the rows of one write piece at a time.
/// </summary>
internal sealed class HasilHitungWilayah(IReadOnlyList<BarisRencana> baru, IReadOnlyList<BarisRencana> berubah, Func<BarisRencana, HasilCapaian> hitung)
{
    public static readonly HasilHitungWilayah Kosong = new([], [], _ => throw new InvalidOperationException("Tidak ada baris."));

    public IReadOnlyList<BarisRencana> Baru => baru;

    public IReadOnlyList<BarisRencana> Berubah => berubah;

    public List<HasilCapaian> Hitung(IReadOnlyList<BarisRencana> baris)
    {
        var hasil = new List<HasilCapaian>(baris.Count);
        foreach (var b in baris) hasil.Add(hitung(b));
        return hasil;
    }
}
