using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Data.Register;
using Renstra.Modules.KoperasiUmkm.Features;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.KoperasiUmkm.Register;

/// <summary>Checks and applies a usaha mikro's fields, writing its history; shared by add, edit and import.</summary>
internal static class PencatatUsahaMikro
{
    public static Dictionary<string, string[]> Periksa(IsianUsahaMikro isian, HierarkiWilayah wilayah, DateOnly hariIni)
    {
        var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
        PeriksaTeks.Wajib(galat, "nomorInduk", isian.NomorInduk, 100);
        PeriksaTeks.Wajib(galat, "namaUsaha", isian.NamaUsaha, 200);
        PeriksaTeks.Wajib(galat, "sektor", isian.Sektor, 100);
        PeriksaTeks.Pilihan(galat, "status", isian.Status, StatusUsahaMikro.Semua, wajib: false);
        if (!wilayah.IsKecamatan(isian.Kecamatan)) galat["kecamatan"] = [wilayah.PesanKecamatanTidakDikenal(isian.Kecamatan)];
        PeriksaTeks.Tanggal(galat, "tanggalIzin", isian.TanggalIzin, hariIni);
        PeriksaTeks.Tanggal(galat, "tanggalKemitraan", isian.TanggalKemitraan, hariIni);
        PeriksaTeks.Tanggal(galat, "tanggalWirausahaBaru", isian.TanggalWirausahaBaru, hariIni);
        PeriksaTeks.Tanggal(galat, "statusSejak", isian.StatusSejak, hariIni);
        if (IsianUsahaMikro.SepertiNik(isian.NomorInduk))
            galat["nomorInduk"] = ["Nomor ini tampak seperti NIK (16 digit). Jangan simpan NIK; isi NIB (13 digit) atau nomor lokal Dinas."];
        return galat;
    }

    /// <summary>The key an import report may repeat: a NIK-like number is never echoed, only its last four digits.</summary>
    public static string? KunciAman(string? nomor) => IsianUsahaMikro.SepertiNik(nomor) ? "NIK ************" + nomor!.Trim()[^4..] : nomor;

    public static bool Terapkan(KoperasiUmkmDbContext db, UsahaMikro usaha, IsianUsahaMikro isian, string keterangan, string oleh, DateTime sekarang)
    {
        var baru = usaha.Id == 0;
        var status = isian.Status ?? (baru ? StatusKoperasi.Aktif : usaha.Status);
        var statusSejak = isian.StatusSejak
            ?? (baru ? PencatatKoperasi.TanggalAwal : status == usaha.Status ? usaha.StatusSejak : DateOnly.FromDateTime(sekarang));
        var sama = !baru && usaha.NamaUsaha == isian.NamaUsaha!.Trim() && usaha.Kecamatan == isian.Kecamatan && usaha.Sektor == isian.Sektor!.Trim()
            && usaha.TanggalIzin == isian.TanggalIzin && usaha.TanggalKemitraan == isian.TanggalKemitraan
            && usaha.TanggalWirausahaBaru == isian.TanggalWirausahaBaru && usaha.Status == status && usaha.StatusSejak == statusSejak;
        if (sama) return false;
        if (!baru && usaha.Status != status) keterangan = $"Status {PencatatKoperasi.NamaStatus(usaha.Status)} → {PencatatKoperasi.NamaStatus(status)}";
        usaha.NomorInduk = isian.NomorInduk!.Trim();
        usaha.NamaUsaha = isian.NamaUsaha!.Trim();
        usaha.Kecamatan = isian.Kecamatan!;
        usaha.Sektor = isian.Sektor!.Trim();
        usaha.TanggalIzin = isian.TanggalIzin;
        usaha.TanggalKemitraan = isian.TanggalKemitraan;
        usaha.TanggalWirausahaBaru = isian.TanggalWirausahaBaru;
        usaha.Status = status;
        usaha.StatusSejak = statusSejak;
        usaha.Versi++;
        usaha.DiubahOleh = oleh;
        usaha.DiubahPadaUtc = sekarang;
        if (baru) db.UsahaMikro.Add(usaha);
        var riwayat = Riwayat.Baru(usaha.Versi, status, statusSejak, keterangan, oleh, sekarang,
            new { usaha.NomorInduk, usaha.NamaUsaha, usaha.Kecamatan, usaha.Sektor, usaha.TanggalIzin, usaha.TanggalKemitraan, usaha.TanggalWirausahaBaru, usaha.Status, usaha.StatusSejak });
        riwayat.Register = NamaRegister.UsahaMikro;
        riwayat.UsahaMikro = usaha;
        db.RiwayatRegister.Add(riwayat);
        return true;
    }
}
