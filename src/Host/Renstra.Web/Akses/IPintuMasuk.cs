namespace Renstra.Web.Akses;

/// <summary>Signs a person in and out of the web UI with the Identity cookie.</summary>
public interface IPintuMasuk
{
    /// <summary>Checks the password (counting failures towards the lockout) and issues the cookie.</summary>
    Task<HasilMasuk> MasukAsync(string email, string kataSandi, bool ingatSaya);

    /// <summary>Removes the cookie.</summary>
    Task KeluarAsync();
}

/// <summary>The outcome of a sign-in attempt.</summary>
public enum HasilMasuk
{
    /// <summary>Signed in.</summary>
    Berhasil,

    /// <summary>Wrong e-mail or password (deliberately not saying which).</summary>
    Gagal,

    /// <summary>Too many failures: the account is locked for a while.</summary>
    Terkunci,

    /// <summary>The account may not sign in (e.g. not confirmed).</summary>
    Ditolak,
}
