using Microsoft.AspNetCore.Identity;

namespace Renstra.Host.Identity;

/// <summary>A user of the system (ASP.NET Core Identity).</summary>
public sealed class Pengguna : IdentityUser
{
    /// <summary>Display name.</summary>
    public string NamaLengkap { get; set; } = "";

    /// <summary>A deactivated account cannot sign in, refresh, or use a token or cookie it still holds.</summary>
    public bool Aktif { get; set; } = true;

}
