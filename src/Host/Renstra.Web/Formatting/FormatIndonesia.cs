using System.Globalization;
using PeranPengguna = Renstra.Shared.Abstractions.Peran;
using Renstra.Shared.Abstractions;

namespace Renstra.Web.Formatting;

/// <summary>
/// Numbers, dates and periods the Indonesian way for people (1.234,56; 28 November 2026; Triwulan II 2024).
/// Only the UI uses it: the API stays culture-invariant.
/// </summary>
public static class FormatIndonesia
{
    /// <summary>Shown where a value is missing.</summary>
    public const string Kosong = "–";

    /// <summary>The office's time zone: WIB (UTC+7), Kabupaten Belitung Timur.</summary>
    public static TimeZoneInfo ZonaWaktu { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Jakarta", out var wib)
            ? wib
            : TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");

    /// <summary>A number with thousands grouped and at most <paramref name="desimalMaksimum"/> decimals: 1.234,56.</summary>
    public static string Angka(decimal? nilai, int desimalMaksimum = 2)
    {
        if (nilai is not { } n) return Kosong;
        var format = desimalMaksimum <= 0 ? "#,##0" : "#,##0." + new string('#', desimalMaksimum);
        return Math.Round(n, Math.Max(0, desimalMaksimum), MidpointRounding.AwayFromZero).ToString(format, Budaya.Indonesia);
    }

    /// <summary>A percentage with two decimals: 95,12%.</summary>
    public static string Persen(decimal? nilai) =>
        nilai is { } n ? Math.Round(n, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", Budaya.Indonesia) + "%" : Kosong;

    /// <summary>A rupiah amount: Rp 1.250.000.</summary>
    public static string Rupiah(decimal? nilai) => nilai is null ? Kosong : "Rp " + Angka(nilai, 0);

    /// <summary>A date: 28 November 2026.</summary>
    public static string Tanggal(DateTimeOffset waktu) =>
        TimeZoneInfo.ConvertTime(waktu, ZonaWaktu).ToString("d MMMM yyyy", Budaya.Indonesia);

    /// <summary>A date and time in WIB: 28 November 2026 14.05 WIB.</summary>
    public static string TanggalJam(DateTimeOffset waktu) =>
        TimeZoneInfo.ConvertTime(waktu, ZonaWaktu).ToString("d MMMM yyyy HH.mm", Budaya.Indonesia) + " WIB";

    /// <summary>A date with the weekday: Sabtu, 28 November 2026.</summary>
    public static string HariTanggal(DateTimeOffset waktu) =>
        TimeZoneInfo.ConvertTime(waktu, ZonaWaktu).ToString("dddd, d MMMM yyyy", Budaya.Indonesia);

    /// <summary>A period in words: "Tahun 2024" or "Triwulan II 2024".</summary>
    public static string Periode(Periode periode) => periode.Triwulan switch
    {
        null => $"Tahun {periode.Tahun.ToString(CultureInfo.InvariantCulture)}",
        var t => $"Triwulan {Romawi(t.Value)} {periode.Tahun.ToString(CultureInfo.InvariantCulture)}",
    };

    /// <summary>A module as people write it: "Koperasi dan UMKM" for <c>KoperasiUmkm</c>.</summary>
    public static string Modul(string modul) => modul switch
    {
        NamaModul.KoperasiUmkm => "Koperasi dan UMKM",
        NamaModul.Ketenagakerjaan => "Ketenagakerjaan",
        NamaModul.Sekretariat => "Sekretariat",
        _ => modul,
    };

    /// <summary>A role as people say it.</summary>
    public static string Peran(string peran) => peran switch
    {
        PeranPengguna.Admin => "Administrator",
        PeranPengguna.Pimpinan => "Pimpinan",
        PeranPengguna.Operator => "Operator bidang",
        _ => "Tanpa peran",
    };

    /// <summary>A quarter in Roman numerals as the forms print it: II for 2.</summary>
    public static string Romawi(int triwulan) => triwulan switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        _ => triwulan.ToString(CultureInfo.InvariantCulture),
    };
}
