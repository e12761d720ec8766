using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Renstra.Web.Akses;

namespace Renstra.Host.Identity;

/// <summary>
/// Checks an e-mail and password for the API login and the web form alike, without telling whether an
/// account exists: an e-mail nobody registered is locked after the same failures, for the same time, with
/// the same message as a real account (Identity's lock-out), and costs the same password hashing. While
/// locked no password is checked, so a lock-out cannot be used to keep guessing. Only the right password
/// learns that an account is deactivated.
/// </summary>
internal sealed class PemeriksaMasuk(
    UserManager<Pengguna> users,
    SignInManager<Pengguna> signInManager,
    PercobaanTakDikenal takDikenal,
    TimeProvider time)
{
    public async Task<(HasilMasukPintu Hasil, Pengguna? Pengguna)> PeriksaAsync(string email, string kataSandi)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null) return (await takDikenal.PeriksaAsync(email, kataSandi), null);

        if (await users.IsLockedOutAsync(user)) return (Terkunci(user), null);
        var result = await signInManager.CheckPasswordSignInAsync(user, kataSandi, lockoutOnFailure: true);
        if (result.IsLockedOut) return (Terkunci(user), null);
        if (!result.Succeeded) return (new HasilMasukPintu(HasilMasuk.Gagal), null);
        return user.Aktif ? (new HasilMasukPintu(HasilMasuk.Berhasil), user) : (new HasilMasukPintu(HasilMasuk.Nonaktif), null);
    }

    private HasilMasukPintu Terkunci(Pengguna user) =>
        new(HasilMasuk.Terkunci, user.LockoutEnd ?? time.GetUtcNow());
}

/// <summary>
/// Failures for e-mails no account has, counted like Identity counts a real account's and, like those, stored in the
/// accounts database (<see cref="PercobaanMasukTakDikenal"/>): several app instances count the same failures, so an
/// unknown e-mail locks after the same five tries wherever they land. Rows untouched for a day are removed.
/// </summary>
internal sealed class PercobaanTakDikenal(
    AkunDbContext db, BiayaSandiTiruan biaya, IOptions<IdentityOptions> identityOptions, TimeProvider time)
{
    private static readonly TimeSpan Simpan = TimeSpan.FromDays(1);

    public async Task<HasilMasukPintu> PeriksaAsync(string email, string kataSandi, CancellationToken cancellationToken = default)
    {
        var kunci = Kunci(email);
        var lockout = identityOptions.Value.Lockout;
        var sekarang = time.GetUtcNow().UtcDateTime;
        if (await TerkunciSampaiAsync(kunci, sekarang, cancellationToken) is { } terkunci) return Terkunci(terkunci);

        // The same work a real account's wrong password costs.
        biaya.Bayar(kataSandi);

        var maks = lockout.MaxFailedAccessAttempts;
        var sampai = sekarang + lockout.DefaultLockoutTimeSpan;
        if (await TambahGagalAsync(kunci, maks, sampai, sekarang, cancellationToken) == 0
            && !await db.PercobaanMasukTakDikenal.AnyAsync(p => p.Kunci == kunci, cancellationToken))
        {
            await CatatPertamaAsync(kunci, maks, sampai, sekarang, cancellationToken);
        }

        return await TerkunciSampaiAsync(kunci, sekarang, cancellationToken) is { } kini
            ? Terkunci(kini)
            : new HasilMasukPintu(HasilMasuk.Gagal);
    }

    /// <summary>
    /// Counts one failure in one statement, so failures counted by several instances at once all count; the one that
    /// reaches the limit locks and starts the count again from 0 (as Identity does), so after a lock-out has ended the
    /// count goes on from 0 too. A row locked right now is left alone. Returns the rows changed (0: no row yet).
    /// </summary>
    private Task<int> TambahGagalAsync(string kunci, int maks, DateTime sampai, DateTime sekarang, CancellationToken cancellationToken) =>
        db.PercobaanMasukTakDikenal
            .Where(p => p.Kunci == kunci && (p.TerkunciSampaiUtc == null || p.TerkunciSampaiUtc <= sekarang))
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Gagal, p => p.Gagal + 1 >= maks ? 0 : p.Gagal + 1)
                .SetProperty(p => p.TerkunciSampaiUtc, p => p.Gagal + 1 >= maks ? sampai : (DateTime?)null)
                .SetProperty(p => p.DiubahPadaUtc, sekarang), cancellationToken);

    private async Task CatatPertamaAsync(string kunci, int maks, DateTime sampai, DateTime sekarang, CancellationToken cancellationToken)
    {
        var terkunci = maks <= 1;
        db.PercobaanMasukTakDikenal.Add(new PercobaanMasukTakDikenal
        {
            Kunci = kunci, Gagal = terkunci ? 0 : 1, TerkunciSampaiUtc = terkunci ? sampai : null, DiubahPadaUtc = sekarang,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance recorded this e-mail's first failure at the same moment: count this one on its row.
            db.ChangeTracker.Clear();
            await TambahGagalAsync(kunci, maks, sampai, sekarang, cancellationToken);
            return;
        }
        var lama = sekarang - Simpan;
        await db.PercobaanMasukTakDikenal.Where(p => p.DiubahPadaUtc < lama).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<DateTime?> TerkunciSampaiAsync(string kunci, DateTime sekarang, CancellationToken cancellationToken) =>
        await db.PercobaanMasukTakDikenal.AsNoTracking()
            .Where(p => p.Kunci == kunci && p.TerkunciSampaiUtc > sekarang)
            .Select(p => p.TerkunciSampaiUtc)
            .FirstOrDefaultAsync(cancellationToken);

    private static HasilMasukPintu Terkunci(DateTime sampai) =>
        new(HasilMasuk.Terkunci, new DateTimeOffset(DateTime.SpecifyKind(sampai, DateTimeKind.Utc)));

    /// <summary>The row's key: the e-mail is not stored, only the hash of its trimmed upper-case form.</summary>
    internal static string Kunci(string email) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));
}

/// <summary>
/// Checks a password against a made-up hash with the real hasher's options, so a wrong password for an e-mail
/// nobody registered costs what a real account's costs (Identity registers its hasher as scoped; this one is kept).
/// </summary>
internal sealed class BiayaSandiTiruan(IOptions<PasswordHasherOptions> hasherOptions)
{
    private readonly PasswordHasher<Pengguna> _hasher = new(hasherOptions);
    private readonly Lazy<string> _hashTiruan = new(() => new PasswordHasher<Pengguna>(hasherOptions).HashPassword(new Pengguna(), Guid.NewGuid().ToString()));

    public void Bayar(string kataSandi) => _hasher.VerifyHashedPassword(new Pengguna(), _hashTiruan.Value, kataSandi);
}
