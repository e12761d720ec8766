using System.Globalization;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Kinerja.Domain;

/// <summary>The parameter names of the projection rules (rules/capaian/proyeksi.json, <c>JenisAturanCapaian.Proyeksi</c>).</summary>
internal static class KonteksProyeksi
{
    /// <summary>Laju (run-rate): the sum of the periods so far.</summary>
    public const string Jumlah = "jumlah";

    /// <summary>Laju: how many periods were submitted.</summary>
    public const string N = "n";

    /// <summary>Laju: how many periods make the whole (4 quarters).</summary>
    public const string Periode = "periode";

    /// <summary>Tren/Terakhir: the first and the latest submitted value and their positions, and the position projected to.</summary>
    public const string Pertama = "pertama", Terakhir = "terakhir", Awal = "awal", Akhir = "akhir", Tujuan = "tujuan";

    public static readonly string[] Skalar = [Jumlah, N, Periode, Pertama, Terakhir, Awal, Akhir, Tujuan];

    /// <summary>The band rule: reads the projected <c>capaian</c>, true = at risk.</summary>
    public const string AturanBerisiko = "Berisiko";

    /// <summary>What a projection rule may read: the band reads <c>capaian</c> and is a condition; a method gives a number.</summary>
    public static SkemaRumus Skema(string nama) =>
        nama == AturanBerisiko ? SkemaRumus.Logika(KonteksCapaian.Capaian) : SkemaRumus.Angka(Skalar);
}

/// <summary>The projection methods: per variable, <see cref="Laju"/> for flows and <see cref="Terakhir"/> or <see cref="Tren"/> for levels.</summary>
internal static class MetodeProyeksi
{
    /// <summary>Run-rate: the sum so far ÷ periods submitted × periods of the whole (flows, agregasi Jumlah).</summary>
    public const string Laju = "Laju";

    /// <summary>The latest value stands (levels, agregasi Terakhir).</summary>
    public const string Terakhir = "Terakhir";

    /// <summary>A straight line through the first and the latest value, carried to the end (levels).</summary>
    public const string Tren = "Tren";

    /// <summary>By each variable's agregasi: Laju for Jumlah, Terakhir for Terakhir.</summary>
    public const string Otomatis = "Otomatis";

    public static readonly string[] Semua = [Otomatis, Laju, Terakhir, Tren];
}

/// <summary>
/// The live projection rules, compiled: one formula per method, the at-risk band (none = nothing is flagged) and
/// which indicators a method rule names (an indicator named by none projects <see cref="MetodeProyeksi.Otomatis"/>).
/// </summary>
internal sealed record AturanProyeksiTerkompilasi(
    IReadOnlyDictionary<string, RumusTerkompilasi> Metode, RumusTerkompilasi? Berisiko, IReadOnlyDictionary<string, string>? MetodeIndikator = null)
{
    public string MetodeUntuk(string kode) => MetodeIndikator?.GetValueOrDefault(kode) ?? MetodeProyeksi.Otomatis;
}

/// <summary>
/// What a period's projection is of: the series so far per variable, and the position and period projected to.
/// <see cref="Tahunan"/>: positions are years, so a <c>sebelumnya.X</c> not yet submitted is projected to the year before.
/// </summary>
internal sealed record RencanaProyeksi(IReadOnlyDictionary<string, DeretNilai> Deret, int Tujuan, int PeriodePenuh, Periode Sampai, string Teks)
{
    public bool Tahunan => PeriodePenuh == 0;

    /// <summary>
    /// A variable's projection by a method to a position, with its trace text: the same for every indicator that reads
    /// the variable in this period, so it is computed once per period (a region's recompute projects 89 indicators).
    /// Only <see cref="PenghitungProyeksi"/> fills it; a rencana is used by one thread.
    /// </summary>
    internal Dictionary<(string Variabel, string Cara, int Tujuan), (decimal Nilai, string Masukan)> Tembolok { get; } = [];

    /// <summary>The rules <see cref="Tembolok"/> was filled with; other rules empty it.</summary>
    internal AturanProyeksiTerkompilasi? TembolokAturan { get; set; }
}

/// <summary>Which projection a period's row carries (pure).</summary>
internal static class ProyeksiPeriode
{
    /// <summary>The last year of the Renstra 2021–2026: years project to its end.</summary>
    public const int TahunAkhirRenstra = 2026;

