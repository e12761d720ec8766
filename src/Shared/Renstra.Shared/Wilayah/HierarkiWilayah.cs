using Microsoft.Extensions.Configuration;
using Renstra.Shared.Abstractions;

namespace Renstra.Shared.Wilayah;

/// <summary>A region of the hierarchy: the kabupaten, or one of its kecamatan.</summary>
/// <param name="Kode">Region code (configurable), e.g. <c>1906</c> or <c>190601</c>.</param>
/// <param name="Nama">Name for people, e.g. <c>Kecamatan Manggar</c>.</param>
/// <param name="Tingkat"><c>Kabupaten</c> or <c>Kecamatan</c>.</param>
/// <param name="Induk">The parent's code; null for the kabupaten.</param>
public sealed record WilayahTerdaftar(string Kode, string Nama, string Tingkat, string? Induk);

/// <summary>
/// The region tree: the kabupaten (<c>Renstra:Wilayah:Default</c>) and its kecamatan
/// (<c>Renstra:Wilayah:Kecamatan:&lt;kode&gt;</c> = name; the seven kecamatan of Belitung Timur by default).
/// A kabupaten value of a variable that only its kecamatan hold is the sum of theirs (Kinerja's roll-up).
/// </summary>
public sealed class HierarkiWilayah
{
    public const string TingkatKabupaten = "Kabupaten";
    public const string TingkatKecamatan = "Kecamatan";

    /// <summary>Kecamatan of Kabupaten Belitung Timur with their Kemendagri codes (19.06.xx without dots).</summary>
    public static readonly IReadOnlyList<(string Kode, string Nama)> KecamatanBelitungTimur =
    [
        ("190601", "Manggar"), ("190602", "Gantung"), ("190603", "Dendang"), ("190604", "Kelapa Kampit"),
        ("190605", "Damar"), ("190606", "Simpang Renggiang"), ("190607", "Simpang Pesak"),
    ];

    public HierarkiWilayah(IConfiguration configuration)
    {
        Kabupaten = configuration[WilayahBawaan.KunciKonfigurasi] is { Length: > 0 } d ? d : WilayahBawaan.KabupatenBelitungTimur;
        var bagian = configuration.GetSection("Renstra:Wilayah:Kecamatan").GetChildren().ToList();
        var kecamatan = bagian.Count > 0
            ? bagian.Select(c => (Kode: c.Key, Nama: c.Value is { Length: > 0 } n ? n : c.Key)).ToList()
            : [.. KecamatanBelitungTimur];
        var daftar = new List<WilayahTerdaftar> { new(Kabupaten, "Kabupaten Belitung Timur", TingkatKabupaten, null) };
        daftar.AddRange(kecamatan.Where(k => k.Kode != Kabupaten).Select(k => new WilayahTerdaftar(k.Kode, k.Nama, TingkatKecamatan, Kabupaten)));
        Semua = daftar;
        _perKode = daftar.ToDictionary(w => w.Kode, StringComparer.Ordinal);
        Kecamatan = daftar.Where(w => w.Induk is not null).ToList();
    }

    private readonly Dictionary<string, WilayahTerdaftar> _perKode;

    /// <summary>The kabupaten's code (the default region).</summary>
    public string Kabupaten { get; }

    /// <summary>The kabupaten first, then its kecamatan in configured order.</summary>
    public IReadOnlyList<WilayahTerdaftar> Semua { get; }

    public IReadOnlyList<WilayahTerdaftar> Kecamatan { get; }

    public WilayahTerdaftar? Cari(string? kode) => kode is not null && _perKode.TryGetValue(kode, out var w) ? w : null;

    public bool IsKecamatan(string? kode) => Cari(kode) is { Induk: not null };

    /// <summary>The codes of the kecamatan under <paramref name="kode"/>; empty for a kecamatan or an unknown code.</summary>
    public IReadOnlyList<string> Anak(string kode) =>
        Semua.Where(w => w.Induk == kode).Select(w => w.Kode).ToList();

    /// <summary>The parent's code, or null.</summary>
    public string? Induk(string kode) => Cari(kode)?.Induk;

    public string PesanKecamatanTidakDikenal(string? kode) =>
        $"Kecamatan '{TeksPengguna.Kutip(kode, 20)}' tidak dikenal. Kode yang tersedia: {string.Join(", ", Kecamatan.Select(k => $"{k.Kode} ({k.Nama})"))}.";
}
