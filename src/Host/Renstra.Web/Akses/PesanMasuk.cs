using System.Globalization;

namespace Renstra.Web.Akses;

/// <summary>The sign-in messages, one wording for the web form and the API.</summary>
public static class PesanMasuk
{
    /// <summary>Wrong e-mail or password, deliberately not saying which.</summary>
    public const string Gagal = "Email atau kata sandi salah.";

    /// <summary>Shown only to someone who gave the right password of a deactivated account.</summary>
    public const string Nonaktif = "Akun ini dinonaktifkan. Hubungi administrator.";

    /// <summary>Belitung Timur keeps Western Indonesian Time (UTC+7, no daylight saving).</summary>
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>
    /// The lock-out with the time it ends. Any e-mail, registered or not, is locked the same way after the
    /// same failures, so this message says nothing about whether an account exists.
    /// </summary>
    public static string Terkunci(DateTimeOffset sampai) =>
        "Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi setelah pukul " +
        sampai.ToOffset(Wib).ToString("HH.mm", CultureInfo.InvariantCulture) + " WIB.";
}
