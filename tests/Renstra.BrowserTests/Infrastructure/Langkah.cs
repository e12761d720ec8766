using Microsoft.Playwright;

namespace Renstra.BrowserTests.Infrastructure;

/// <summary>Steps several tests share: signing in, screenshots.</summary>
public static class Langkah
{
    /// <summary>Screenshots land here (an artifact of every run): bin/…/screenshots.</summary>
    public static string FolderTangkapan { get; } = Directory.CreateDirectory(
        Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    /// <summary>Fills the sign-in form; with <paramref name="berhasil"/> waits until the app has let the user in.</summary>
    public static async Task MasukAsync(IPage page, string email, string kataSandi = WebApp.DemoPassword, bool berhasil = true)
    {
        if (!page.Url.Contains("/masuk", StringComparison.Ordinal)) await page.GotoAsync("/masuk");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Kata sandi").FillAsync(kataSandi);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        if (berhasil) await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/masuk");
    }

    /// <summary>Saves a full-page screenshot named after the test.</summary>
    public static async Task<string> TangkapLayarAsync(IPage page, string nama)
    {
        var path = Path.Combine(FolderTangkapan, nama + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
