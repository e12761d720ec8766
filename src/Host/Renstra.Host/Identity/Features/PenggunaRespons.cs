using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Host.Identity.Features;

/// <summary>An account as the Accounts API shows it (never its password hash or security stamp).</summary>
public sealed record PenggunaRespons(
    string Id, string Email, string Nama, string Peran, string? Modul, bool Aktif, DateTimeOffset? TerkunciSampai);

/// <summary>What the account slices share: reading accounts, the role/module rules, Identity's errors as field errors.</summary>
internal static class AturanPengguna
{
    public static readonly string[] SemuaPeran = [Peran.Admin, Peran.Pimpinan, Peran.Operator];

    public static async Task<List<PenggunaRespons>> BacaAsync(AkunDbContext db, TimeProvider time, string? id, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => id == null || u.Id == id).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var modules = await db.UserClaims.Where(c => c.ClaimType == KlaimAkses.Modul && ids.Contains(c.UserId))
            .Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(ct);
        var now = time.GetUtcNow();
        return users
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .Select(u => new PenggunaRespons(
                u.Id, u.Email ?? "", u.NamaLengkap,
                roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? "",
                modules.FirstOrDefault(m => m.UserId == u.Id)?.ClaimValue,
                u.Aktif,
                u.LockoutEnd > now ? u.LockoutEnd : null))
            .ToList();
    }

    public static async Task<PenggunaRespons> BacaSatuAsync(AkunDbContext db, TimeProvider time, string id, CancellationToken ct) =>
        (await BacaAsync(db, time, id, ct)).SingleOrDefault() ?? throw TidakDitemukan();

    public static NotFoundException TidakDitemukan() => new("Pengguna tidak ditemukan.");

    /// <summary>An Operator needs a bidang module; the other roles have none.</summary>
    public static string? PesanModul(string? peran, string? modul) => (peran, modul) switch
    {
        (Peran.Operator, null or "") => "Operator wajib punya modul bidang.",
        (Peran.Operator, _) when !NamaModul.SemuaBidang.Contains(modul) => $"Modul harus salah satu dari: {string.Join(", ", NamaModul.SemuaBidang)}.",
        (not Peran.Operator, { Length: > 0 }) => "Hanya Operator yang punya modul.",
        _ => null,
    };

    /// <summary>Identity's refusals (weak password, duplicate e-mail) as field errors; already in Indonesian.</summary>
    public static void Pastikan(IdentityResult result)
    {
        if (result.Succeeded) return;
        var errors = result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "kataSandi"
                : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email"
                : "")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        throw new ValidationFailedException(errors);
    }

    /// <summary>The role and module of an account, replaced in one go.</summary>
    public static async Task SetelPeranAsync(UserManager<Pengguna> users, Pengguna user, string peran, string? modul)
    {
        var current = await users.GetRolesAsync(user);
        if (!current.SequenceEqual([peran]))
        {
            if (current.Count > 0) Pastikan(await users.RemoveFromRolesAsync(user, current));
            Pastikan(await users.AddToRoleAsync(user, peran));
        }
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == KlaimAkses.Modul).ToList();
        if (claims.Count == 1 && claims[0].Value == modul) return;
        if (claims.Count > 0) Pastikan(await users.RemoveClaimsAsync(user, claims));
        if (!string.IsNullOrEmpty(modul)) Pastikan(await users.AddClaimAsync(user, new System.Security.Claims.Claim(KlaimAkses.Modul, modul)));
    }
}
