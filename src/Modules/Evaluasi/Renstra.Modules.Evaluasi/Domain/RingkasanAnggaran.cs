using Renstra.Modules.Kinerja.Contracts;

namespace Renstra.Modules.Evaluasi.Domain;

/// <summary>A sub kegiatan's DPA of one year.</summary>
internal readonly record struct Dpa(decimal Murni, decimal? Perubahan)
{
    public decimal Berlaku => Perubahan ?? Murni;
}

/// <summary>
/// The money of one plan node for one year. Kegiatan and program values are sums of their sub kegiatan;
/// <see cref="PaguRenstra"/> is what the Renstra prints for the node itself, <see cref="PaguDihitung"/> the
/// sum of its sub kegiatan's printed pagu — both kept, so a disagreement of the document shows.
/// </summary>
internal sealed record NilaiAnggaran(
    decimal? PaguRenstra,
    decimal? PaguDihitung,
    decimal? DpaMurni,
    decimal? DpaPerubahan,
    decimal? DpaBerlaku,
    IReadOnlyList<decimal?> Triwulan,
    decimal? Realisasi,
    decimal? Serapan)
{
    /// <summary>True when the printed pagu and the sum of the sub kegiatan differ.</summary>
    public bool PaguBerbeda => PaguRenstra is { } p && PaguDihitung is { } d && p != d;
}

/// <summary>Sums DPA, realisasi and pagu up the plan tree.</summary>
internal static class RingkasanAnggaran
{
    /// <param name="realisasi">Realisasi by (sub kegiatan id, triwulan 1–4) of the year.</param>
    /// <param name="sampaiTriwulan">The year-to-date realisasi counts quarters 1..this.</param>
    public static Dictionary<string, NilaiAnggaran> Hitung(
        IReadOnlyList<NodeRencana> pohon, int tahun,
        IReadOnlyDictionary<string, Dpa> dpa,
        IReadOnlyDictionary<(string SubKegiatanId, int Triwulan), decimal> realisasi,
        int sampaiTriwulan = 4)
    {
        var hasil = new Dictionary<string, NilaiAnggaran>(StringComparer.Ordinal);
        foreach (var node in pohon)
        {
            var daun = Daun(pohon, node);
            var dpaDaun = daun.Where(d => dpa.ContainsKey(d.Id)).Select(d => dpa[d.Id]).ToList();
            var triwulan = Enumerable.Range(1, 4)
                .Select(t => Jumlah(daun.Select(d => realisasi.TryGetValue((d.Id, t), out var rp) ? rp : (decimal?)null)))
                .ToList();
            var ytd = Jumlah(triwulan.Take(sampaiTriwulan));
            decimal? berlaku = dpaDaun.Count > 0 ? dpaDaun.Sum(d => d.Berlaku) : null;
            hasil[node.Id] = new NilaiAnggaran(
                node.Pagu.TryGetValue(tahun, out var p) ? p : null,
                Jumlah(daun.Select(d => d.Pagu.TryGetValue(tahun, out var dp) ? dp : (decimal?)null)),
                dpaDaun.Count > 0 ? dpaDaun.Sum(d => d.Murni) : null,
                dpaDaun.Any(d => d.Perubahan is not null) ? berlaku : null,
                berlaku,
                triwulan,
                ytd,
                Persen(ytd, berlaku));
        }
        return hasil;
    }

    /// <summary>The sub kegiatan under a node (the node itself when it is one).</summary>
    public static List<NodeRencana> Daun(IReadOnlyList<NodeRencana> pohon, NodeRencana node) =>
        node.Tingkat == TingkatRencana.SubKegiatan
            ? [node]
            : pohon.Where(n => n.Tingkat == TingkatRencana.SubKegiatan && n.Id.StartsWith(node.Id + ".", StringComparison.Ordinal)).ToList();

    /// <summary>Null when every value is null; else the sum of those present.</summary>
    public static decimal? Jumlah(IEnumerable<decimal?> nilai)
    {
        decimal? total = null;
        foreach (var n in nilai)
            if (n is { } v) total = (total ?? 0m) + v;
        return total;
    }

    /// <summary><paramref name="bagian"/> ÷ <paramref name="keseluruhan"/> × 100, two decimals; null when either is missing or the whole is 0.</summary>
    public static decimal? Persen(decimal? bagian, decimal? keseluruhan) =>
        bagian is { } b && keseluruhan is { } k && k != 0 ? Math.Round(b / k * 100m, 2, MidpointRounding.AwayFromZero) : null;
}

/// <summary>The levels of the plan tree as <see cref="NodeRencana.Tingkat"/> writes them.</summary>
internal static class TingkatRencana
{
    public const string Program = "Program";
    public const string Kegiatan = "Kegiatan";
    public const string SubKegiatan = "SubKegiatan";
}
