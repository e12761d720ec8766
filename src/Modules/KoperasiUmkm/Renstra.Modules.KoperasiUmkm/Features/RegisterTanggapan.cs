using Renstra.Modules.KoperasiUmkm.Data.Register;
using Renstra.Modules.KoperasiUmkm.Register;
using Renstra.Modules.Bidang;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.KoperasiUmkm.Features;

/// <summary>A koperasi's fields as sent by a form, the API or one row of an import file.</summary>
/// <param name="NomorBadanHukum">The key: the koperasi's nomor badan hukum (unique).</param>
/// <param name="Jenis">KSP/USP, Konsumen, Produsen, Jasa, Pemasaran or Serba Usaha.</param>
/// <param name="Kecamatan">Kecamatan code (or its name in an import file).</param>
/// <param name="Status">Aktif (default), TidakAktif or Dibubarkan.</param>
/// <param name="StatusSejak">Since when the status holds (default: the founding date for a new koperasi, today for a change).</param>
public sealed record IsianKoperasi(
    string? NomorBadanHukum, string? Nama, string? Jenis, string? Alamat, string? Kecamatan,
    DateOnly? TanggalBerdiri = null, string? Status = null, DateOnly? StatusSejak = null);

/// <summary>A usaha mikro's fields (form, API or one import row). No personal identity number (NIK) is taken.</summary>
/// <param name="NomorInduk">The key: NIB or the Dinas's own id (unique).</param>
/// <param name="TanggalIzin">When it got its izin usaha (null: none yet).</param>
/// <param name="TanggalKemitraan">When its kemitraan began (null: none).</param>
/// <param name="TanggalWirausahaBaru">When it started as a wirausaha baru fostered by the Dinas (null: not one).</param>
/// <param name="Status">Aktif (default) or TidakAktif.</param>
public sealed record IsianUsahaMikro(
    string? NomorInduk, string? NamaUsaha, string? Kecamatan, string? Sektor,
    DateOnly? TanggalIzin = null, DateOnly? TanggalKemitraan = null, DateOnly? TanggalWirausahaBaru = null,
    string? Status = null, DateOnly? StatusSejak = null)
{
    /// <summary>A 16-digit number: what a NIK looks like (a NIB has 13 digits). Refused as a key, never stored or shown back.</summary>
    public static bool SepertiNik(string? nomor) => nomor is not null && nomor.Trim().Length == 16 && nomor.Trim().All(char.IsDigit);
}


