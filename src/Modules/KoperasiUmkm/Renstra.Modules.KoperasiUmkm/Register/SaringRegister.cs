using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.KoperasiUmkm.Register;

/// <summary>The list filters both registers share.</summary>
internal static class SaringRegister
{
    public static void Periksa(HierarkiWilayah wilayah, string? kecamatan, string? status, IReadOnlyList<string> statusSah, string? cari)
    {
        var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(kecamatan) && !wilayah.IsKecamatan(kecamatan)) galat["kecamatan"] = [wilayah.PesanKecamatanTidakDikenal(kecamatan)];
        if (!string.IsNullOrEmpty(status) && !statusSah.Contains(status))
            galat["status"] = [$"Status '{TeksPengguna.Kutip(status)}' tidak dikenal. Pilih: {string.Join(", ", statusSah)}."];
        if (cari is { Length: > 100 }) galat["cari"] = ["Kata kunci paling banyak 100 karakter."];
        if (galat.Count > 0) throw new ValidationFailedException(galat);
    }

    public static bool Cocok(string? cari, params string[] teks) =>
        string.IsNullOrWhiteSpace(cari) || teks.Any(t => t.Contains(cari.Trim(), StringComparison.OrdinalIgnoreCase));
}
