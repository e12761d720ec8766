using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// Issue 9, third pass: on an HTTP/1.1 connection the bearer token's text is cut from the <c>Authorization</c> header
/// once and given again while the header stays the same. Over real Kestrel and one kept-alive connection, every
/// request is still judged by the token it sends: switching accounts, a tampered token, and a session revoked on the
/// server in between.
/// </summary>
public sealed class TokenSatuKoneksiTests
{
    private sealed class AppKestrel : RenstraApp
    {
        public AppKestrel()
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            StartServer();
            Alamat = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        }

        public Uri Alamat { get; }
    }

    [Fact]
    public async Task One_kept_alive_connection_is_judged_by_the_token_each_request_sends()
    {
        using var app = new AppKestrel();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        using var klien = new HttpClient(handler) { BaseAddress = app.Alamat, DefaultRequestVersion = HttpVersion.Version11 };
        var admin = await TokenAsync(klien, RenstraApp.Admin);
        var pimpinan = await TokenAsync(klien, RenstraApp.Pimpinan);

        async Task<HttpStatusCode> DaftarPenggunaAsync(string? token)
        {
            using var permintaan = new HttpRequestMessage(HttpMethod.Get, "/api/pengguna");
            if (token is not null) permintaan.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var jawaban = await klien.SendAsync(permintaan);
            return jawaban.StatusCode;
        }

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await DaftarPenggunaAsync(admin));
            Assert.Equal(HttpStatusCode.OK, await DaftarPenggunaAsync(admin));
            Assert.Equal(HttpStatusCode.Forbidden, await DaftarPenggunaAsync(pimpinan)); // the head of office is no administrator
            Assert.Equal(HttpStatusCode.Forbidden, await DaftarPenggunaAsync(pimpinan));
        }
        var tengah = admin.Length / 2;
        var ubah = admin[..tengah] + (admin[tengah] == 'A' ? 'B' : 'A') + admin[(tengah + 1)..];
        Assert.Equal(HttpStatusCode.OK, await DaftarPenggunaAsync(admin));
        Assert.Equal(HttpStatusCode.Unauthorized, await DaftarPenggunaAsync(ubah));
        Assert.Equal(HttpStatusCode.Unauthorized, await DaftarPenggunaAsync(admin + "x"));
        Assert.Equal(HttpStatusCode.Unauthorized, await DaftarPenggunaAsync(null));
        Assert.Equal(HttpStatusCode.OK, await DaftarPenggunaAsync(admin));

        // The head of office's password is reset by the administrator on the same connection: the next request of
        // the old token, with the very same header as before, is refused.
        using (var permintaan = new HttpRequestMessage(HttpMethod.Get, "/api/pengguna"))
        {
            permintaan.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            using var jawaban = await klien.SendAsync(permintaan);
            var id = (await jawaban.Content.ReadFromJsonAsync<JsonElement[]>())!
                .Single(p => p.GetProperty("email").GetString() == RenstraApp.Pimpinan).GetProperty("id").GetString();
            using var reset = new HttpRequestMessage(HttpMethod.Post, $"/api/pengguna/{id}/kata-sandi")
            {
                Content = JsonContent.Create(new { kataSandi = "Belitung#Timur2026" }),
            };
            reset.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            Assert.Equal(HttpStatusCode.NoContent, (await klien.SendAsync(reset)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, await DaftarPenggunaAsync(pimpinan));
        Assert.Equal(HttpStatusCode.OK, await DaftarPenggunaAsync(admin));
    }

    private static async Task<string> TokenAsync(HttpClient klien, string email)
    {
        var login = await klien.PostAsJsonAsync("/api/auth/login", new { email, password = RenstraApp.DemoPassword });
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
