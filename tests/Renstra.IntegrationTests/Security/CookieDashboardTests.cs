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

    /// <summary>
    /// Issue 13: the missing-data list is read from the stored sheets on every view, so the isian page no longer
    /// runs the reminder (that stays the Admin's <c>POST /api/{modul}/kekurangan/hitung</c>, in the matrix). A
    /// posted form of the old button runs nothing for anyone, Admin included, and no page offers it.
    /// </summary>
    [Theory]
    [InlineData(RenstraApp.Pimpinan)]
    [InlineData(RenstraApp.OperatorKukm)]
    [InlineData(RenstraApp.Admin)]
    public async Task The_isian_page_runs_no_reminder_for_anyone(string email)
    {
        var (client, _) = await CookieSignIn.SignInAsync(_app, email);
        var page = await client.GetStringAsync("/isian");
        Assert.DoesNotContain("Hitung sekarang", page, StringComparison.Ordinal);
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["modul"] = "KoperasiUmkm", ["__RequestVerificationToken"] = CookieSignIn.TokenOf(page),
        });
        var jawab = await client.PostAsync("/isian?handler=Hitung", body);
        Assert.DoesNotContain("dihitung=", jawab.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, jawab.StatusCode);
        Assert.True((int)jawab.StatusCode is 200 or >= 400 and < 500, $"answered {(int)jawab.StatusCode}");

        // The snapshot the reminder would store is untouched: nothing ran.
        await using var koneksi = new Microsoft.Data.Sqlite.SqliteConnection(
            $"Data Source={Path.Combine(_app.DataDirectory, "koperasiumkm.db")};Mode=ReadOnly;Pooling=False");
        await koneksi.OpenAsync();
        await using var perintah = koneksi.CreateCommand();
        perintah.CommandText = "SELECT COUNT(*) FROM KekuranganData";
        Assert.Equal(0L, Convert.ToInt64(await perintah.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
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
