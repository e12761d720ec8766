namespace Renstra.Host.Identity;

/// <summary>
/// Failed sign-ins of an e-mail no account has, stored beside the accounts so that every app instance counts the
/// same failures (as Identity does for a real account). The e-mail itself is not kept: <see cref="Kunci"/> is the
/// SHA-256 of its trimmed upper-case form, in hex.
/// </summary>
public sealed class PercobaanMasukTakDikenal
{
    public string Kunci { get; set; } = "";

    /// <summary>Failures since the last lock-out ended (0 while locked).</summary>
    public int Gagal { get; set; }

    public DateTime? TerkunciSampaiUtc { get; set; }

    public DateTime DiubahPadaUtc { get; set; }
}
