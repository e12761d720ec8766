using Renstra.Shared.Abstractions;
using Renstra.Shared.Identity;

namespace Renstra.Host.Identity;

/// <summary>The caller of the current HTTP request; <c>sistem</c> outside a request (Hangfire jobs).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string Sistem = "sistem";

    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Sistem;

    public string? Modul => accessor.HttpContext?.User.FindFirst(KlaimAkses.Modul)?.Value;

    public bool IsInRole(string role) => accessor.HttpContext?.User.IsInRole(role) == true;
}
