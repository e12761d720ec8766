using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

/// <summary>The indicator page's trace says in words which inputs a register derived (by name, not by variable code).</summary>
[Collection(PerambanCollection.Nama)]
public sealed class JejakDariRegisterTests(Peramban peramban)
{
    [Fact]
    public async Task Jejak_capaian_menyebut_masukan_dari_register_dengan_nama_variabel()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.OperatorKukm);
        // Founded in 2026 only, so no other test's earlier years gain register values.
        await page.GotoAsync("/register/koperasi");
        await page.GetByLabel("Nomor badan hukum", new() { Exact = true }).FillAsync("91/BH/XVI.7/2026");
        await page.GetByLabel("Nama koperasi").FillAsync("Koperasi Jasa Kelapa Kampit");
        await page.Locator("#Baru_Kecamatan").SelectOptionAsync(new SelectOptionValue { Label = "Kelapa Kampit" });
        await page.GetByLabel("Tanggal berdiri").FillAsync("2026-01-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan koperasi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Koperasi Jasa Kelapa Kampit" })).ToBeVisibleAsync();

        // The register is derived by a job, then Kinerja recomputes the kabupaten: the trace follows within seconds.
        var jejak = page.Locator("dl.jejak").Filter(new() { HasText = "Dari register" });
        var batas = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await page.GotoAsync("/indikator/IKU-03");
            if (await jejak.CountAsync() > 0) break;
            await Task.Delay(1000);
        }
        while (DateTime.UtcNow < batas);
        var baris = page.Locator("tr", new() { Has = jejak });
        await Assertions.Expect(baris.First).ToContainTextAsync("2026");
        var dd = jejak.First.Locator("dt", new() { HasText = "Dari register" }).Locator("xpath=following-sibling::dd[1]");
        await Assertions.Expect(dd).ToContainTextAsync("dihitung dari register koperasi, tidak diketik operator");
        await Assertions.Expect(dd).Not.ToContainTextAsync("JumlahKoperasi");
        await Assertions.Expect(dd).Not.ToContainTextAsync("KoperasiAktif");
        await baris.First.Locator("details").First.Locator("summary").ClickAsync();
        await Langkah.TangkapLayarAsync(page, "indikator-jejak-dari-register");
        await page.Context.CloseAsync();

        var ponsel = await peramban.HalamanBaruAsync(ponsel: true);
        await Langkah.MasukAsync(ponsel, WebApp.Pimpinan);
        await ponsel.GotoAsync("/indikator/IKU-03");
        var jejakPonsel = ponsel.Locator("tr", new() { Has = ponsel.Locator("dl.jejak").Filter(new() { HasText = "Dari register" }) }).First;
        await jejakPonsel.Locator("details").First.Locator("summary").ClickAsync();
        await Assertions.Expect(jejakPonsel.Locator("dl.jejak")).ToContainTextAsync("dihitung dari register koperasi");
        await Langkah.TangkapLayarAsync(ponsel, "indikator-jejak-dari-register-ponsel");
        await ponsel.Context.CloseAsync();
    }
}
