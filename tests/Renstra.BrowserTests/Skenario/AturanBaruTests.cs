using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

[Collection(PerambanCollection.Nama)]
public sealed class AturanBaruTests(Peramban peramban)
{
    [FaktaPeramban]
    public async Task Admin_membuat_variabel_dan_indikator_baru()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.Admin);

        await page.GotoAsync("/aturan/variabel");
        await page.GetByLabel("Kode").FillAsync("PesertaMagang");
        await page.GetByLabel("Nama", new() { Exact = true }).FillAsync("Peserta program pemagangan");
        await page.GetByLabel("Satuan").FillAsync("orang");
        await page.GetByLabel("Bidang").SelectOptionAsync("Ketenagakerjaan");
        await page.GetByLabel("Maksimum").FillAsync("100.000");
        await page.GetByLabel("Bilangan bulat").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan variabel" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("PesertaMagang dibuat");

        await page.GotoAsync("/aturan/baru");
        await page.GetByLabel("Kode").FillAsync("IKU-09");
        await page.GetByLabel("Nama indikator").FillAsync("Persentase angkatan kerja yang ikut pemagangan");
        await page.GetByLabel("Satuan").FillAsync("%");
        await page.GetByLabel("Bidang").SelectOptionAsync("Ketenagakerjaan");
        await page.GetByLabel("Tingkat").SelectOptionAsync("IKU");
        await page.GetByLabel("Rumus", new() { Exact = true }).FillAsync("data.PesertaMagang / data.AngkatanKerja * 100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan sebagai versi baru" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("versi 1");
        Assert.EndsWith("/aturan/IKU-09", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Langkah.TangkapLayarAsync(page, "admin-indikator-baru");

        await page.GotoAsync("/?tahun=2024&modul=Ketenagakerjaan");
        // The missing variable is named in words, as the catalog names it, not by its code.
        await Assertions.Expect(page.Locator("tr[data-kode='IKU-09'] [data-kolom='status']")).ToContainTextAsync("Peserta program pemagangan");
        await Assertions.Expect(page.Locator("tr[data-kode='IKU-09'] [data-kolom='status']")).Not.ToContainTextAsync("PesertaMagang");
        await Assertions.Expect(page.GetByTestId("status-pekerjaan")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
