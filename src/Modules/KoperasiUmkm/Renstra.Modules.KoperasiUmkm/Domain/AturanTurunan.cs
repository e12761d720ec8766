using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Renstra.Modules.KoperasiUmkm.Domain;

/// <summary>
/// A derivation rule: "count (or sum of <see cref="Kolom"/>) of the records of <see cref="Register"/>
/// (<see cref="Rekaman"/>) where every <see cref="Syarat"/> holds, within the period and kecamatan".
/// Stored as JSON and checked by <see cref="PemeriksaAturanTurunan"/> against a closed allow-list of
/// fields and operators before it is stored; nothing in it is ever compiled or run as code.
/// </summary>
internal sealed record AturanTurunan
{
    /// <summary><c>Koperasi</c> or <c>UsahaMikro</c>.</summary>
    public string Register { get; init; } = "";

    /// <summary>
    /// Which records are looked at: <c>Register</c> (each entity as it stood at the period's end),
    /// <c>Layanan</c> (services dated within the period) or <c>Tahunan</c> (a koperasi's figures of the
    /// period's year).
    /// </summary>
    public string Rekaman { get; init; } = "";

    /// <summary><c>HitungUnik</c> (each entity once) or <c>Jumlah</c> (sum of <see cref="Kolom"/>, each entity once).</summary>
    public string Fungsi { get; init; } = "";

    /// <summary>The numeric field summed by <c>Jumlah</c>.</summary>
    public string? Kolom { get; init; }

    /// <summary>Conditions that must all hold.</summary>
    public IReadOnlyList<Syarat> Syarat { get; init; } = [];

    /// <summary>Why the rule is what it is, for people.</summary>
    public string? Keterangan { get; init; }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 8,
    };

    public string KeJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>One condition: <c>{ "kolom": "Jenis", "operator": "==", "nilai": "Pemeriksaan" }</c>.</summary>
internal sealed record Syarat
{
    public string Kolom { get; init; } = "";

    /// <summary>One of <see cref="OperatorSyarat.Semua"/>.</summary>
    public string Operator { get; init; } = "";

    /// <summary>A string, number, boolean, or (for <c>dalam</c>) an array of strings; absent for <c>terisi</c>/<c>kosong</c>.</summary>
    public JsonElement? Nilai { get; init; }
}

internal static class OperatorSyarat
{
    public const string SamaDengan = "==";
    public const string TidakSama = "!=";
    public const string Dalam = "dalam";
    public const string Terisi = "terisi";
    public const string Kosong = "kosong";
    public static readonly string[] Perbandingan = ["<", "<=", ">", ">="];
    public static readonly string[] Semua = [SamaDengan, TidakSama, "<", "<=", ">", ">=", Dalam, Terisi, Kosong];
}

internal static class FungsiTurunan
{
    public const string HitungUnik = "HitungUnik";
    public const string Jumlah = "Jumlah";
}

internal enum JenisKolom
{
    Teks,
    Angka,
    Boolean,
}

/// <summary>A field a rule may name, with its type and (for text) the values it can take.</summary>
internal sealed record KolomRegister(string Nama, JenisKolom Jenis, IReadOnlyList<string>? Pilihan = null);

/// <summary>The record sets of each register and the only fields a rule may name on them.</summary>
internal static class KolomTurunan
{
    public const string RekamanRegister = "Register";
    public const string RekamanLayanan = "Layanan";
    public const string RekamanTahunan = "Tahunan";

    public static readonly IReadOnlyDictionary<(string Register, string Rekaman), IReadOnlyList<KolomRegister>> Izin =
        new Dictionary<(string, string), IReadOnlyList<KolomRegister>>
        {
            [("Koperasi", RekamanRegister)] =
            [
                new("Status", JenisKolom.Teks, ["Aktif", "TidakAktif", "Dibubarkan"]),
                new("Jenis", JenisKolom.Teks, ["KSP/USP", "Konsumen", "Produsen", "Jasa", "Pemasaran", "Serba Usaha"]),
                new("Rat", JenisKolom.Boolean),
            ],
            [("Koperasi", RekamanLayanan)] =
            [
                new("Jenis", JenisKolom.Teks, ["Pemeriksaan", "Pendampingan", "Diklat", "FasilitasiKemitraan", "PenilaianKesehatan"]),
                new("Hasil", JenisKolom.Teks, ["Sehat", "Cukup Sehat", "Dalam Pengawasan", "Dalam Pengawasan Khusus"]),
                new("JenisKoperasi", JenisKolom.Teks, ["KSP/USP", "Konsumen", "Produsen", "Jasa", "Pemasaran", "Serba Usaha"]),
            ],
            [("Koperasi", RekamanTahunan)] =
            [
                new("Status", JenisKolom.Teks, ["Aktif", "TidakAktif", "Dibubarkan"]),
                new("Jenis", JenisKolom.Teks, ["KSP/USP", "Konsumen", "Produsen", "Jasa", "Pemasaran", "Serba Usaha"]),
                new("Rat", JenisKolom.Boolean),
                new("JumlahAnggota", JenisKolom.Angka),
                new("ModalSendiri", JenisKolom.Angka),
                new("VolumeUsaha", JenisKolom.Angka),
                new("Aset", JenisKolom.Angka),
                new("Shu", JenisKolom.Angka),
            ],
            [("UsahaMikro", RekamanRegister)] =
            [
                new("Status", JenisKolom.Teks, ["Aktif", "TidakAktif"]),
                new("Sektor", JenisKolom.Teks),
                new("Skala", JenisKolom.Teks, ["Mikro", "Kecil"]),
                new("Berizin", JenisKolom.Boolean),
                new("Bermitra", JenisKolom.Boolean),
                new("WirausahaBaru", JenisKolom.Boolean),
            ],
            [("UsahaMikro", RekamanLayanan)] =
            [
                new("Jenis", JenisKolom.Teks, ["FasilitasiPemasaran", "Pelatihan", "FasilitasiPerizinan"]),
                new("Sektor", JenisKolom.Teks),
            ],
        };

    public static string Daftar(IEnumerable<KolomRegister> kolom) => string.Join(", ", kolom.Select(k => k.Nama));

    public static string Angka(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
