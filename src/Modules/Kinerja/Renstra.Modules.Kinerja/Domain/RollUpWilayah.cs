namespace Renstra.Modules.Kinerja.Domain;

/// <summary>One stored variable value of a region and period.</summary>
internal readonly record struct NilaiWilayah(string Wilayah, string Periode, string Kode, decimal Nilai);

/// <summary>
/// The kabupaten's variables from its kecamatan: a variable the kabupaten has no value of its own for is
/// the SUM of its kecamatan's values (numerators and denominators alike), and the formula is evaluated
/// once on those sums — so a kabupaten ratio is Σnumerator / Σdenominator, never an average of the
/// kecamatan percentages. A value typed for the kabupaten itself wins (data from before the registers).
/// </summary>
internal static class RollUpWilayah
{
    /// <returns>Values by period text, then variable.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Gabung(string induk, IEnumerable<NilaiWilayah> nilai)
    {
        var sendiri = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        var jumlahAnak = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        foreach (var n in nilai)
        {
            var tujuan = n.Wilayah == induk ? sendiri : jumlahAnak;
            if (!tujuan.TryGetValue(n.Periode, out var isi)) tujuan[n.Periode] = isi = new Dictionary<string, decimal>(StringComparer.Ordinal);
            isi[n.Kode] = n.Wilayah == induk ? n.Nilai : isi.GetValueOrDefault(n.Kode) + n.Nilai;
        }
        foreach (var (periode, anak) in jumlahAnak)
        {
            if (!sendiri.TryGetValue(periode, out var isi)) sendiri[periode] = isi = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (kode, jumlah) in anak) isi.TryAdd(kode, jumlah);
        }
        return sendiri.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, decimal>)p.Value, StringComparer.Ordinal);
    }
}
