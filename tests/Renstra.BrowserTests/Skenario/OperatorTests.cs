using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

[Collection(PerambanCollection.Nama)]
public sealed class OperatorTests(Peramban peramban)
{
    private const string Dasbor2024 = "/?tahun=2024&modul=Ketenagakerjaan";

    [FaktaPeramban]
    public async Task Operator_mengirim_data_dan_dasbor_berubah()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.OperatorNaker);
        await page.GotoAsync(Dasbor2024);
        await Assertions.Expect(page.Locator("tr[data-kode='RPJMD-01'] [data-kolom='status']")).ToContainTextAsync("Data belum lengkap");
        await Langkah.TangkapLayarAsync(page, "operator-dasbor-sebelum");

        await page.GetByRole(AriaRole.Link, new() { Name = "Isian data" }).ClickAsync();
        await page.Locator("[data-testid='kisi-Ketenagakerjaan'] a[data-periode='2024']").ClickAsync();
        Assert.EndsWith("/isian/Ketenagakerjaan/2024", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Angkatan kerja", new() { Exact = true }).FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        // The module's own validation, in Indonesian, next to the field; nothing stored.
        await Assertions.Expect(page.GetByTestId("pesan-galat")).ToContainTextAsync("tidak ada yang disimpan");
        await Assertions.Expect(page.Locator("#nilai-AngkatanKerja-galat")).ToBeVisibleAsync();
        await Langkah.TangkapLayarAsync(page, "operator-isian-galat");

        await page.Locator("#nilai-AngkatanKerja").FillAsync("70.345");
        await page.Locator("#nilai-Pengangguran").FillAsync("2.200");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("revisi 1");
        await Assertions.Expect(page.Locator(".daftar-revisi")).ToContainTextAsync("Angkatan kerja");
        await Langkah.TangkapLayarAsync(page, "operator-isian-tersimpan");

        // 2200 / 70345 × 100 = 3,1274… shown the Indonesian way.
        var realisasi = await Langkah.TungguSelDasborAsync(page, Dasbor2024, "RPJMD-01", "realisasi", "3,13");
        Assert.Equal("3,13", realisasi);
        await Assertions.Expect(page.Locator("tr[data-kode='RPJMD-01'] [data-kolom='status']")).ToContainTextAsync("Lengkap");
        await Langkah.TangkapLayarAsync(page, "operator-dasbor-sesudah");
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Operator_tidak_dapat_membuka_isian_bidang_lain()
    {
        var page = await peramban.HalamanBaruAsync(ponsel: true);
        await Langkah.MasukAsync(page, WebApp.OperatorNaker);

        await page.GotoAsync("/isian/KoperasiUmkm/2024");
        await Assertions.Expect(page.GetByTestId("hak-isian")).ToContainTextAsync("Hanya membaca");
        Assert.Equal(0, await page.Locator("input[name^='Nilai[']").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).CountAsync());
        await Langkah.TangkapLayarAsync(page, "operator-isian-bidang-lain-baca-saja");

        // Even a form of its own module re-aimed at another module is refused by the server.
        await page.GotoAsync("/isian/Ketenagakerjaan/2024");
        await page.EvaluateAsync("() => { document.querySelector('form.form-lembar').action = '/isian/KoperasiUmkm/2024?handler=Simpan'; }");
        await page.Locator("#nilai-AngkatanKerja").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/akses-ditolak");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Akses ditolak" })).ToBeVisibleAsync();

        // And the rule pages are the administrator's.
        await page.GotoAsync("/aturan/RPJMD-01");
        Assert.Equal("/akses-ditolak", new Uri(page.Url).AbsolutePath);
        await Langkah.TangkapLayarAsync(page, "operator-akses-ditolak");
        await page.Context.CloseAsync();
    }
}
