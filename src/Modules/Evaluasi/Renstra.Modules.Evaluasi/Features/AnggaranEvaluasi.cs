using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Evaluasi.Contracts;
using Renstra.Modules.Evaluasi.Data;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>The DPA in force, for the bidang modules' check of a realisasi anggaran sheet.</summary>
internal sealed class AnggaranEvaluasi(EvaluasiDbContext db) : IAnggaranEvaluasi
{
    public async Task<IReadOnlyDictionary<string, decimal>> DpaBerlakuAsync(int tahun, CancellationToken cancellationToken) =>
        await db.Dpa.AsNoTracking().Where(d => d.Tahun == tahun)
            .ToDictionaryAsync(d => d.SubKegiatanId, d => d.Perubahan ?? d.Murni, StringComparer.Ordinal, cancellationToken);
}
