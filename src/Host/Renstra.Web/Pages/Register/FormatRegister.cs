using Renstra.Shared.Abstractions;
using Renstra.Web.Formatting;

namespace Renstra.Web.Pages.Register;

/// <summary>Field names of the register forms as people read them.</summary>
public static class FormatRegister
{
    private static readonly Dictionary<string, string> Judul_ = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nomorBadanHukum"] = "Nomor badan hukum", ["nama"] = "Nama", ["jenis"] = "Jenis", ["alamat"] = "Alamat",
        ["kecamatan"] = "Kecamatan", ["tanggalBerdiri"] = "Tanggal berdiri", ["status"] = "Status", ["statusSejak"] = "Status sejak",
        ["tanggal"] = "Tanggal", ["hasil"] = "Hasil", ["rat"] = "RAT", ["tanggalRat"] = "Tanggal RAT", ["jumlahAnggota"] = "Jumlah anggota",
        ["modalSendiri"] = "Modal sendiri", ["volumeUsaha"] = "Volume usaha", ["aset"] = "Aset", ["shu"] = "SHU", ["tahun"] = "Tahun",
        ["mode"] = "Cara impor", ["cari"] = "Cari",
        ["nomorInduk"] = "Nomor induk", ["namaUsaha"] = "Nama usaha", ["sektor"] = "Sektor", ["tanggalIzin"] = "Tanggal izin",
        ["tanggalKemitraan"] = "Tanggal kemitraan", ["tanggalWirausahaBaru"] = "Tanggal wirausaha baru", ["skala"] = "Skala",
    };

    /// <summary>The label of a field, or the key itself (e.g. <c>baris 3</c> of an import).</summary>
    public static string Judul(string isian) => Judul_.TryGetValue(isian, out var j) ? j : isian;

    /// <summary>A service type as people read it.</summary>
    public static string Layanan(string jenis) => jenis switch
    {
        "Pemeriksaan" => "Pemeriksaan/pengawasan",
        "Pendampingan" => "Pendampingan",
        "Diklat" => "Pendidikan dan pelatihan",
        "FasilitasiKemitraan" => "Fasilitasi kemitraan",
        "PenilaianKesehatan" => "Penilaian kesehatan KSP/USP",
        "FasilitasiPemasaran" => "Fasilitasi pemasaran",
        "Pelatihan" => "Pelatihan",
        "FasilitasiPerizinan" => "Fasilitasi perizinan",
        _ => jenis,
    };

    /// <summary>The latest recorded scale and its year, e.g. "Kecil (2025)"; "belum dicatat" while none is.</summary>
    public static string Skala(string? skala, int? tahun) => skala is null ? "belum dicatat" : $"{skala} ({tahun})";

    public static string Tanggal(DateOnly? tanggal) =>
        tanggal is { } t ? t.ToString("d MMMM yyyy", Budaya.Indonesia) : "—";
}
