using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>Reads the module named in a consistency-rule route or query (shared by several slices).</summary>
internal static class ModulAturan
{
    /// <summary>The module named in a route or query: its name (<c>KoperasiUmkm</c>) or its path slug (<c>koperasi-umkm</c>); else 400.</summary>
    internal static string Dari(string modul)
    {
        var nama = NamaModul.SemuaBidang.FirstOrDefault(m =>
            string.Equals(m, modul, StringComparison.OrdinalIgnoreCase) || string.Equals(Slug(m), modul, StringComparison.OrdinalIgnoreCase));
        return nama ?? throw ValidationFailedException.For("modul", "Modul harus Ketenagakerjaan, KoperasiUmkm atau Sekretariat.");
    }

    private static string Slug(string modul) => modul == NamaModul.KoperasiUmkm ? "koperasi-umkm" : modul.ToLowerInvariant();
}
