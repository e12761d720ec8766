using System.Globalization;

namespace Renstra.Shared.Abstractions;

/// <summary>The culture the app writes and reads numbers and dates in for people.</summary>
public static class Budaya
{
    /// <summary>
    /// Indonesian as ICU's id-ID has it: 1.234,56; Rp; 95,123%; 28 November 2026; Sabtu; 14.05. Written out here so what
    /// people read does not depend on the machine's ICU, and a build published without ICU (a SQLite-only server,
    /// docs/benchmarks.md "Session 10") writes the same; the data equals ICU 72's id-ID property by property
    /// (bench/budaya/BandingIcu.cs).
    /// </summary>
    public static CultureInfo Indonesia { get; } = BuatIndonesia();

    private static CultureInfo BuatIndonesia()
    {
        var budaya = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var angka = budaya.NumberFormat;
        angka.NumberDecimalSeparator = angka.CurrencyDecimalSeparator = angka.PercentDecimalSeparator = ",";
        angka.NumberGroupSeparator = angka.CurrencyGroupSeparator = angka.PercentGroupSeparator = ".";
        angka.NumberDecimalDigits = 3;
        angka.PercentDecimalDigits = 3;
        angka.CurrencyDecimalDigits = 2;
        angka.CurrencySymbol = "Rp";
        angka.CurrencyPositivePattern = 0; // Rp1.234
        angka.CurrencyNegativePattern = 1; // -Rp1.234
        angka.NumberNegativePattern = 1; // -1.234
        angka.PercentPositivePattern = 1; // 95%
        angka.PercentNegativePattern = 1; // -95%
        angka.PositiveInfinitySymbol = "∞";
        angka.NegativeInfinitySymbol = "-∞";

        var tanggal = budaya.DateTimeFormat;
        string[] bulan = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember", ""];
        string[] bulanSingkat = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des", ""];
        string[] hariSingkat = ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"];
        tanggal.MonthNames = tanggal.MonthGenitiveNames = bulan;
        tanggal.AbbreviatedMonthNames = tanggal.AbbreviatedMonthGenitiveNames = bulanSingkat;
        tanggal.DayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
        tanggal.AbbreviatedDayNames = tanggal.ShortestDayNames = hariSingkat;
        tanggal.DateSeparator = "/";
        tanggal.TimeSeparator = ".";
        tanggal.ShortDatePattern = "dd/MM/yyyy";
        tanggal.LongDatePattern = "dddd, dd MMMM yyyy";
        tanggal.ShortTimePattern = "HH.mm";
        tanggal.LongTimePattern = "HH.mm.ss";
        tanggal.FullDateTimePattern = "dddd, dd MMMM yyyy HH.mm.ss";
        tanggal.MonthDayPattern = "d MMMM";
        tanggal.YearMonthPattern = "MMMM yyyy";
        tanggal.FirstDayOfWeek = DayOfWeek.Sunday;
        tanggal.CalendarWeekRule = CalendarWeekRule.FirstDay;

        budaya.TextInfo.ListSeparator = ";";
        return CultureInfo.ReadOnly(budaya);
    }
}
