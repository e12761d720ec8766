using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

[Collection(PerambanCollection.Nama)]
public sealed class AdminTests(Peramban peramban)
{
    private const string Dasbor2025 = "/?tahun=2025&modul=Ketenagakerjaan";

    [FaktaPeramban]
    public async Task Admin_mengubah_rumus_mengujinya_menyimpannya_dan_dasbor_mengikuti()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.Admin);
        await page.GotoAsync("/isian/Ketenagakerjaan/2025");
        await page.Locator("#nilai-AngkatanKerja").FillAsync("70.345");
        await page.Locator("#nilai-PendudukUsiaKerja").FillAsync("100.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToBeVisibleAsync();
        Assert.Equal("70,35", await Langkah.TungguSelDasborAsync(page, Dasbor2025, "RPJMD-02", "realisasi", "70,35"));

        await page.GotoAsync("/aturan/RPJMD-02");
        var rumus = page.GetByLabel("Rumus", new() { Exact = true });
        // A formula outside the allow-list is refused by the same check the API uses.
        await rumus.FillAsync("data.AngkatanKerja.GetType()");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uji" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-galat")).ToBeVisibleAsync();
        await Langkah.TangkapLayarAsync(page, "admin-rumus-ditolak");

        await rumus.FillAsync("data.AngkatanKerja / data.PendudukUsiaKerja * 1000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uji" }).ClickAsync();
        await page.GetByLabel("data.AngkatanKerja").FillAsync("50");
        await page.GetByLabel("data.PendudukUsiaKerja").FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uji" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("nilai-uji")).ToHaveTextAsync("500");
        await Langkah.TangkapLayarAsync(page, "admin-uji-rumus");

        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan sebagai versi baru" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("versi 2");
        await Assertions.Expect(page.Locator(".daftar-versi")).ToContainTextAsync("(berubah)");

        // 70345 / 100000 × 1000 = 703,45
        Assert.Equal("703,45", await Langkah.TungguSelDasborAsync(page, Dasbor2025, "RPJMD-02", "realisasi", "703,45"));
        await Langkah.TangkapLayarAsync(page, "admin-dasbor-mengikuti-rumus");

        await page.GotoAsync("/indikator/RPJMD-02");
        // The page a person reads names the variables in words; the stored formula stays on the rule page.
        await Assertions.Expect(page.GetByTestId("rumus")).ToHaveTextAsync("Angkatan kerja ÷ Penduduk usia kerja (15 tahun ke atas) × 1000");
        await Assertions.Expect(page.Locator("svg.grafik.grafik-lebar polyline.garis-target")).ToHaveCountAsync(1);
        await Langkah.TangkapLayarAsync(page, "admin-halaman-indikator");
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Ekspor_capaian_sebagai_XLSX_dan_CSV()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.Pimpinan);
        await page.GotoAsync("/?tahun=2024");
        var unduhCsv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await unduhCsv.PathAsync())!);
        // The title, the office and the date first, then the table.
        var baris = csv.TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("Capaian Kinerja Tahun 2024", baris[0]);
        Assert.Equal(WebApp.NamaDinas, baris[1]);
        Assert.StartsWith("Renstra 2021–2026 · diunduh ", baris[2], StringComparison.Ordinal);
        Assert.StartsWith("No;Bidang;Tingkat;Kode;Indikator", baris[4], StringComparison.Ordinal);
        Assert.Contains(";RPJMD-01;", csv, StringComparison.Ordinal);
        var unduhXlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh XLSX" }).ClickAsync());
        Assert.EndsWith(".xlsx", unduhXlsx.SuggestedFilename, StringComparison.Ordinal);
        var xlsx = await File.ReadAllBytesAsync((await unduhXlsx.PathAsync())!);
        Assert.Equal((byte)'P', xlsx[0]); // a zip (OOXML) file
        await Langkah.TangkapLayarAsync(page, "pimpinan-dasbor-2024");
        await page.Context.CloseAsync();
    }
}
