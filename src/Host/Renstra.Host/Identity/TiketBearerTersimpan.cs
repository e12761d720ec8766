using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Connections.Features;
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
        internal ConcurrentDictionary<string, AuthenticationTicket> Tiket { get; } = new(PembandingToken.Instance);

        public void Kosongkan() => Tiket.Clear();
    }

    /// <summary>
    /// Ordinal equality; the hash reads only the token's length and its last <see cref="Ekor"/> characters — the
    /// data protection payload ends in its MAC, unique per token — instead of all ≈ 700 characters on every request
    /// (measured, docs/benchmarks.md). Only tokens this instance's keys opened are stored, so nobody can fill the
    /// dictionary with keys made to collide; a forged token that shares a stored token's hash only costs one compare.
    /// </summary>
    internal sealed class PembandingToken : IEqualityComparer<string>
    {
        internal const int Ekor = 32;

        public static readonly PembandingToken Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string token) =>
            HashCode.Combine(token.Length, string.GetHashCode(token.AsSpan(Math.Max(0, token.Length - Ekor)), StringComparison.Ordinal));
    }

    /// <summary>
    /// The bearer handler cuts the token out of the <c>Authorization</c> header on every request (a ≈ 1.4 KB string).
    /// On an HTTP/1.x connection, whose requests come one after another, the text cut for the previous request is
    /// given again when the header is the same (Kestrel even hands over the same string instance): the same token,
    /// one string per connection instead of one per request. The handler then checks it exactly as before.
    /// </summary>
    internal static class TeksToken
    {
        private const string Awalan = "Bearer ";

        private static readonly object Kunci = new();

        private sealed record Terakhir(string Header, string Token);

        public static Task BacaAsync(MessageReceivedContext context)
        {
            var request = context.Request;
            if (!HttpProtocol.IsHttp11(request.Protocol) && !HttpProtocol.IsHttp10(request.Protocol)) return Task.CompletedTask;
            if (context.HttpContext.Features.Get<IConnectionItemsFeature>()?.Items is not { } items) return Task.CompletedTask;
            // As the handler reads it: one header value as it is, several joined; only the exact "Bearer " prefix.
            var header = request.Headers.Authorization.ToString();
            if (!header.StartsWith(Awalan, StringComparison.Ordinal)) return Task.CompletedTask;
            if (items.TryGetValue(Kunci, out var lama) && lama is Terakhir t && string.Equals(t.Header, header, StringComparison.Ordinal))
            {
                context.Token = t.Token;
                return Task.CompletedTask;
            }
            var token = header[Awalan.Length..];
            items[Kunci] = new Terakhir(header, token);
            context.Token = token;
            return Task.CompletedTask;
        }
    }

    /// <summary>Wraps the bearer scheme's protector after the framework has made it (post-configure runs in order).</summary>
    internal sealed class Pasang(Ingatan ingatan, TimeProvider waktu) : IPostConfigureOptions<BearerTokenOptions>
    {
        public void PostConfigure(string? name, BearerTokenOptions options)
        {
            if (name != IdentityConstants.BearerScheme) return;
            if (options.BearerTokenProtector is not TiketBearerTersimpan)
                options.BearerTokenProtector = new TiketBearerTersimpan(options.BearerTokenProtector, ingatan, waktu);
            // Nothing else in this host handles the bearer scheme's events.
            options.Events.OnMessageReceived = TeksToken.BacaAsync;
        }
    }
}
