using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// Sign-in limits per account and per address (issue 14, item 9): the lock-out says nothing about whether
/// an account exists, the address is the proxy-forwarded one only behind a configured proxy, and the web
/// form's refusal is a page in Indonesian.
/// </summary>
public sealed class BatasMasukTests
{
    private const string Proxy = "10.20.0.1";

    /// <summary>Every request arrives from <see cref="Proxy"/>, as behind a reverse proxy.</summary>
    private class ProxiedApp(bool proxyConfigured) : RenstraApp
    {
        protected override IDictionary<string, string?> Settings => proxyConfigured
            ? new Dictionary<string, string?> { ["Renstra:Login:PermitPerMinute"] = "3", ["Renstra:Proxy:KnownProxies:0"] = Proxy }
            : new Dictionary<string, string?> { ["Renstra:Login:PermitPerMinute"] = "3" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, FromProxy>());
        }

        private sealed class FromProxy : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }

    private sealed class StrictApp : RenstraApp
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Renstra:Login:PermitPerMinute"] = "2" };
    }

    private static async Task<(HttpStatusCode Status, string? Detail)> LoginAsync(HttpClient client, string email, string password, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email, password }) };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body.TryGetProperty("detail", out var detail) ? detail.GetString() : null);
    }

    [Fact]
    public async Task An_email_nobody_registered_is_locked_out_exactly_like_a_real_account()
    {
        using var app = new RenstraApp();
        using var client = app.CreateClient();
        var real = new List<(HttpStatusCode, string?)>();
        var unknown = new List<(HttpStatusCode, string?)>();
        for (var i = 0; i < 6; i++)
        {
            real.Add(await LoginAsync(client, RenstraApp.Pimpinan, $"Salah#{i}xxxxxx"));
            unknown.Add(await LoginAsync(client, "tidak.ada@renstra.local", $"Salah#{i}xxxxxx"));
        }

        Assert.Equal(real, unknown);
        Assert.All(real.Take(4), r => Assert.Equal((HttpStatusCode.Unauthorized, "Email atau kata sandi salah."), r));
        Assert.Matches(@"^Akun dikunci sementara karena terlalu banyak percobaan gagal\. Coba lagi setelah pukul \d\d\.\d\d WIB\.$", real[4].Item2);
        Assert.Equal(real[4], real[5]);

        // While locked the password is not even checked: the right one learns nothing more than a wrong one.
        Assert.Equal(real[4], await LoginAsync(client, RenstraApp.Pimpinan, RenstraApp.DemoPassword));
        // The lock-out is per account: another account signs in from the same address.
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(client, RenstraApp.Admin, RenstraApp.DemoPassword)).Status);
    }

    [Fact]
    public async Task Failures_spread_over_two_instances_lock_an_unknown_email_like_a_real_account()
    {
        using var satu = new RenstraApp();
        using var dua = new RenstraApp(satu.DataDirectory) { DeleteDataOnDispose = false };
        using var klienSatu = satu.CreateClient();
        using var klienDua = dua.CreateClient();
        var real = new List<(HttpStatusCode, string?)>();
        var unknown = new List<(HttpStatusCode, string?)>();
        for (var i = 0; i < 6; i++)
        {
            // Behind a load balancer the tries land on either instance.
            var klien = i % 2 == 0 ? klienSatu : klienDua;
            real.Add(await LoginAsync(klien, RenstraApp.Pimpinan, $"Salah#{i}xxxxxx"));
            unknown.Add(await LoginAsync(klien, "tidak.ada@renstra.local", $"Salah#{i}xxxxxx"));
        }

        Assert.Equal(real, unknown);
        Assert.Matches(@"^Akun dikunci sementara", real[4].Item2);
        // Locked on the instance that counted only two of the five failures too.
        Assert.Equal(real[4], await LoginAsync(klienDua, "tidak.ada@renstra.local", "Salah#lagixxxxxx"));
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_address_has_its_own_limit()
    {
        using var app = new ProxiedApp(proxyConfigured: true);
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, RenstraApp.Admin, "Salah#Sandi2026", "203.0.113.5")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await LoginAsync(client, RenstraApp.Admin, "Salah#Sandi2026", "203.0.113.5")).Status);

        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(client, RenstraApp.Pimpinan, RenstraApp.DemoPassword, "203.0.113.6")).Status);
    }

    [Fact]
    public async Task Without_a_configured_proxy_a_forwarded_header_is_ignored()
    {
        using var app = new ProxiedApp(proxyConfigured: false);
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, RenstraApp.Admin, "Salah#Sandi2026", $"198.51.100.{i}")).Status);

        // A new made-up address per request would otherwise escape the limit.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await LoginAsync(client, RenstraApp.Pimpinan, RenstraApp.DemoPassword, "198.51.100.99")).Status);
    }

    [Fact]
    public async Task The_web_form_over_its_limit_shows_an_Indonesian_page_not_json()
    {
        using var app = new StrictApp();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            var form = await client.GetStringAsync("/masuk");
            using var body = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = RenstraApp.Admin, ["KataSandi"] = "Salah#Sandi2026", ["__RequestVerificationToken"] = CookieSignIn.TokenOf(form),
            });
            last = await client.PostAsync("/masuk", body);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal("text/html", last.Content.Headers.ContentType?.MediaType);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var html = await last.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
        Assert.Contains("Terlalu banyak percobaan masuk", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/masuk\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\"", html, StringComparison.Ordinal);
    }
}
