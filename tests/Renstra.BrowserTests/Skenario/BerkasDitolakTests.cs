using System.Text;
using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

/// <summary>Issue 14: a hostile or oversized file on the upload form is refused with a plain Indonesian message, on desktop and phone.</summary>
[Collection(PerambanCollection.Nama)]
public sealed class BerkasDitolakTests(Peramban peramban)
{
    private const string Lembar = "/isian/Ketenagakerjaan/2021";

    [TeoriPeramban]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Operator_melihat_alasan_berkas_ditolak(bool ponsel)
    {
        var page = await peramban.HalamanBaruAsync(ponsel);
        await Langkah.MasukAsync(page, WebApp.OperatorNaker);
        await page.GotoAsync(Lembar);

        // Thousands of columns: refused by the column cap, not parsed for minutes.
        var lebar = string.Join(",", Enumerable.Range(0, 5000).Select(i => i == 0 ? "Kode" : i == 1 ? "Nilai" : "K" + i)) + "\r\nAngkatanKerja,1\r\n";
        await page.Locator("#berkas").SetInputFilesAsync(new FilePayload { Name = "lebar.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(lebar) });
        var jawaban = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(400, jawaban.Status);
        await Assertions.Expect(page.GetByTestId("pesan-galat")).ToContainTextAsync("paling banyak 64");
        await Langkah.TangkapLayarAsync(page, $"operator-naker-berkas-lebar-ditolak{(ponsel ? "-ponsel" : "")}");

        // Larger than the API's limit: the form refuses it the same way.
        var besar = "Kode,Nilai\r\n" + string.Concat(Enumerable.Repeat("AngkatanKerja,1\r\n", 80_000));
        await page.Locator("#berkas").SetInputFilesAsync(new FilePayload { Name = "besar.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(besar) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-galat")).ToContainTextAsync("melebihi 1024 KB");
        var teks = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("Exception", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("MiniExcel", teks, StringComparison.Ordinal);
        await Langkah.TangkapLayarAsync(page, $"operator-naker-berkas-besar-ditolak{(ponsel ? "-ponsel" : "")}");
        Assert.Equal(0, await page.Locator(".daftar-revisi li").CountAsync());
        await page.Context.CloseAsync();
    }
}