/// <summary>A koperasi as the list shows it.</summary>
public sealed record KoperasiTampilan(
    long Id, string NomorBadanHukum, string Nama, string Jenis, string Alamat, string Kecamatan, string NamaKecamatan,
    DateOnly? TanggalBerdiri, string Status, DateOnly StatusSejak, int Versi, string DiubahOleh, DateTimeOffset DiubahPada)
{
    internal static KoperasiTampilan Dari(Koperasi k, HierarkiWilayah wilayah) => new(
        k.Id, k.NomorBadanHukum, k.Nama, k.Jenis, k.Alamat, k.Kecamatan, wilayah.Cari(k.Kecamatan)?.Nama ?? k.Kecamatan,
        k.TanggalBerdiri, k.Status, k.StatusSejak, k.Versi, k.DiubahOleh, Utc(k.DiubahPadaUtc));

    internal static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

/// <summary>A koperasi's record page: its fields, yearly figures, services and history (newest first).</summary>
public sealed record KoperasiRinci(
    KoperasiTampilan Koperasi, IReadOnlyList<DataTahunanTampilan> Tahunan, IReadOnlyList<LayananTampilan> Layanan,
    IReadOnlyList<RiwayatTampilan> Riwayat);

/// <summary>A koperasi's figures of one year.</summary>
public sealed record DataTahunanTampilan(
    int Tahun, bool Rat, DateOnly? TanggalRat, int? JumlahAnggota, decimal? ModalSendiri, decimal? VolumeUsaha, decimal? Aset, decimal? Shu);

/// <summary>A dated service (the result only for a penilaian kesehatan).</summary>
public sealed record LayananTampilan(long Id, string Jenis, DateOnly Tanggal, string? Hasil, string Oleh);

/// <summary>One version of a register record.</summary>
public sealed record RiwayatTampilan(int Versi, string Keterangan, string Status, DateOnly StatusSejak, string Oleh, DateTimeOffset Pada, string Isi);

/// <summary>A usaha mikro as the list shows it.</summary>
/// <param name="SkalaTerakhir">The scale of the latest year recorded (<c>Mikro</c>/<c>Kecil</c>), null while none is.</param>
/// <param name="TahunSkala">The year of <paramref name="SkalaTerakhir"/>.</param>
public sealed record UsahaMikroTampilan(
    long Id, string NomorInduk, string NamaUsaha, string Kecamatan, string NamaKecamatan, string Sektor,
    DateOnly? TanggalIzin, DateOnly? TanggalKemitraan, DateOnly? TanggalWirausahaBaru, string Status, DateOnly StatusSejak,
    int Versi, string DiubahOleh, DateTimeOffset DiubahPada, string? SkalaTerakhir, int? TahunSkala)
{
    /// <param name="u">With its <see cref="UsahaMikro.Skala"/> loaded.</param>
    internal static UsahaMikroTampilan Dari(UsahaMikro u, HierarkiWilayah wilayah)
    {
        var skala = u.Skala.MaxBy(s => s.Tahun);
        return new(
            u.Id, u.NomorInduk, u.NamaUsaha, u.Kecamatan, wilayah.Cari(u.Kecamatan)?.Nama ?? u.Kecamatan, u.Sektor,
            u.TanggalIzin, u.TanggalKemitraan, u.TanggalWirausahaBaru, u.Status, u.StatusSejak, u.Versi, u.DiubahOleh,
            KoperasiTampilan.Utc(u.DiubahPadaUtc), skala?.Skala, skala?.Tahun);
    }
}

/// <summary>A usaha mikro's record page.</summary>
public sealed record UsahaMikroRinci(
    UsahaMikroTampilan UsahaMikro, IReadOnlyList<SkalaTampilan> Skala, IReadOnlyList<LayananTampilan> Layanan, IReadOnlyList<RiwayatTampilan> Riwayat);

/// <summary>The scale of a usaha in a year (mikro/kecil).</summary>
public sealed record SkalaTampilan(int Tahun, string Skala);

/// <summary>
/// The outcome of an import: rows stored (new / changed / unchanged), and each refused row by its line
/// in the file and its key. With <c>mode=semua</c> a file with any refused row stores nothing.
/// </summary>
public sealed record LaporanImpor(
    string Mode, bool Disimpan, int JumlahBaris, int Baru, int Diubah, int TidakBerubah, IReadOnlyList<BarisDitolak> Ditolak)
{
    /// <summary>The largest import file: the sheet upload's limit (the kernel refuses a larger one the same way).</summary>
    public const int UkuranBerkasMaksimum = Bidang.Features.BacaBerkasLembar.UkuranMaksimum;
}

/// <summary>A refused import row: its line in the file, its key (nomor badan hukum / nomor induk) and every problem.</summary>
public sealed record BarisDitolak(int Baris, string? Kunci, IReadOnlyList<string> Pesan);

/// <summary>
/// Hands the module's internal register services to the public Mediator handlers (which the host's
/// source generator must see as public, with public constructor parameter types). Scoped.
/// </summary>
public sealed class LayananRegister
{
    internal LayananRegister(AntrianTurunan antrian, IPembacaBerkasTabel pembaca)
    {
        Antrian = antrian;
        Pembaca = pembaca;
    }

    /// <summary>Where a register write queues its derivation (committed with the write, run by a job).</summary>
    internal AntrianTurunan Antrian { get; }

    internal IPembacaBerkasTabel Pembaca { get; }
}
