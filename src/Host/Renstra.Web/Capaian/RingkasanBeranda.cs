using Renstra.Shared.Abstractions;
using Renstra.Web.Formatting;

namespace Renstra.Web.Capaian;

/// <summary>How complete one bidang's data are for the period shown: indicators whose data are all in, of all of its indicators.</summary>
public sealed record KelengkapanBidang(string Modul, int Lengkap, int Jumlah, int Berisiko)
{
    /// <summary>0–100, whole percent; 0 when the bidang has no indicator in scope.</summary>
    public int Persen => Jumlah == 0 ? 0 : (int)Math.Floor(Lengkap * 100m / Jumlah);
}

/// <summary>
/// The tiles above the dashboard table, counted from the stored rows the table shows (nothing is computed
/// again): indicators per capaian category, how many the early warning marks berisiko, and per bidang how
/// many indicators have their data in.
/// </summary>
public sealed record RingkasanBeranda(
    int Jumlah, IReadOnlyList<(string Kategori, int Jumlah)> PerKategori, int TanpaKategori, int Berisiko, IReadOnlyList<KelengkapanBidang> PerBidang)
{
    /// <summary>Counts <paramref name="semua"/> (every row of the period) within <paramref name="saringan"/>'s level and branch; the category tiles also within its bidang.</summary>
    public static RingkasanBeranda Dari(IReadOnlyList<BarisCapaian> semua, SaringanCapaian saringan)
    {
        ArgumentNullException.ThrowIfNull(semua);
        ArgumentNullException.ThrowIfNull(saringan);
        var lingkup = semua.Where(saringan.DalamLingkup).ToList();
        var perKategori = WarnaKategori.Semua
            .Select(k => (k, lingkup.Count(b => string.Equals(b.Capaian.Kategori?.Trim(), k, StringComparison.OrdinalIgnoreCase))))
            .ToList();
        var lintasBidang = saringan with { Modul = null };
        var perBidang = NamaModul.SemuaBidang
            .Select(m =>
            {
                var baris = semua.Where(b => b.Modul == m && lintasBidang.DalamLingkup(b)).ToList();
                return new KelengkapanBidang(m, baris.Count(b => b.DataLengkap), baris.Count, baris.Count(b => b.Berisiko));
            })
            .Where(k => saringan.Modul is null || k.Modul == saringan.Modul)
            .ToList();
        return new RingkasanBeranda(lingkup.Count, perKategori, lingkup.Count - perKategori.Sum(p => p.Item2), lingkup.Count(b => b.Berisiko), perBidang);
    }
}
