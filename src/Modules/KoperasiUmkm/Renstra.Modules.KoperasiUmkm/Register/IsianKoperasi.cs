using System.Text.Json;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Data.Register;
using Renstra.Modules.KoperasiUmkm.Features;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.KoperasiUmkm.Register;

/// <summary>Checks and applies a koperasi's fields, writing its history; shared by add, edit and import.</summary>
internal static class PencatatKoperasi
{
    /// <summary>Field errors of <paramref name="isian"/>; empty when it can be stored.</summary>
    public static Dictionary<string, string[]> Periksa(IsianKoperasi isian, HierarkiWilayah wilayah, DateOnly hariIni)
    {
        var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
        PeriksaTeks.Wajib(galat, "nomorBadanHukum", isian.NomorBadanHukum, 100);
        PeriksaTeks.Wajib(galat, "nama", isian.Nama, 200);
        PeriksaTeks.Opsional(galat, "alamat", isian.Alamat, 300);
        PeriksaTeks.Pilihan(galat, "jenis", isian.Jenis, JenisKoperasi.Semua, wajib: true);
        PeriksaTeks.Pilihan(galat, "status", isian.Status, StatusKoperasi.Semua, wajib: false);
        if (!wilayah.IsKecamatan(isian.Kecamatan)) galat["kecamatan"] = [wilayah.PesanKecamatanTidakDikenal(isian.Kecamatan)];
        PeriksaTeks.Tanggal(galat, "tanggalBerdiri", isian.TanggalBerdiri, hariIni);
        PeriksaTeks.Tanggal(galat, "statusSejak", isian.StatusSejak, hariIni);
        if (isian.TanggalBerdiri is { } b && isian.StatusSejak is { } s && s < b)
            galat["statusSejak"] = ["Tanggal status tidak boleh sebelum tanggal berdiri."];
        return galat;
    }

    /// <summary>Applies <paramref name="isian"/> (already checked) to <paramref name="koperasi"/>; false when nothing changed.</summary>
    public static bool Terapkan(KoperasiUmkmDbContext db, Koperasi koperasi, IsianKoperasi isian, string keterangan, string oleh, DateTime sekarang)
    {
        var baru = koperasi.Id == 0;
        var status = isian.Status ?? (baru ? StatusKoperasi.Aktif : koperasi.Status);
        var statusSejak = isian.StatusSejak
            ?? (baru || status == koperasi.Status ? (baru ? isian.TanggalBerdiri ?? TanggalAwal : koperasi.StatusSejak) : DateOnly.FromDateTime(sekarang));
        var sama = !baru && koperasi.Nama == isian.Nama!.Trim() && koperasi.Jenis == isian.Jenis && koperasi.Alamat == (isian.Alamat?.Trim() ?? "")
            && koperasi.Kecamatan == isian.Kecamatan && koperasi.TanggalBerdiri == isian.TanggalBerdiri
            && koperasi.Status == status && koperasi.StatusSejak == statusSejak;
        if (sama) return false;
        if (!baru && koperasi.Status != status) keterangan = $"Status {NamaStatus(koperasi.Status)} → {NamaStatus(status)}";
        koperasi.NomorBadanHukum = isian.NomorBadanHukum!.Trim();
        koperasi.Nama = isian.Nama!.Trim();
        koperasi.Jenis = isian.Jenis!;
        koperasi.Alamat = isian.Alamat?.Trim() ?? "";
        koperasi.Kecamatan = isian.Kecamatan!;
        koperasi.TanggalBerdiri = isian.TanggalBerdiri;
        koperasi.Status = status;
        koperasi.StatusSejak = statusSejak;
        koperasi.Versi++;
        koperasi.DiubahOleh = oleh;
        koperasi.DiubahPadaUtc = sekarang;
        if (baru) db.Koperasi.Add(koperasi);
        var riwayat = Riwayat.Baru(koperasi.Versi, status, statusSejak, keterangan, oleh, sekarang,
            new { koperasi.NomorBadanHukum, koperasi.Nama, koperasi.Jenis, koperasi.Alamat, koperasi.Kecamatan, koperasi.TanggalBerdiri, koperasi.Status, koperasi.StatusSejak });
        riwayat.Register = NamaRegister.Koperasi;
        riwayat.Koperasi = koperasi;
        db.RiwayatRegister.Add(riwayat);
        return true;
    }

    /// <summary>The status as people read it.</summary>
    public static string NamaStatus(string status) => status == StatusKoperasi.TidakAktif ? "Tidak Aktif" : status;

    /// <summary>"Since always" for a record without a founding date.</summary>
    public static readonly DateOnly TanggalAwal = new(Periode.TahunMinimum, 1, 1);
}

/// <summary>The history rows of both registers.</summary>
internal static class Riwayat
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RiwayatRegister Baru(int versi, string status, DateOnly sejak, string keterangan, string oleh, DateTime pada, object isi) => new()
    {
        Versi = versi, Status = status, StatusSejak = sejak, Keterangan = keterangan,
        Isi = JsonSerializer.Serialize(isi, Json), Oleh = oleh, PadaUtc = pada,
    };
}
