using System.Text.RegularExpressions;

namespace Renstra.IntegrationTests.Infrastructure;

/// <summary>Signs in through the web UI's form, as a person does: cookie plus antiforgery token.</summary>
public static partial class CookieSignIn
{
    public static async Task<(HttpClient Client, HttpResponseMessage Response)> SignInAsync(RenstraApp app, string email)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/masuk");
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["KataSandi"] = RenstraApp.DemoPassword, ["__RequestVerificationToken"] = TokenOf(form),
        });
        return (client, await client.PostAsync("/masuk", body));
    }

    /// <summary>The antiforgery token of the first form in a page.</summary>
    public static string TokenOf(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
