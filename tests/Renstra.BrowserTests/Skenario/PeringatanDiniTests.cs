using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

/// <summary>Peringatan dini on the dashboard: a projection in its own columns, the berisiko flag, its filter and the count per bidang.</summary>
[Collection(PerambanCollection.Nama)]
public sealed class PeringatanDiniTests(Peramban peramban)
{
    private const string DasborT2 = "/?tahun=2023&triwulan=2&modul=KoperasiUmkm";

    private static async Task IsiAsync(IPage page, string periode, params (string Variabel, string Nilai)[] nilai)
    {
        await page.GotoAsync($"/isian/KoperasiUmkm/{periode}");
        foreach (var (variabel, isi) in nilai) await page.Locator($"#nilai-{variabel}").FillAsync(isi);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Dasbor_menandai_indikator_yang_berisiko_dari_proyeksi_triwulan()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.OperatorKukm);
        // 5 peserta sosialisasi kemitraan in each of two quarters: on pace for 20 of the 40 targeted in 2023 (50 %).
        // Koperasi aktif 90 of 123 already: 73,17 % against the 2023 target 65,30 (no risk).
        await IsiAsync(page, "2023-T1", ("PesertaSosialisasiKemitraanUm", "5"), ("KoperasiAktif", "88"), ("JumlahKoperasi", "123"));
        await IsiAsync(page, "2023-T2", ("PesertaSosialisasiKemitraanUm", "5"), ("KoperasiAktif", "90"), ("JumlahKoperasi", "123"));

        Assert.Equal("20", await Langkah.TungguSelDasborAsync(page, DasborT2, "SUB-18", "proyeksi-realisasi", "20"));
        var sub18 = page.Locator("tr[data-kode='SUB-18']");
        await Assertions.Expect(sub18.Locator("[data-kolom='berisiko']")).ToHaveTextAsync("Berisiko");
        await Assertions.Expect(sub18.Locator("[data-kolom='proyeksi-capaian']")).ToContainTextAsync("50");
        // The realisasi column still shows what was submitted for the quarter, not the projection.
        await Assertions.Expect(sub18.Locator("[data-kolom='realisasi']")).ToHaveTextAsync("5");
        var iku03 = page.Locator("tr[data-kode='IKU-03']");
        await Assertions.Expect(iku03.Locator("[data-kolom='proyeksi-realisasi']")).ToHaveTextAsync("73,17");
        await Assertions.Expect(iku03.Locator("[data-kolom='berisiko']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("berisiko-per-bidang").Locator("[data-modul='KoperasiUmkm']")).ToContainTextAsync("indikator berisiko");
        await Langkah.TangkapLayarAsync(page, "dasbor-peringatan-dini");

        await page.GetByLabel("Hanya yang berisiko").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("berisiko=true", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("tr[data-kode='SUB-18']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tr[data-kode='IKU-03']")).ToHaveCountAsync(0);
        var baris = await page.Locator("tr[data-kode]").CountAsync();
        Assert.Equal(baris, await page.Locator("tr[data-kode] [data-kolom='berisiko']").CountAsync());
        await Langkah.TangkapLayarAsync(page, "dasbor-hanya-berisiko");

        var ponsel = await peramban.HalamanBaruAsync(ponsel: true);
        await Langkah.MasukAsync(ponsel, WebApp.Pimpinan);
        await ponsel.GotoAsync(DasborT2 + "&berisiko=true");
        await Assertions.Expect(ponsel.Locator("tr[data-kode='SUB-18'] [data-kolom='berisiko']")).ToBeVisibleAsync();
        await Langkah.TangkapLayarAsync(ponsel, "dasbor-berisiko-ponsel");

        await ponsel.GotoAsync("/indikator/SUB-18");
        await Assertions.Expect(ponsel.Locator("[data-kolom='proyeksi']").First).ToBeAttachedAsync();
        await Langkah.TangkapLayarAsync(ponsel, "indikator-proyeksi-ponsel");
        await ponsel.Context.CloseAsync();

        // The indicator page explains the projection in words: the method and the values it used.
        await page.GotoAsync("/indikator/SUB-18");
        var proyeksi = page.Locator("[data-kolom='proyeksi'] details").First;
        await proyeksi.Locator("summary").ClickAsync();
        await Assertions.Expect(proyeksi.Locator("dl")).ToContainTextAsync("Metode");
        await Langkah.TangkapLayarAsync(page, "indikator-proyeksi");
        await page.Context.CloseAsync();
    }
}
