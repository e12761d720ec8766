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
        _ => jenis,
    };

    public static string Tanggal(DateOnly? tanggal) =>
        tanggal is { } t ? t.ToString("d MMMM yyyy", FormatIndonesia.Budaya) : "—";
}
