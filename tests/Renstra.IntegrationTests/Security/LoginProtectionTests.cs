using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Security;

public sealed class LoginProtectionTests
{
    private sealed class StrictLoginApp : RenstraApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Renstra:Login:PermitPerMinute"] = "4",
        };
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var app = new RenstraApp();
        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.Pimpinan, password = $"Salah#{i}xxxxxx" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        var right = await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.Pimpinan, password = RenstraApp.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        var problem = await right.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("dikunci sementara", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var other = await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.Admin, password = RenstraApp.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Too_many_logins_from_one_address_get_429_with_retry_after()
    {
        using var app = new StrictLoginApp();
        using var client = app.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            var ok = await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.Admin, password = RenstraApp.DemoPassword });
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        var limited = await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.Admin, password = RenstraApp.DemoPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Terlalu banyak permintaan", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_web_sign_in_form_shares_the_login_limit_but_showing_it_is_not_counted()
    {
        using var app = new StrictLoginApp();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 6; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/masuk")).StatusCode);
        for (var i = 0; i < 4; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = RenstraApp.Admin, ["KataSandi"] = "x" });
            var attempt = await client.PostAsync("/masuk", form);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, attempt.StatusCode); // 400: no antiforgery token
        }
        using var last = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = RenstraApp.Admin, ["KataSandi"] = "x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/masuk", last)).StatusCode);
        var api = await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.Admin, password = RenstraApp.DemoPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
    }
}
