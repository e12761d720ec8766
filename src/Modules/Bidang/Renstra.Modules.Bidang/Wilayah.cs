using Microsoft.Extensions.Configuration;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Bidang;

/// <summary>
/// The region codes sheets may be submitted for: <c>Renstra:Wilayah:Kode</c> (code → name) and the
/// default <c>Renstra:Wilayah:Default</c>, the kabupaten (Belitung Timur, 1906), and its kecamatan
/// (<see cref="HierarkiWilayah"/>).
/// </summary>
internal sealed class DaftarWilayah
{
    public DaftarWilayah(IConfiguration configuration, HierarkiWilayah hierarki)
    {
        Default = configuration[WilayahBawaan.KunciKonfigurasi] is { Length: > 0 } d ? d : WilayahBawaan.KabupatenBelitungTimur;
        var kode = configuration.GetSection("Renstra:Wilayah:Kode").GetChildren()
            .ToDictionary(c => c.Key, c => c.Value ?? c.Key, StringComparer.Ordinal);
        kode.TryAdd(Default, "Kabupaten Belitung Timur");
        foreach (var k in hierarki.Kecamatan) kode.TryAdd(k.Kode, k.Nama);
        Kode = kode;
    }

    public string Default { get; }

    public IReadOnlyDictionary<string, string> Kode { get; }

    /// <summary>The default when absent; null when the code is unknown.</summary>
    public string? Resolve(string? wilayah) =>
        string.IsNullOrWhiteSpace(wilayah) ? Default : Kode.ContainsKey(wilayah) ? wilayah : null;

    public string PesanTidakDikenal(string? wilayah) =>
        $"Kode wilayah '{TeksPengguna.Kutip(wilayah, 20)}' tidak dikenal. Kode yang tersedia: {string.Join(", ", Kode.Keys)}.";
}
