using System.Diagnostics;
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

    /// <summary>
    /// Reloads <paramref name="alamat"/> until the cell of <paramref name="kolom"/> in the dashboard row of
    /// <paramref name="kode"/> reads <paramref name="diharapkan"/>: capaian follows a submission through the
    /// outbox, within seconds, not at once.
    /// </summary>
    public static async Task<string> TungguSelDasborAsync(IPage page, string alamat, string kode, string kolom, string diharapkan)
    {
        var batas = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await page.GotoAsync(alamat);
            var teks = (await page.Locator($"tr[data-kode='{kode}'] [data-kolom='{kolom}']").InnerTextAsync()).Trim();
            if (teks == diharapkan || DateTime.UtcNow > batas) return teks;
            await Task.Delay(500);
        }
    }

    /// <summary>Saves a full-page screenshot named after the test.</summary>
    public static async Task<string> TangkapLayarAsync(IPage page, string nama)
    {
        var path = Path.Combine(FolderTangkapan, nama + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>The text of a PDF as Poppler's <c>pdftotext -layout</c> reads it (what a person sees on the printed page).</summary>
    public static async Task<string> PdfKeTeksAsync(string pdf)
    {
        var info = new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var proses = Process.Start(info)!;
        var teks = await proses.StandardOutput.ReadToEndAsync();
        await proses.WaitForExitAsync();
        Assert.Equal(0, proses.ExitCode);
        return teks;
    }
}
