using System.Diagnostics.Metrics;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Kinerja.Domain;

/// <summary>Where a formula reads a value from: <c>data.X</c>, <c>sebelumnya.X</c> or a plain scalar such as <c>target</c>.</summary>
internal enum SumberNilai
{
    Data,
    Sebelumnya,
    Skalar,
}

/// <summary>One value a compiled formula reads, at position <see cref="Slot"/> of the input buffer.</summary>
internal sealed record AcuanNilai(string Nama, SumberNilai Sumber, int Slot)
{
    /// <summary>How the value is named in messages and traces: <c>AngkatanKerja</c>, <c>sebelumnya.Wirausaha</c>, <c>target</c>.</summary>
    public string Label => Sumber == SumberNilai.Sebelumnya ? "sebelumnya." + Nama : Nama;
}

/// <summary>What a formula may read and what it must give.</summary>
/// <param name="Variabel">Declared variables, readable as <c>data.X</c> and <c>sebelumnya.X</c>.</param>
/// <param name="Skalar">Plain parameter names (capaian and category rules: <c>realisasi</c>, <c>target</c>, …).</param>
/// <param name="HasilLogika">True when the formula is a condition (true/false), false when it gives a number.</param>
internal sealed record SkemaRumus(IReadOnlySet<string> Variabel, IReadOnlyList<string> Skalar, bool HasilLogika)
{
    public static SkemaRumus Indikator(IEnumerable<string> variabel) =>
        new(new HashSet<string>(variabel, StringComparer.Ordinal), [], false);

    public static SkemaRumus Syarat(IEnumerable<string> variabel) =>
        new(new HashSet<string>(variabel, StringComparer.Ordinal), [], true);

    public static SkemaRumus Angka(params string[] skalar) => new(new HashSet<string>(StringComparer.Ordinal), skalar, false);

    public static SkemaRumus Logika(params string[] skalar) => new(new HashSet<string>(StringComparer.Ordinal), skalar, true);
}

/// <summary>A formula refused by the allow-list or the parser; the message is Indonesian and names the problem.</summary>
internal sealed class RumusDitolakException(string pesan) : Exception(pesan);

/// <summary>
/// A checked and compiled formula. Thread-safe and allocation-free to evaluate: the caller fills a
/// <c>decimal[]</c> buffer at the slots of <see cref="Acuan"/> and calls <see cref="TryHitung"/>.
/// A condition gives 1 (true) or 0 (false).
/// </summary>
internal sealed class RumusTerkompilasi(
    string teks, IReadOnlyList<AcuanNilai> acuan, Func<decimal[], decimal> fungsi,
    Func<decimal[], decimal>? pembilang = null, Func<decimal[], decimal>? penyebut = null, Counter<long>? evaluasi = null)
{
    public string Teks { get; } = teks;

    public IReadOnlyList<AcuanNilai> Acuan { get; } = acuan;

    /// <summary>Size of the input buffer.</summary>
    public int JumlahSlot => Acuan.Count;

    /// <summary>For the trace: the numerator and denominator of the outermost division, if any.</summary>
    public (decimal? Pembilang, decimal? Penyebut) Pecahan(decimal[] slot)
    {
        if (pembilang is null || penyebut is null) return (null, null);
        try
        {
            return (pembilang(slot), penyebut(slot));
        }
        catch (ArithmeticException)
        {
            return (null, null);
        }
    }

    /// <summary>Evaluates; a zero denominator or an overflow gives no value and the reason.</summary>
    public bool TryHitung(decimal[] slot, out decimal hasil, out string? alasan)
    {
        evaluasi?.Add(1);
        try
        {
            hasil = fungsi(slot);
            if (!BatasNilai.Sah(hasil))
            {
                hasil = 0;
                alasan = "Hasil perhitungan melebihi batas ±10^15: tidak ada nilai.";
                return false;
            }
            alasan = null;
            return true;
        }
        catch (DivideByZeroException)
        {
            hasil = 0;
            alasan = "Pembagi bernilai nol: tidak ada nilai.";
            return false;
        }
        catch (OverflowException)
        {
            hasil = 0;
            alasan = "Hasil perhitungan terlalu besar: tidak ada nilai.";
            return false;
        }
    }
}

/// <summary>The port to the formula engine (implemented under Rules/ with RulesEngine's parser).</summary>
internal interface IMesinRumus
{
    /// <summary>Checks a formula against the allow-list without running it; throws <see cref="RumusDitolakException"/>.</summary>
    IReadOnlyList<AcuanNilai> Periksa(string rumus, SkemaRumus skema);

    /// <summary>
    /// Checks and compiles, cached by <paramref name="kunci"/> (rule id + version): a changed rule gets a new key.
    /// Throws <see cref="RumusDitolakException"/> when refused.
    /// </summary>
    RumusTerkompilasi Kompilasi(string kunci, string rumus, SkemaRumus skema);
}
