using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
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
        if (user is null) return (takDikenal.Periksa(email, kataSandi), null);

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
/// Failures for e-mails no account has, counted like Identity counts a real account's (in memory, bounded;
/// an app instance of its own each — a restart forgets, as it forgets nothing a guesser could learn from).
/// </summary>
internal sealed class PercobaanTakDikenal(
    IOptions<IdentityOptions> identityOptions, IOptions<PasswordHasherOptions> hasherOptions, TimeProvider time) : IDisposable
{
    private const int MaksimumEntri = 100_000;

    // Identity registers its hasher as scoped; this singleton keeps its own, with the same options and cost.
    private readonly PasswordHasher<Pengguna> _hasher = new(hasherOptions);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaksimumEntri });
    private readonly Lazy<string> _hashTiruan = new(() => new PasswordHasher<Pengguna>(hasherOptions).HashPassword(new Pengguna(), Guid.NewGuid().ToString()));
    private readonly Lock _kunci = new();

    private sealed record Catatan(int Gagal, DateTimeOffset? Sampai);

    public HasilMasukPintu Periksa(string email, string kataSandi)
    {
        var kunciCache = email.Trim().ToUpperInvariant();
        var lockout = identityOptions.Value.Lockout;
        var sekarang = time.GetUtcNow();
        lock (_kunci)
        {
            if (_cache.Get<Catatan>(kunciCache) is { Sampai: { } sampai } && sampai > sekarang)
                return new HasilMasukPintu(HasilMasuk.Terkunci, sampai);
        }
        // The same work a real account's wrong password costs.
        _hasher.VerifyHashedPassword(new Pengguna(), _hashTiruan.Value, kataSandi);
        lock (_kunci)
        {
            var gagal = (_cache.Get<Catatan>(kunciCache) is { Sampai: null } c ? c.Gagal : 0) + 1;
            var catatan = gagal >= lockout.MaxFailedAccessAttempts
                ? new Catatan(0, sekarang + lockout.DefaultLockoutTimeSpan)
                : new Catatan(gagal, null);
            _cache.Set(kunciCache, catatan, new MemoryCacheEntryOptions
            {
                Size = 1,
                // Identity never forgets a real account's failures by itself; a day is long enough to look the same.
                AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(1),
            });
            return catatan.Sampai is { } sampai ? new HasilMasukPintu(HasilMasuk.Terkunci, sampai) : new HasilMasukPintu(HasilMasuk.Gagal);
        }
    }

    public void Dispose() => _cache.Dispose();
}
