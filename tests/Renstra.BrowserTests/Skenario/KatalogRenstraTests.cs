using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

/// <summary>The whole plan in the UI: the catalog filtered by level, module and branch; where each number comes from.</summary>
[Collection(PerambanCollection.Nama)]
public sealed class KatalogRenstraTests(Peramban peramban)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Katalog_disaring_per_tingkat_bidang_dan_cabang_pohon(bool ponsel)
    {
        var page = await peramban.HalamanBaruAsync(ponsel);
        await Langkah.MasukAsync(page, WebApp.Admin);
        await page.GotoAsync("/aturan");
        await page.GetByLabel("Tingkat").SelectOptionAsync("Sub Kegiatan");
        await page.GetByLabel("Bidang").SelectOptionAsync("Sekretariat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Saring" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("jumlah-indikator")).ToHaveTextAsync("21 indikator");

        await page.GetByLabel("Program / kegiatan / sub kegiatan").SelectOptionAsync("P01.K04");
        await page.GetByRole(AriaRole.Button, new() { Name = "Saring" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("jumlah-indikator")).ToHaveTextAsync("7 indikator");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Jumlah bulan penyediaan bahan logistik kantor");
        await Langkah.TangkapLayarAsync(page, ponsel ? "katalog-saring-ponsel" : "katalog-saring");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Halaman_indikator_menunjukkan_sumber_dan_perbedaan_angka(bool ponsel)
    {
        var page = await peramban.HalamanBaruAsync(ponsel);
        await Langkah.MasukAsync(page, WebApp.Pimpinan);
        await page.GotoAsync("/indikator/IKU-01");
        var sumber = page.GetByTestId("sumber-angka");
        await Assertions.Expect(sumber).ToContainTextAsync("Tabel 7.1, Indikator Renstra 2021-2026 no. 1");
        await Assertions.Expect(sumber).ToContainTextAsync("Tabel 7.1: 50 dan 50,5");
        await Langkah.TangkapLayarAsync(page, ponsel ? "indikator-sumber-ponsel" : "indikator-sumber");

        await page.GotoAsync("/indikator/SUB-18");
        await Assertions.Expect(page.GetByTestId("simpul")).ToContainTextAsync("P09.K01.S01 · Pemberdayaan melalui Kemitraan Usaha Mikro");

        await page.GotoAsync("/indikator/SAS-01");
        await Assertions.Expect(page.GetByTestId("aturan-capaian")).ToContainTextAsync("Konvensi sistem ini, bukan ketentuan regulasi");
        await page.Context.CloseAsync();
    }
}