    /// <summary>The first year of the Renstra 2021–2026: the Renstra end is projected from its years only.</summary>
    public const int TahunAwalRenstra = TahunAkhirRenstra - 5;

    /// <summary>
    /// A quarter: the end of its year, from the quarters up to it. A year still being filled by quarters (no year
    /// sheet, fewer than four quarters): its end, from those quarters. A complete year before 2026: the end of the
    /// Renstra, from the years so far (each year's values as the formula sees them; every variable a level).
    /// Otherwise (the final year complete, nothing submitted): none.
    /// </summary>
    /// <param name="nilai">A period's values as the formula sees them (<see cref="AgregasiPeriode.Nilai"/>), when the caller keeps them.</param>
    public static RencanaProyeksi? Untuk(
        Periode p, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> mentah, IReadOnlyDictionary<string, string> agregasi,
        Func<Periode, Dictionary<string, NilaiPeriode>>? nilai = null)
    {
        var tahun = Periode.TahunPenuh(p.Tahun);
        var kuartal = tahun.KuartalDalamTahun().Where(k => p.IsTahunan || k.Triwulan <= p.Triwulan)
            .Where(k => mentah.ContainsKey(k.ToString())).ToList();
        var tahunLengkap = mentah.ContainsKey(tahun.ToString()) || kuartal.Count == 4;
        if (!p.IsTahunan || (!tahunLengkap && kuartal.Count > 0))
        {
            if (kuartal.Count == 0) return null;
            var deret = Kumpulkan(kuartal.Select(k => (k.Triwulan!.Value, k.ToString(), mentah[k.ToString()])), v => agregasi.GetValueOrDefault(v) ?? Agregasi.Terakhir);
            return new RencanaProyeksi(deret, 4, 4, tahun, $"akhir tahun {p.Tahun}");
        }
        if (!tahunLengkap || p.Tahun >= TahunAkhirRenstra) return null;
        // A year before the Renstra's first (a sheet may be submitted for any year from 2000) has no Renstra years so far.
        var tahunan = Enumerable.Range(TahunAwalRenstra, Math.Max(0, p.Tahun - TahunAwalRenstra + 1))
            .Select(Periode.TahunPenuh)
            .Select(t => (Tahun: t, Nilai: nilai?.Invoke(t) ?? AgregasiPeriode.Nilai(t, mentah, agregasi)))
            .Where(t => t.Nilai.Count > 0)
            .Select(t => (t.Tahun.Tahun, t.Tahun.ToString(), (IReadOnlyDictionary<string, decimal>)t.Nilai.ToDictionary(n => n.Key, n => n.Value.Nilai)));
        return new RencanaProyeksi(Kumpulkan(tahunan, _ => Agregasi.Terakhir), TahunAkhirRenstra, 0, Periode.TahunPenuh(TahunAkhirRenstra), $"akhir Renstra ({TahunAkhirRenstra})");
    }

    private static Dictionary<string, DeretNilai> Kumpulkan(
        IEnumerable<(int Posisi, string Periode, IReadOnlyDictionary<string, decimal> Nilai)> titik, Func<string, string> agregasi)
    {
        var hasil = new Dictionary<string, List<(int, string, decimal)>>(StringComparer.Ordinal);
        foreach (var (posisi, periode, nilai) in titik)
            foreach (var (kode, n) in nilai)
            {
                if (!hasil.TryGetValue(kode, out var daftar)) hasil[kode] = daftar = [];
                daftar.Add((posisi, periode, n));
            }
        return hasil.ToDictionary(h => h.Key, h => new DeretNilai(agregasi(h.Key), h.Value), StringComparer.Ordinal);
    }
}

/// <summary>
/// The values a variable had in the periods so far, in period order, each with its position (quarter 1–4, or year). Towards the
/// end of the Renstra every variable is a level (one value per year): pass <see cref="Agregasi.Terakhir"/>.
/// A missing period is simply absent: a run-rate averages the periods submitted, never counts a gap as 0.
/// </summary>
internal sealed record DeretNilai(string Agregasi, IReadOnlyList<(int Posisi, string Periode, decimal Nilai)> Titik);

/// <summary>A projection: the projected realisasi and capaian, whether it is at risk, the method and every input used.</summary>
internal sealed record HasilProyeksi(
    decimal? Realisasi, decimal? Capaian, bool Berisiko, string Metode, IReadOnlyDictionary<string, string> Masukan, string Keterangan);

