using Microsoft.EntityFrameworkCore;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Shared.Errors;

namespace Renstra.Modules.KoperasiUmkm.Register;

/// <summary>
/// How every register write ends: the change and a durable "derive needed" request commit together (a lost
/// race or a duplicate key → 409, nothing stored), then the derivation job is started. The request returns
/// without waiting for the derived sheets; <c>GET /api/register/antrian-turunan</c> says when they are written.
/// </summary>
internal static class SimpanRegister
{
    public static async Task SimpanLaluAntrekanAsync(
        KoperasiUmkmDbContext db, AntrianTurunan antrian, string? register, string pesanKonflik, CancellationToken cancellationToken)
    {
        antrian.Minta(db, register);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException(pesanKonflik);
        }
        antrian.Jalankan();
    }
}
