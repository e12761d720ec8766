namespace Renstra.Web.Akses;

/// <summary>Signs a person in and out of the web UI with the Identity cookie (implemented by the host).</summary>
public interface IPintuMasuk
{
    /// <summary>Checks the password (counting failures towards the lock-out) and issues the cookie.</summary>
    Task<HasilMasukPintu> MasukAsync(string email, string kataSandi, bool ingatSaya);

    /// <summary>Ends every session of the signed-in person (a copied cookie dies too) and removes the cookie.</summary>
    Task KeluarAsync();
}

/// <summary>The outcome of a sign-in attempt.</summary>
public enum HasilMasuk
{
    /// <summary>Signed in.</summary>
    Berhasil,

    /// <summary>Wrong e-mail or password (deliberately not saying which).</summary>
    Gagal,

    /// <summary>Too many failures for this e-mail: locked until <see cref="HasilMasukPintu.TerkunciSampai"/>.</summary>
    Terkunci,

    /// <summary>The right password of a deactivated account.</summary>
    Nonaktif,
}

/// <summary>The outcome and, for a lock-out, when it ends.</summary>
public sealed record HasilMasukPintu(HasilMasuk Hasil, DateTimeOffset? TerkunciSampai = null)
{
    /// <summary>The Indonesian message for a failed attempt; null on success.</summary>
    public string? Pesan => Hasil switch
    {
        HasilMasuk.Berhasil => null,
        HasilMasuk.Terkunci => PesanMasuk.Terkunci(TerkunciSampai ?? DateTimeOffset.UtcNow),
        HasilMasuk.Nonaktif => PesanMasuk.Nonaktif,
        _ => PesanMasuk.Gagal,
    };
}
