using System.Security.Claims;
using PeranPengguna = Renstra.Shared.Abstractions.Peran;
using Renstra.Shared.Abstractions;

namespace Renstra.Web.Akses;

/// <summary>What the signed-in person may do, read from the role and <c>modul</c> claims of the cookie.</summary>
public sealed record HakPengguna(string Nama, string Peran, IReadOnlyList<string> ModulDiisi)
{
    /// <summary>Administrator: edits rules and targets, locks periods, fills every module.</summary>
    public bool IsAdmin => Peran == PeranPengguna.Admin;

    /// <summary>True when this person may write the data of <paramref name="modul"/> (the API's PengisiData policy).</summary>
    public bool BolehMengisi(string modul) => ModulDiisi.Contains(modul, StringComparer.Ordinal);

    /// <summary>Reads the rights of <paramref name="user"/>; the strongest role wins when several are held.</summary>
    public static HakPengguna Dari(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var nama = user.Identity?.Name ?? "";
        if (user.IsInRole(PeranPengguna.Admin))
            return new(nama, PeranPengguna.Admin, NamaModul.SemuaBidang);
        if (user.IsInRole(PeranPengguna.Pimpinan))
            return new(nama, PeranPengguna.Pimpinan, []);
        if (user.IsInRole(PeranPengguna.Operator))
        {
            var modul = user.FindAll(KlaimAkses.Modul).Select(c => c.Value)
                .Where(m => NamaModul.SemuaBidang.Contains(m, StringComparer.Ordinal))
                .Distinct(StringComparer.Ordinal).ToList();
            return new(nama, PeranPengguna.Operator, modul);
        }
        return new(nama, "", []);
    }
}
