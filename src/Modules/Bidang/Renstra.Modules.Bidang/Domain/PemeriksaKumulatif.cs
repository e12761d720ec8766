using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Bidang.Domain;

/// <summary>
/// A <c>Kumulatif</c> variable's quarter value is the year to date, so within a year it can only grow:
/// a quarter below an earlier quarter (or above a later one) of the same year and region is refused.
/// </summary>
internal static class PemeriksaKumulatif
{
    public const string Agregasi = "Kumulatif";

    /// <param name="kuartalLain">The other quarters' stored values of the same year and region, by period.</param>
    public static Dictionary<string, List<string>> Periksa(
        Periode periode, IReadOnlyDictionary<string, decimal> dikirim, IReadOnlySet<string> kumulatif,
        IReadOnlyDictionary<Periode, IReadOnlyDictionary<string, decimal>> kuartalLain)
    {
        var galat = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (periode.Triwulan is not { } t) return galat;
        foreach (var (kode, nilai) in dikirim)
        {
            if (!kumulatif.Contains(kode)) continue;
            foreach (var (lain, isi) in kuartalLain.OrderBy(k => k.Key))
            {
                if (lain.Triwulan is not { } tl || !isi.TryGetValue(kode, out var n)) continue;
                if (tl < t && nilai < n)
                    Tambah(galat, kode, $"{kode} bersifat kumulatif (nilai triwulan = total sejak awal tahun): {nilai} lebih kecil dari {n} pada {lain}. Nilai tidak boleh turun dalam satu tahun.");
                else if (tl > t && nilai > n)
                    Tambah(galat, kode, $"{kode} bersifat kumulatif (nilai triwulan = total sejak awal tahun): {nilai} lebih besar dari {n} pada {lain} yang sesudahnya. Nilai tidak boleh turun dalam satu tahun.");
            }
        }
        return galat;
    }

    private static void Tambah(Dictionary<string, List<string>> galat, string kode, string pesan)
    {
        if (!galat.TryGetValue(kode, out var daftar)) galat[kode] = daftar = [];
        daftar.Add(pesan);
    }
}
