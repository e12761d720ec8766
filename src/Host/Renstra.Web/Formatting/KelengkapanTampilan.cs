using Renstra.Modules.Bidang.Features;

namespace Renstra.Web.Formatting;

/// <summary>A sheet's state as the period grid and the missing-data list show it, in words.</summary>
public static class KelengkapanTampilan
{
    /// <summary>The years of the Renstra 2021–2026.</summary>
    public const int TahunAwal = 2021;

    public const int TahunAkhir = 2026;

    /// <summary>One state of the grid: <c>kosong</c>, <c>sebagian</c>, <c>lengkap</c> or <c>terkunci</c> (a lock outranks the fill).</summary>
    public static string Keadaan(KelengkapanPeriodeRespons p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.Terkunci ? "terkunci" : p.Status switch
        {
            "Lengkap" => "lengkap",
            "Sebagian" => "sebagian",
            _ => "kosong",
        };
    }

    /// <summary>The short label in a grid cell.</summary>
    public static string Label(KelengkapanPeriodeRespons p) => Keadaan(p) switch
    {
        "terkunci" => "Terkunci",
        "lengkap" => "Lengkap",
        "sebagian" => "Sebagian",
        _ => "Kosong",
    };

    /// <summary>The full sentence a screen reader hears and a tooltip shows: "Triwulan II 2024: sebagian, 12 dari 25 data terisi".</summary>
    public static string Keterangan(KelengkapanPeriodeRespons p, int jumlahVariabel)
    {
        ArgumentNullException.ThrowIfNull(p);
        var periode = Renstra.Shared.Abstractions.Periode.TryParse(p.Periode, out var per) ? FormatIndonesia.Periode(per) : p.Periode;
        var isi = $"{FormatIndonesia.Angka(p.Terisi, 0)} dari {FormatIndonesia.Angka(jumlahVariabel, 0)} data terisi";
        return p.Terkunci ? $"{periode}: terkunci, {isi}" : $"{periode}: {Label(p).ToLowerInvariant()}, {isi}";
    }

    /// <summary>Where a revision came from, in words (the API's <c>sumber</c>: json, csv, xlsx, register).</summary>
    public static string SumberRevisi(string sumber) => sumber switch
    {
        "json" => "isian langsung",
        "csv" => "unggahan berkas CSV",
        "xlsx" => "unggahan berkas Excel",
        "register" => "dihitung dari register",
        "hapus" => "nilai lama dihapus, memakai jumlah register",
        _ => "sumber lain",
    };
}
