using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

/// <summary>
/// A kabupaten value typed before the registers, in a period the register now covers: the sheet shows it read-only next
/// to the register's sum, and the operator removes it with one button; the register's sum takes over and the history
/// keeps the old value. An app of its own: the register entry here covers 2025, which other tests type legacy values for.
/// </summary>
[Collection(PerambanCollection.Nama)]
public sealed class NilaiLamaKabupatenTests(Peramban peramban)
{
    private const string Lembar = "/isian/KoperasiUmkm/2025";

    [FaktaPeramban]
    public async Task Operator_menghapus_nilai_lama_kabupaten_dan_jumlah_register_yang_dipakai()
    {
        using var app = new WebApp();
        var page = await peramban.HalamanBaruAsync(app: app);
        await Langkah.MasukAsync(page, WebApp.OperatorKukm);

        // 2025 typed for the kabupaten before anything is in the register.
        await page.GotoAsync(Lembar);
        await page.Locator("input[name='Nilai[JumlahKoperasi]']").FillAsync("10");
        await page.Locator("input[name='Nilai[KoperasiAktif]']").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("revisi 1");

        // Then the register covers 2025: one koperasi in Damar, founded in 2020.
        await page.GotoAsync("/register/koperasi");
        await page.GetByLabel("Nomor badan hukum", new() { Exact = true }).FillAsync("25/BH/XVI.7/2020");
        await page.GetByLabel("Nama koperasi").FillAsync("Koperasi Lada Damar");
        await page.Locator("#Baru_Kecamatan").SelectOptionAsync(new SelectOptionValue { Label = "Damar" });
        await page.GetByLabel("Tanggal berdiri").FillAsync("2020-01-03");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan koperasi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Koperasi Lada Damar" })).ToBeVisibleAsync();

        var tombol = page.GetByRole(AriaRole.Button, new() { Name = "Hapus nilai lama, pakai jumlah register (1)" });
        var batas = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await page.GotoAsync(Lembar);
            if (await tombol.CountAsync() == 2) break;
            await Task.Delay(1000);
        }
        while (DateTime.UtcNow < batas);
        var isian = page.Locator(".isian-lembar", new() { Has = page.Locator("#nilai-JumlahKoperasi") });
        await Assertions.Expect(isian.GetByTestId("dari-register")).ToContainTextAsync("Nilai lama yang diketik untuk kabupaten");
        await Assertions.Expect(isian.Locator("#nilai-JumlahKoperasi")).ToHaveTextAsync("10");
        await Assertions.Expect(tombol).ToHaveCountAsync(2);
        await isian.ScrollIntoViewIfNeededAsync();
        await Langkah.TangkapLayarAsync(page, "isian-kabupaten-nilai-lama");

        // One click: a new revision without the typed value; the sheet now shows the register's sum.
        await isian.GetByTestId("hapus-nilai-lama").ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("revisi 2");
        await Assertions.Expect(isian.GetByTestId("dari-register")).ToContainTextAsync("Dihitung dari register koperasi: jumlah 1 kecamatan");
        await Assertions.Expect(isian.Locator("#nilai-JumlahKoperasi")).ToHaveTextAsync("1");
        await Assertions.Expect(isian.GetByTestId("hapus-nilai-lama")).ToHaveCountAsync(0);
        // The other legacy value is untouched and still has its button.
        await Assertions.Expect(tombol).ToHaveCountAsync(1);
        // The history keeps the old value and says what happened in words.
        var riwayat = page.Locator(".daftar-revisi");
        await Assertions.Expect(riwayat).ToContainTextAsync("nilai lama dihapus, memakai jumlah register");
        await Assertions.Expect(riwayat).ToContainTextAsync("Jumlah koperasi: 10 → dihapus, memakai jumlah register");
        await isian.ScrollIntoViewIfNeededAsync();
        await Langkah.TangkapLayarAsync(page, "isian-kabupaten-nilai-lama-dihapus");
        await page.Context.CloseAsync();

        // A Pimpinan reads the sheet but gets no button.
        var pimpinan = await peramban.HalamanBaruAsync(app: app);
        await Langkah.MasukAsync(pimpinan, WebApp.Pimpinan);
        await pimpinan.GotoAsync(Lembar);
        await Assertions.Expect(pimpinan.GetByTestId("hapus-nilai-lama")).ToHaveCountAsync(0);
        await pimpinan.Context.CloseAsync();

        var ponsel = await peramban.HalamanBaruAsync(ponsel: true, app: app);
        await Langkah.MasukAsync(ponsel, WebApp.OperatorKukm);
        await ponsel.GotoAsync(Lembar);
        var tombolPonsel = ponsel.GetByTestId("hapus-nilai-lama");
        await Assertions.Expect(tombolPonsel).ToHaveCountAsync(1);
        await tombolPonsel.ScrollIntoViewIfNeededAsync();
        // The button wraps inside the phone's width instead of pushing the page sideways.
        var kotak = await tombolPonsel.BoundingBoxAsync();
        Assert.NotNull(kotak);
        Assert.True(kotak.X + kotak.Width <= 390, $"the button ends at {kotak.X + kotak.Width} px");
        await Langkah.TangkapLayarAsync(ponsel, "isian-kabupaten-nilai-lama-ponsel");
        await ponsel.Context.CloseAsync();
    }
}