/// <summary>
/// Peringatan dini: projects each input variable to the end of the year (from its quarters) or of the Renstra
/// (from its years) by an editable rule, evaluates the indicator's own formula on the projected inputs, and judges
/// the projected capaian with the editable band rule. Pure: no I/O, no clock.
/// </summary>
internal static class PenghitungProyeksi
{
    /// <param name="metode">The indicator's method (<see cref="MetodeProyeksi"/>); <c>Otomatis</c> follows each variable's agregasi.</param>
    /// <param name="rencana">What is projected: the series so far per variable (<see cref="ProyeksiPeriode.Untuk"/>).</param>
    /// <param name="sebelumnya">The values of the period before the one projected to (growth formulas); towards the end of
    /// the Renstra a value not yet submitted is itself projected from the yearly series.</param>
    public static HasilProyeksi? Hitung(
        IndikatorTerkompilasi indikator, string metode, RencanaProyeksi rencana,
        IReadOnlyDictionary<string, NilaiPeriode> sebelumnya, TargetBerlaku? target, AturanCapaianTerkompilasi capaian, AturanProyeksiTerkompilasi aturan)
    {
        if (!ReferenceEquals(rencana.TembolokAturan, aturan))
        {
            rencana.Tembolok.Clear();
            rencana.TembolokAturan = aturan;
        }
        // The values before are copied only when a projected one is added to them.
        IReadOnlyDictionary<string, NilaiPeriode> lalu = sebelumnya;
        Dictionary<string, NilaiPeriode>? salinan = null;
        Dictionary<string, string>? masukanLalu = null;
        if (rencana.Tahunan)
        {
            foreach (var acuan in indikator.Rumus.Acuan.Where(a => a.Sumber == SumberNilai.Sebelumnya && !sebelumnya.ContainsKey(a.Nama)).DistinctBy(a => a.Nama))
            {
                var satu = Hitung(indikator, metode, new Dictionary<string, DeretNilai> { [acuan.Nama] = rencana.Deret.GetValueOrDefault(acuan.Nama) ?? new(Agregasi.Terakhir, []) },
                    rencana.Tujuan - 1, rencana.PeriodePenuh, new Dictionary<string, NilaiPeriode>(), null, capaian, aturan, rencana.Teks, hanyaMasukan: true, rencana.Tembolok);
                if (satu is null) return null;
                salinan ??= new Dictionary<string, NilaiPeriode>(sebelumnya, StringComparer.Ordinal);
                foreach (var (k, v) in satu.Value.Data) salinan[k] = v;
                lalu = salinan;
                masukanLalu ??= new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (k, v) in satu.Value.Masukan) masukanLalu["sebelumnya." + k] = v;
            }
        }
        var hasil = Hitung(indikator, metode, rencana.Deret, rencana.Tujuan, rencana.PeriodePenuh, lalu, target, capaian, aturan, rencana.Teks, hanyaMasukan: false, rencana.Tembolok);
        if (hasil?.Hasil is not { } h) return null;
        return masukanLalu is null || masukanLalu.Count == 0 ? h : h with { Masukan = h.Masukan.Concat(masukanLalu).ToDictionary(StringComparer.Ordinal) };
    }

    /// <param name="hanyaMasukan">Only project the variables of <paramref name="deret"/>, without evaluating the indicator.</param>
    private static (Dictionary<string, NilaiPeriode> Data, Dictionary<string, string> Masukan, HasilProyeksi? Hasil)? Hitung(
        IndikatorTerkompilasi indikator, string metode, IReadOnlyDictionary<string, DeretNilai> deret, int tujuan, int periodePenuh,
        IReadOnlyDictionary<string, NilaiPeriode> sebelumnya, TargetBerlaku? target, AturanCapaianTerkompilasi capaian,
        AturanProyeksiTerkompilasi aturan, string periodeAkhir, bool hanyaMasukan,
        Dictionary<(string Variabel, string Cara, int Tujuan), (decimal Nilai, string Masukan)> tembolok)
    {
        var data = new Dictionary<string, NilaiPeriode>(StringComparer.Ordinal);
        var masukan = new Dictionary<string, string>(StringComparer.Ordinal);
        var dipakai = new SortedSet<string>(StringComparer.Ordinal);
        var periodeDipakai = new SortedSet<string>(StringComparer.Ordinal);
        var acuanData = hanyaMasukan
            ? deret.Keys.Select(k => new AcuanNilai(k, SumberNilai.Data, 0))
            : indikator.Rumus.Acuan.Where(a => a.Sumber == SumberNilai.Data).DistinctBy(a => a.Nama);
        foreach (var acuan in acuanData)
        {
            if (!deret.TryGetValue(acuan.Nama, out var d) || d.Titik.Count == 0) return null;
            // A flow is always carried at its run-rate; the indicator's method chooses how a level goes on. A cumulative
            // flow (each quarter the total since January) runs at its latest total over the quarters it covers.
            var kumulatif = d.Agregasi == Agregasi.Kumulatif;
            var cara = d.Agregasi == Agregasi.Jumlah || kumulatif ? MetodeProyeksi.Laju
                : metode == MetodeProyeksi.Tren ? MetodeProyeksi.Tren : MetodeProyeksi.Terakhir;
            if (!aturan.Metode.TryGetValue(cara, out var rumus)) return null;
            var titik = d.Titik; // in period order (ProyeksiPeriode builds them so)
            if (!tembolok.TryGetValue((acuan.Nama, cara, tujuan), out var proyeksi))
            {
                var slot = new decimal[rumus.JumlahSlot];
                foreach (var a in rumus.Acuan)
                {
                    slot[a.Slot] = a.Nama switch
                    {
                        KonteksProyeksi.Jumlah => kumulatif ? titik[^1].Nilai : Jumlah(titik),
                        KonteksProyeksi.N => kumulatif ? titik[^1].Posisi : titik.Count,
                        KonteksProyeksi.Periode => periodePenuh,
                        KonteksProyeksi.Pertama => titik[0].Nilai,
                        KonteksProyeksi.Terakhir => titik[^1].Nilai,
                        KonteksProyeksi.Awal => titik[0].Posisi,
                        KonteksProyeksi.Akhir => titik[^1].Posisi,
                        KonteksProyeksi.Tujuan => tujuan,
                        _ => 0m,
                    };
                }
                if (!rumus.TryHitung(slot, out var nilai, out _)) return null;
                proyeksi = (nilai, kumulatif
                    ? $"{cara}: {titik[^1].Periode} = {Angka(titik[^1].Nilai)} (kumulatif sejak awal tahun) → {Angka(nilai)}"
                    : $"{cara}: {string.Join(" + ", titik.Select(t => $"{t.Periode} = {Angka(t.Nilai)}"))} → {Angka(nilai)}");
                tembolok[(acuan.Nama, cara, tujuan)] = proyeksi;
            }
            data[acuan.Nama] = new NilaiPeriode(proyeksi.Nilai, cara);
            dipakai.Add(cara);
            foreach (var t in titik) periodeDipakai.Add(t.Periode);
            masukan[acuan.Nama] = proyeksi.Masukan;
        }
        if (data.Count == 0) return null;
        if (hanyaMasukan) return (data, masukan, null);

        var h = PenghitungCapaian.Hitung(indikator, data, sebelumnya, target, capaian);
        if (h.Realisasi is null) return null;
        var berisiko = false;
        if (h.Capaian is { } c && aturan.Berisiko is not null)
        {
            var slot = new decimal[aturan.Berisiko.JumlahSlot];
            foreach (var a in aturan.Berisiko.Acuan) slot[a.Slot] = c;
            berisiko = aturan.Berisiko.TryHitung(slot, out var ya, out _) && ya != 0m;
        }
        var namaMetode = string.Join(" + ", dipakai);
        var ket = $"Proyeksi {periodeAkhir} ({namaMetode}) dari {string.Join(", ", periodeDipakai)}"
                  + (h.Capaian is null ? "; tanpa target, tidak dinilai." : berisiko ? ": berisiko tidak mencapai target." : ": diperkirakan mencapai batas aman.");
        return (data, masukan, new HasilProyeksi(h.Realisasi, h.Capaian, berisiko, namaMetode, masukan, ket));
    }

    private static decimal Jumlah(IReadOnlyList<(int Posisi, string Periode, decimal Nilai)> titik)
    {
        var jumlah = 0m;
        foreach (var t in titik) jumlah += t.Nilai;
        return jumlah;
    }

    private static string Angka(decimal d) => Math.Round(d, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
