using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Host.Identity;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// The API is bearer-only, refresh tokens are single-use with family revocation, and a token or cookie
/// dies with a sign-out, a lock-out or a deactivation (issue 14, items 4 and 5).
/// </summary>
public sealed class SesiDanTokenTests
{
    private sealed record Token(string AccessToken, string RefreshToken);

    private static async Task<Token> LoginAsync(HttpClient client, string email, string password = RenstraApp.DemoPassword)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Token>())!;
    }

    private static Task<HttpResponseMessage> RefreshAsync(HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

    private static async Task<HttpStatusCode> ReadWithAsync(RenstraApp app, string accessToken)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return (await client.GetAsync("/api/indikator")).StatusCode;
    }

    [Fact]
    public async Task The_api_refuses_the_web_sign_in_cookie_even_on_a_state_changing_call_from_another_origin()
    {
        using var app = new RenstraApp();
        var (browser, signIn) = await CookieSignIn.SignInAsync(app, RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode); // the cookie works for pages

        using var kunci = new HttpRequestMessage(HttpMethod.Post, "/api/ketenagakerjaan/data/2024/kunci");
        kunci.Headers.Add("Origin", "https://penyerang.invalid");
        var locked = await browser.SendAsync(kunci);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/indikator")).StatusCode);

        using var admin = await app.ClientForAsync(RenstraApp.Admin);
        var sheet = await admin.GetAsync("/api/ketenagakerjaan/data/2024");
        if (sheet.StatusCode == HttpStatusCode.OK)
            Assert.DoesNotContain("kunci", (await sheet.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!, StringComparison.OrdinalIgnoreCase);
        else
            Assert.Equal(HttpStatusCode.NotFound, sheet.StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_its_reuse_revokes_the_family_and_the_sessions()
    {
        using var app = new RenstraApp();
        using var client = app.CreateClient();
        var first = await LoginAsync(client, RenstraApp.Pimpinan);

        var rotated = await RefreshAsync(client, first.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var second = (await rotated.Content.ReadFromJsonAsync<Token>())!;
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, await ReadWithAsync(app, second.AccessToken));

        var reused = await RefreshAsync(client, first.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        Assert.Contains("tidak berlaku", (await reused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The thief's or the owner's copy: after a reuse neither refreshes, and the tokens issued stop working.
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(client, second.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await ReadWithAsync(app, second.AccessToken));

        // Signing in again starts a new family that works.
        var again = await LoginAsync(client, RenstraApp.Pimpinan);
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(client, again.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task A_locked_out_account_can_neither_refresh_nor_use_its_bearer_token()
    {
        using var app = new RenstraApp();
        using var client = app.CreateClient();
        var token = await LoginAsync(client, RenstraApp.OperatorNaker);
        Assert.Equal(HttpStatusCode.OK, await ReadWithAsync(app, token.AccessToken));

        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.OperatorNaker, password = $"Salah#{i}xxxxxx" });

        Assert.Equal(HttpStatusCode.Unauthorized, await ReadWithAsync(app, token.AccessToken));
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(client, token.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_account_loses_its_token_its_cookie_and_its_refresh()
    {
        using var app = new RenstraApp();
        using var client = app.CreateClient();
        var token = await LoginAsync(client, RenstraApp.OperatorKukm);
        var (browser, _) = await CookieSignIn.SignInAsync(app, RenstraApp.OperatorKukm);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Pengguna>>();
            var user = (await users.FindByEmailAsync(RenstraApp.OperatorKukm))!;
            user.Aktif = false;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await ReadWithAsync(app, token.AccessToken));
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(client, token.RefreshToken)).StatusCode);
        var page = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/masuk", page.Headers.Location?.PathAndQuery, StringComparison.Ordinal);

        // Only the right password learns that the account is deactivated.
        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.OperatorKukm, password = "Salah#Sandi2026" });
        Assert.Equal("Email atau kata sandi salah.", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var right = await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.OperatorKukm, password = RenstraApp.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("dinonaktifkan", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_kills_a_copied_cookie()
    {
        using var app = new RenstraApp();
        var (browser, signIn) = await CookieSignIn.SignInAsync(app, RenstraApp.Pimpinan);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(IdentitySetup.NamaCookie + "=", StringComparison.Ordinal));
        using var copy = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode);

        var home = await browser.GetStringAsync("/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = CookieSignIn.TokenOf(home) });
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync("/keluar", form)).StatusCode);

        var afterwards = await copy.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/masuk", afterwards.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
