using Microsoft.AspNetCore.Identity;

namespace Renstra.Host.Identity;

/// <summary>A user of the system (ASP.NET Core Identity).</summary>
public sealed class Pengguna : IdentityUser
{
    /// <summary>Display name.</summary>
    public string NamaLengkap { get; set; } = "";

    /// <summary>
    /// Set for the production bootstrap admin: the configured password must be changed before the
    /// account may do anything else.
    /// </summary>
    public bool WajibGantiKataSandi { get; set; }
}
