using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Renstra.Shared.Hosting;

namespace Renstra.Host.Identity;

/// <summary>
/// The bearer-token protector with a memory of the tokens it has opened: the data protection unprotect of a
/// token (AES, HMAC, key derivation and the ticket's claims — the largest single cost of a signed-in API call,
/// docs/benchmarks.md) runs once per token and instance, not once per request. Only a token this instance's keys
/// opened is remembered, under its exact text, until the ticket's own expiry; a token that fails to open is never
/// remembered. The remembered ticket does not decide whether the session is still valid: <see cref="ValidasiSesi"/>
/// checks the account as stored now on every request, so a sign-out, password reset, lock-out or deactivation on
/// any instance still stops the token at once.
/// </summary>
/// <remarks>
/// The ticket (and its principal) is shared by the requests that carry the same token; nothing in this host
/// changes <c>HttpContext.User</c>'s claims in place (<see cref="ValidasiSesi"/> replaces the principal).
/// </remarks>
internal sealed class TiketBearerTersimpan(ISecureDataFormat<AuthenticationTicket> asli, TiketBearerTersimpan.Ingatan ingatan, TimeProvider waktu)
    : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>A token's text is ≈ 0.5–1 KB and its ticket a few claims: a few MB at most.</summary>
    internal const int Batas = 4096;

    private readonly ConcurrentDictionary<string, AuthenticationTicket> _tiket = ingatan.Tiket;

    internal int Jumlah => _tiket.Count;

    public string Protect(AuthenticationTicket data) => asli.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => asli.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null) return asli.Unprotect(protectedText, purpose);
        var sekarang = waktu.GetUtcNow();
        if (_tiket.TryGetValue(protectedText, out var tiket))
        {
            // The handler refuses an expired ticket itself; this only lets go of it.
            if (!(tiket.Properties.ExpiresUtc > sekarang)) _tiket.TryRemove(protectedText, out _);
            return tiket;
        }
        tiket = asli.Unprotect(protectedText);
        if (tiket?.Properties.ExpiresUtc > sekarang)
        {
            if (_tiket.Count >= Batas) Rapikan(sekarang);
            _tiket.TryAdd(protectedText, tiket);
        }
        return tiket;
    }

    /// <summary>Lets go of expired tickets; when all are still valid, of all (each is opened again on its next use).</summary>
    private void Rapikan(DateTimeOffset sekarang)
    {
        foreach (var (token, tiket) in _tiket)
            if (!(tiket.Properties.ExpiresUtc > sekarang)) _tiket.TryRemove(token, out _);
        if (_tiket.Count >= Batas) _tiket.Clear();
    }

    /// <summary>The remembered tickets (singleton): emptied when the app is idle, like the other rebuildable caches.</summary>
    internal sealed class Ingatan : ITembolokSenggang
    {
        internal ConcurrentDictionary<string, AuthenticationTicket> Tiket { get; } = new(StringComparer.Ordinal);

        public void Kosongkan() => Tiket.Clear();
    }

    /// <summary>Wraps the bearer scheme's protector after the framework has made it (post-configure runs in order).</summary>
    internal sealed class Pasang(Ingatan ingatan, TimeProvider waktu) : IPostConfigureOptions<BearerTokenOptions>
    {
        public void PostConfigure(string? name, BearerTokenOptions options)
        {
            if (name == IdentityConstants.BearerScheme && options.BearerTokenProtector is not TiketBearerTersimpan)
                options.BearerTokenProtector = new TiketBearerTersimpan(options.BearerTokenProtector, ingatan, waktu);
        }
    }
}
