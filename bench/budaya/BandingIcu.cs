#:project ../../src/Shared/Renstra.Shared.Abstractions/Renstra.Shared.Abstractions.csproj
#:property InvariantGlobalization=false
// Budaya.Indonesia against ICU's id-ID on this machine: every number and date property, and what the app formats and
// parses with it (N0/N2/percent/rupiah patterns, month and day names, typed numbers). The tests assert the strings people
// read, not ICU's data (an ICU upgrade on the build machine must not fail them); run this after an ICU or .NET upgrade to
// see whether ICU and Budaya.Indonesia still agree:  cd bench/budaya && dotnet run BandingIcu.cs
// Prints each difference and "sama N, beda M"; exits 1 on a difference.
using System.Globalization;
using Renstra.Shared.Abstractions;

var icu = CultureInfo.GetCultureInfo("id-ID");
var kita = Budaya.Indonesia;
int sama = 0, beda = 0;

foreach (var p in typeof(NumberFormatInfo).GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name is not ("CurrentInfo" or "InvariantInfo")))
    Banding("NumberFormat." + p.Name, p.GetValue(icu.NumberFormat), p.GetValue(kita.NumberFormat));
foreach (var p in typeof(DateTimeFormatInfo).GetProperties().Where(p => p.GetIndexParameters().Length == 0
             && p.Name is not ("CurrentInfo" or "InvariantInfo" or "Calendar" or "NativeCalendarName")))
    Banding("DateTimeFormat." + p.Name, p.GetValue(icu.DateTimeFormat), p.GetValue(kita.DateTimeFormat));
Banding("TextInfo.ListSeparator", icu.TextInfo.ListSeparator, kita.TextInfo.ListSeparator);
Banding("Calendar", icu.Calendar.GetType(), kita.Calendar.GetType());

decimal[] angka = [0m, 0.5m, 2.005m, 1234.56m, -1234567.891m, 70345m, 1_000_000_000_000_000m, -0.001m, 95.123m, 1132666575m, 97.93m];
foreach (var n in angka)
    foreach (var f in new[] { "N0", "N2", "N", "P", "P2", "C", "C0", "#,##0", "#,##0.##", "#,##0.00", "#,##0.##########", "0.##", "G", "F2", "E2" })
        Banding($"{n.ToString(CultureInfo.InvariantCulture)} {f}", n.ToString(f, icu), n.ToString(f, kita));
foreach (var d in new[] { 1e15, 1.5e16, -2.5e-7, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 3.14159 })
{
    foreach (var f in new[] { "0.##E+0", "R", "G", "N2" })
        Banding($"{d.ToString(CultureInfo.InvariantCulture)} {f}", d.ToString(f, icu), d.ToString(f, kita));
    Banding($"Convert.ToString {d.ToString(CultureInfo.InvariantCulture)}", Convert.ToString(d, icu), Convert.ToString(d, kita));
}
var awal = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
for (var h = 0; h < 400; h += 13)
{
    var t = awal.AddDays(h).AddHours(h % 24).AddMinutes(h % 60);
    foreach (var f in new[] { "d MMMM yyyy", "d MMMM yyyy HH.mm", "dddd, d MMMM yyyy", "d", "D", "f", "F", "g", "G", "m", "y", "t", "T", "MMM", "ddd", "tt" })
        Banding($"{t.ToString("s", CultureInfo.InvariantCulture)} {f}", t.ToString(f, icu), t.ToString(f, kita));
}
foreach (var s in new[] { "1.234,56", "70.345", "3,13", "-1.234.567,89", "1,5", "1.5", "1234", "+12,0", "Rp 1.000", "(5)", "1 000", "12,3,4", "1.2.3", " 7 ", "-0,001", "1e3" })
    foreach (var gaya in new[] { NumberStyles.Number, NumberStyles.Float, NumberStyles.Any, NumberStyles.Currency })
    {
        var a = decimal.TryParse(s, gaya, icu, out var x);
        var b = decimal.TryParse(s, gaya, kita, out var y);
        Banding($"decimal.TryParse '{s}' {gaya}", $"{a} {x.ToString(CultureInfo.InvariantCulture)}", $"{b} {y.ToString(CultureInfo.InvariantCulture)}");
    }

Console.WriteLine($"{icu.Name}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}: sama {sama}, beda {beda}");
return beda == 0 ? 0 : 1;

void Banding(string apa, object? dariIcu, object? dariKita)
{
    static string Teks(object? v) => v is Array daftar ? string.Join("|", daftar.Cast<object>()) : Convert.ToString(v, CultureInfo.InvariantCulture) ?? "null";
    if (Teks(dariIcu) == Teks(dariKita)) sama++;
    else
    {
        beda++;
        Console.WriteLine($"beda {apa}: ICU '{Teks(dariIcu)}', Budaya.Indonesia '{Teks(dariKita)}'");
    }
}
