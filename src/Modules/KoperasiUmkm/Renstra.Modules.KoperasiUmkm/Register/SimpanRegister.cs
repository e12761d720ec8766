using Microsoft.EntityFrameworkCore;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Shared.Errors;

namespace Renstra.Modules.KoperasiUmkm.Register;

/// <summary>How every register write ends: commit (a lost race or a duplicate key → 409), then derive the register's variables.</summary>
internal static class SimpanRegister
{
    public static async Task SimpanLaluTurunkanAsync(
        KoperasiUmkmDbContext db, PenurunanVariabel penurunan, string register, string pesanKonflik, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException(pesanKonflik);
        }
        await penurunan.JalankanAsync(register, cancellationToken);
    }
}
