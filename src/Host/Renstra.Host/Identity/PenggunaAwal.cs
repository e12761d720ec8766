using Microsoft.AspNetCore.Identity;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Hosting;

namespace Renstra.Host.Identity;

/// <summary>
/// Creates the roles, the demo users (only with <c>Renstra:DemoUsers=true</c> outside Production)
/// and, in Production, the bootstrap admin from configuration.
/// </summary>
internal sealed partial class PenggunaAwal(
    RoleManager<IdentityRole> roles,
    UserManager<Pengguna> users,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<PenggunaAwal> logger) : IStartupTask
{
    public const string DemoPassword = "Renstra#2026";

    public static readonly IReadOnlyList<(string Email, string Nama, string Peran, string? Modul)> DemoUsers =
    [
        ("admin@renstra.local", "Administrator", Peran.Admin, null),
        ("pimpinan@renstra.local", "Kepala Dinas", Peran.Pimpinan, null),
        ("operator.naker@renstra.local", "Operator Ketenagakerjaan", Peran.Operator, NamaModul.Ketenagakerjaan),
        ("operator.kukm@renstra.local", "Operator Koperasi dan UMKM", Peran.Operator, NamaModul.KoperasiUmkm),
        ("operator.sekretariat@renstra.local", "Operator Sekretariat", Peran.Operator, NamaModul.Sekretariat),
    ];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var role in new[] { Peran.Admin, Peran.Pimpinan, Peran.Operator })
        {
            if (!await roles.RoleExistsAsync(role)) Ensure(await roles.CreateAsync(new IdentityRole(role)), role);
        }

        if (environment.IsProduction())
        {
            await EnsureBootstrapAdminAsync();
            return;
        }
        if (DemoUsersActive(configuration, environment))
        {
            var ada = new Dictionary<string, Pengguna?>(StringComparer.Ordinal);
            foreach (var (email, _, _, _) in DemoUsers) ada[email] = await users.FindByEmailAsync(email);
            var hashes = await HashDemoPasswordsAsync([.. ada.Where(p => p.Value is null).Select(p => p.Key)]);
            foreach (var (email, nama, peran, modul) in DemoUsers)
                await EnsureAccessAsync(ada[email] ?? await CreateUserAsync(email, nama, DemoPassword, hashes[email]), peran, modul);
            LogDemoUsers(logger, DemoUsers.Count);
        }
    }

    /// <summary>
    /// The password hashes of the demo users not yet created, computed side by side (PBKDF2 with Identity's full iteration
    /// count each — the longest part of seeding them); the demo password is checked against the password policy once.
    /// </summary>
    private async Task<Dictionary<string, string>> HashDemoPasswordsAsync(IReadOnlyList<string> emails)
    {
        if (emails.Count == 0) return [];
        var missing = emails.Select(email => new Pengguna { UserName = email, Email = email }).ToList();
        foreach (var validator in users.PasswordValidators)
            Ensure(await validator.ValidateAsync(users, missing[0], DemoPassword), missing[0].Email!);
        var hashes = await Task.WhenAll(missing.Select(p => Task.Run(() => (p.Email!, users.PasswordHasher.HashPassword(p, DemoPassword)))));
        return hashes.ToDictionary(h => h.Item1, h => h.Item2, StringComparer.Ordinal);
    }

    /// <summary>Demo users exist only when configured, and never in Production.</summary>
    public static bool DemoUsersActive(IConfiguration configuration, IHostEnvironment environment) =>
        !environment.IsProduction() && configuration.GetValue<bool>("Renstra:DemoUsers");

    private async Task EnsureBootstrapAdminAsync()
    {
        if ((await users.GetUsersInRoleAsync(Peran.Admin)).Count > 0) return;
        var email = configuration["Renstra:Admin:Email"];
        var password = configuration["Renstra:Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
            throw new InvalidOperationException(
                "Production belum punya admin: isi Renstra:Admin:Email dan Renstra:Admin:Password (variabel lingkungan Renstra__Admin__Email / Renstra__Admin__Password).");
        // A weak configured password stops the start: a production system must not open with one.
        // The password policy is checked by Identity on creation; the demo password is public.
        if (password == DemoPassword)
            throw new InvalidOperationException("Renstra:Admin:Password ditolak: tidak boleh sama dengan kata sandi demo.");
        try
        {
            await EnsureAccessAsync(await users.FindByEmailAsync(email) ?? await CreateUserAsync(email, "Administrator", password), Peran.Admin, modul: null);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"Renstra:Admin:Password ditolak, aplikasi tidak dijalankan. {e.Message}", e);
        }
    }

    /// <param name="passwordHash">The password's hash when it is already computed (<see cref="HashDemoPasswordsAsync"/>).</param>
    private async Task<Pengguna> CreateUserAsync(string email, string nama, string password, string? passwordHash = null)
    {
        var user = new Pengguna
        {
            UserName = email, Email = email, EmailConfirmed = true, NamaLengkap = nama, PasswordHash = passwordHash,
        };
        Ensure(passwordHash is null ? await users.CreateAsync(user, password) : await users.CreateAsync(user), email);
        return user;
    }

    private async Task EnsureAccessAsync(Pengguna user, string peran, string? modul)
    {
        if (!await users.IsInRoleAsync(user, peran)) Ensure(await users.AddToRoleAsync(user, peran), user.Email!);
        if (modul is not null)
        {
            var claims = await users.GetClaimsAsync(user);
            if (!claims.Any(c => c.Type == KlaimAkses.Modul && c.Value == modul))
                Ensure(await users.AddClaimAsync(user, new System.Security.Claims.Claim(KlaimAkses.Modul, modul)), user.Email!);
        }
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"Gagal menyiapkan '{what}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} demo users are active (Renstra:DemoUsers=true); never use this in production")]
    private static partial void LogDemoUsers(ILogger logger, int count);
}
