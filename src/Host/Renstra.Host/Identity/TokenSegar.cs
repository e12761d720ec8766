namespace Renstra.Host.Identity;

/// <summary>
/// One issued refresh token. A sign-in starts a family; each refresh uses up its token and issues the
/// next one in the same family. Presenting a used token again means a copy is in someone else's hands:
/// the whole family is revoked (<see cref="TokenSegarSetup"/>).
/// </summary>
public sealed class TokenSegar
{
    /// <summary>The token's own id, carried inside the protected token as a claim.</summary>
    public string Id { get; set; } = "";

    /// <summary>The sign-in this token descends from.</summary>
    public string Keluarga { get; set; } = "";

    public string PenggunaId { get; set; } = "";

    public DateTime DibuatUtc { get; set; }

    public DateTime KedaluwarsaUtc { get; set; }

    /// <summary>When it was exchanged for the next token; a second exchange is a reuse.</summary>
    public DateTime? DipakaiUtc { get; set; }

    public DateTime? DicabutUtc { get; set; }
}
