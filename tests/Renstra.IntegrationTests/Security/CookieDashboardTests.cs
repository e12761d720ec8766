using System.Net;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// The Hangfire dashboard behind the test server, reached the way an administrator does: signed in to
/// the web UI with the cookie. The sign-in form itself refuses a post without its antiforgery token.
/// </summary>
public sealed class CookieDashboardTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    private async Task<(HttpClient Client, HttpStatusCode SignIn)> SignInWithCookieAsync(string email)
    {
        var (client, response) = await CookieSignIn.SignInAsync(_app, email);
        return (client, response.StatusCode);
    }

    [Fact]
    public async Task Admin_signed_in_with_the_cookie_opens_the_dashboard()
    {
        var (client, signIn) = await SignInWithCookieAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.Redirect, signIn);
        var dashboard = await client.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("pekerjaan latar", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RenstraApp.Pimpinan)]
    [InlineData(RenstraApp.OperatorSekretariat)]
    public async Task Other_roles_signed_in_with_the_cookie_are_refused(string email)
    {
        var (client, signIn) = await SignInWithCookieAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signIn);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_is_refused()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/hangfire")).StatusCode);
    }

    [Theory]
    [InlineData(RenstraApp.Pimpinan)]
    [InlineData(RenstraApp.OperatorKukm)]
    public async Task Only_admin_may_run_the_reminder_from_the_isian_page(string email)
    {
        var (client, _) = await CookieSignIn.SignInAsync(_app, email);
        var page = await client.GetStringAsync("/isian");
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["modul"] = "KoperasiUmkm", ["__RequestVerificationToken"] = CookieSignIn.TokenOf(page),
        });
        var refused = await client.PostAsync("/isian?handler=Hitung", body);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/akses-ditolak", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);

        var (admin, _) = await CookieSignIn.SignInAsync(_app, RenstraApp.Admin);
        var adminPage = await admin.GetStringAsync("/isian");
        using var adminBody = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["modul"] = "KoperasiUmkm", ["__RequestVerificationToken"] = CookieSignIn.TokenOf(adminPage),
        });
        var ran = await admin.PostAsync("/isian?handler=Hitung", adminBody);
        Assert.Equal(HttpStatusCode.Redirect, ran.StatusCode);
        Assert.Contains("dihitung=KoperasiUmkm", ran.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_post_without_its_antiforgery_token_is_refused()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = RenstraApp.Admin, ["KataSandi"] = RenstraApp.DemoPassword,
        });
        var response = await client.PostAsync("/masuk", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith("renstra.auth", StringComparison.Ordinal));
    }
}
