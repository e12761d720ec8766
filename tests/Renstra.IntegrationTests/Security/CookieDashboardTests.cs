using System.Net;
using System.Text.RegularExpressions;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// The Hangfire dashboard behind the test server, reached the way an administrator does: signed in to
/// the web UI with the cookie. The sign-in form itself refuses a post without its antiforgery token.
/// </summary>
public sealed partial class CookieDashboardTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    private async Task<(HttpClient Client, HttpStatusCode SignIn)> SignInWithCookieAsync(string email)
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/masuk");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["KataSandi"] = RenstraApp.DemoPassword, ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync("/masuk", body);
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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
