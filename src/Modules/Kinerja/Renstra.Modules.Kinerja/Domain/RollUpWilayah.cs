namespace Renstra.Modules.Kinerja.Domain;

/// <summary>One stored variable value of a region and period.</summary>
internal readonly record struct NilaiWilayah(string Wilayah, string Periode, string Kode, decimal Nilai);

/// <summary>Values by period text, then variable; and which of them are sums of the kecamatan.</summary>
internal sealed record HasilRollUp(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Nilai, IReadOnlySet<(string Periode, string Kode)> DariKecamatan)
{
    /// <summary>How the trace's source of a kecamatan sum begins.</summary>
    public const string AwalanJumlahKecamatan = "jumlah kecamatan ";

    /// <summary>Says in the trace which inputs are kecamatan sums (<c>jumlah kecamatan 2024</c>).</summary>
    public Dictionary<string, NilaiPeriode> Tandai(Dictionary<string, NilaiPeriode> data)
    {
        foreach (var (kode, nilai) in data.ToList())
            if (DariKecamatan.Contains((nilai.Sumber, kode))) data[kode] = nilai with { Sumber = AwalanJumlahKecamatan + nilai.Sumber };
        return data;
    }

    /// <summary>
    /// The inputs of a trace a register derived: in a kecamatan every derived variable (operators cannot type them
    /// there), in the kabupaten those that are sums of its kecamatan (a value typed for the kabupaten itself is not).
    /// </summary>
    public static Dictionary<string, string>? DariRegister(
        JejakHitung jejak, bool kecamatan, IReadOnlyDictionary<string, string> variabelRegister)
    {
        if (variabelRegister.Count == 0) return null;
        var hasil = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kode, sumber) in jejak.SumberMasukan)
            if (variabelRegister.TryGetValue(kode, out var register) && (kecamatan || sumber.StartsWith(AwalanJumlahKecamatan, StringComparison.Ordinal)))
                hasil[kode] = register;
        return hasil.Count == 0 ? null : hasil;
    }
}

/// <summary>
/// The kabupaten's variables from its kecamatan: a variable the kabupaten has no value of its own for is
/// the SUM of its kecamatan's values (numerators and denominators alike), and the formula is evaluated
/// once on those sums — so a kabupaten ratio is Σnumerator / Σdenominator, never an average of the
/// kecamatan percentages. A value typed for the kabupaten itself wins (data from before the registers).
/// </summary>
internal static class RollUpWilayah
{
    public static HasilRollUp Gabung(string induk, IEnumerable<NilaiWilayah> nilai)
    {
        var sendiri = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        var jumlahAnak = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        foreach (var n in nilai)
        {
            var tujuan = n.Wilayah == induk ? sendiri : jumlahAnak;
            if (!tujuan.TryGetValue(n.Periode, out var isi)) tujuan[n.Periode] = isi = new Dictionary<string, decimal>(StringComparer.Ordinal);
            isi[n.Kode] = n.Wilayah == induk ? n.Nilai : isi.GetValueOrDefault(n.Kode) + n.Nilai;
        }
        var dariKecamatan = new HashSet<(string, string)>();
        foreach (var (periode, anak) in jumlahAnak)
        {
            if (!sendiri.TryGetValue(periode, out var isi)) sendiri[periode] = isi = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (kode, jumlah) in anak)
                if (isi.TryAdd(kode, jumlah)) dariKecamatan.Add((periode, kode));
        }
        return new HasilRollUp(
            sendiri.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, decimal>)p.Value, StringComparer.Ordinal), dariKecamatan);
    }
}
