using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Kinerja.Domain;

/// <summary>Period arithmetic for rule versions and recomputation.</summary>
internal static class PeriodeBerlaku
{
    /// <summary>
    /// Ordinal of a period's first quarter: a year starts with its T1, so <c>berlakuMulai = 2025</c> covers
    /// 2025, 2025-T1 … T4 and later, while <c>2025-T3</c> covers 2025-T3, 2025-T4, 2026 … but not the year 2025.
    /// </summary>
    public static int Mulai(Periode p) => p.Tahun * 4 + ((p.Triwulan ?? 1) - 1);

    /// <summary>The version that applies to <paramref name="periode"/>: the highest whose <c>berlakuMulai</c> is absent or not after it.</summary>
    public static T? Pilih<T>(IEnumerable<T> versi, Func<T, int> nomor, Func<T, string?> berlakuMulai, Periode periode)
        where T : class
    {
        T? terpilih = null;
        foreach (var v in versi)
        {
            var mulai = berlakuMulai(v);
            if (mulai is not null && Periode.TryParse(mulai, out var m) && Mulai(m) > Mulai(periode)) continue;
            if (terpilih is null || nomor(v) > nomor(terpilih)) terpilih = v;
        }
        return terpilih;
    }

    /// <summary>The next period of the same length, or null past the last accepted year.</summary>
    public static Periode? Berikutnya(Periode p)
    {
        if (p.Triwulan is { } t and < 4) return Periode.Kuartal(p.Tahun, t + 1);
        if (p.Tahun >= Periode.TahunMaksimum) return null;
        return p.IsTahunan ? Periode.TahunPenuh(p.Tahun + 1) : Periode.Kuartal(p.Tahun + 1, 1);
    }

    /// <summary>
    /// Periods whose results can change when <paramref name="p"/>'s data changes: itself, the next one (its <c>sebelumnya</c>),
    /// for a quarter its year and the next year; and for the projections (peringatan dini) the later quarters of the same
    /// year (their year-end projection reads it) and, for a year of the Renstra, every later year before its last (their
    /// projection of the Renstra end reads the Renstra's years so far — never a year before its first).
    /// </summary>
    public static IReadOnlyList<Periode> Terdampak(Periode p)
    {
        var hasil = new List<Periode> { p };
        if (Berikutnya(p) is { } n) hasil.Add(n);
        if (!p.IsTahunan)
        {
            var tahun = Periode.TahunPenuh(p.Tahun);
            hasil.Add(tahun);
            if (Berikutnya(tahun) is { } ny) hasil.Add(ny);
            for (var q = p.Triwulan!.Value + 2; q <= 4; q++) hasil.Add(Periode.Kuartal(p.Tahun, q));
        }
        if (p.Tahun >= ProyeksiPeriode.TahunAwalRenstra)
            for (var t = p.Tahun + 2; t < ProyeksiPeriode.TahunAkhirRenstra; t++) hasil.Add(Periode.TahunPenuh(t));
        return hasil;
    }
}
