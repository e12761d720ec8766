namespace Renstra.Web.Akses;

/// <summary>One entry of the main navigation.</summary>
public sealed record TautanNavigasi(string Judul, string Alamat);

/// <summary>The main navigation: each person sees only the pages their role may open.</summary>
public static class Navigasi
{
    /// <summary>The entries for <paramref name="hak"/>, in display order.</summary>
    public static IReadOnlyList<TautanNavigasi> Untuk(HakPengguna hak)
    {
        ArgumentNullException.ThrowIfNull(hak);
        List<TautanNavigasi> tautan = [new("Dasbor capaian", "/"), new("Isian data", "/isian"), new("Register koperasi", "/register/koperasi"), new("Register usaha mikro", "/register/usaha-mikro"), new("Evaluasi", "/evaluasi/renja"), new("Anggaran", "/evaluasi/anggaran")];
        if (hak.IsAdmin)
        {
            tautan.Add(new("Aturan indikator", "/aturan"));
            tautan.Add(new("Pengguna", "/pengguna"));
            tautan.Add(new("Jejak audit", "/audit"));
        }
        return tautan;
    }

    /// <summary>True when <paramref name="tautan"/> is the page at <paramref name="path"/> or its parent section.</summary>
    public static bool Aktif(TautanNavigasi tautan, string? path)
    {
        ArgumentNullException.ThrowIfNull(tautan);
        path = string.IsNullOrEmpty(path) ? "/" : path;
        return tautan.Alamat == "/"
            ? path == "/"
            : path.Equals(tautan.Alamat, StringComparison.OrdinalIgnoreCase) ||
              path.StartsWith(tautan.Alamat + "/", StringComparison.OrdinalIgnoreCase);
    }
}
