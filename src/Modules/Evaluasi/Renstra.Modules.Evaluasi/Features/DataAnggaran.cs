using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Modules.Evaluasi.Domain;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>What the anggaran and evaluation reads share: a year's DPA and realisasi from Evaluasi's tables.</summary>
internal static class DataAnggaran
{
    public const int TahunAwal = 2016;
    public const int TahunAkhir = 2100;

    public static void PeriksaTahun(int tahun)
    {
        if (tahun is < TahunAwal or > TahunAkhir)
            throw ValidationFailedException.For("tahun", $"Tahun harus antara {TahunAwal} dan {TahunAkhir}.");
    }

    public static async Task<Dictionary<string, Dpa>> DpaAsync(this EvaluasiDbContext db, int tahun, CancellationToken cancellationToken) =>
        await db.Dpa.AsNoTracking().Where(d => d.Tahun == tahun)
            .ToDictionaryAsync(d => d.SubKegiatanId, d => new Dpa(d.Murni, d.Perubahan), StringComparer.Ordinal, cancellationToken);

    /// <summary>Realisasi of the years <paramref name="dari"/>–<paramref name="sampai"/> by (year, sub kegiatan, quarter).</summary>
    public static async Task<Dictionary<int, Dictionary<(string SubKegiatanId, int Triwulan), decimal>>> RealisasiAsync(
        this EvaluasiDbContext db, int dari, int sampai, CancellationToken cancellationToken)
    {
        var baris = await db.RealisasiAnggaran.AsNoTracking().Where(r => r.Tahun >= dari && r.Tahun <= sampai).ToListAsync(cancellationToken);
        return Enumerable.Range(dari, Math.Max(0, sampai - dari + 1)).ToDictionary(
            t => t,
            t => baris.Where(r => r.Tahun == t).ToDictionary(r => (r.SubKegiatanId, r.Triwulan), r => r.Rp));
    }
}
