using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// The version stamp of what a capaian read of a region shows: the newest <see cref="PerubahanCapaian"/>
/// id of the region and of <c>*</c>, and how many such rows lie in the last <see cref="Jendela"/> ids. The
/// count catches a transaction that committed after a later id (SQL Server identities are handed out
/// before the commit); rows inside the window are never deleted, so a count never returns to an old value.
/// One indexed query (the newest row and, beside it, the count), no matter how much is stored.
/// </summary>
internal static class StempelCapaian
{
    public const long Jendela = 1000;

    public static async Task<string> BacaAsync(KinerjaDbContext db, string wilayah, CancellationToken cancellationToken)
    {
        var semua = PerubahanCapaian.SemuaWilayah;
        var baris = db.PerubahanCapaian.Where(p => p.Wilayah == wilayah || p.Wilayah == semua);
        var terbaru = await baris.OrderByDescending(p => p.Id)
            .Select(p => new { p.Id, Jumlah = baris.Count(q => q.Id > p.Id - Jendela) })
            .FirstOrDefaultAsync(cancellationToken);
        return terbaru is null ? "0.0" : $"{terbaru.Id}.{terbaru.Jumlah}";
    }
}
