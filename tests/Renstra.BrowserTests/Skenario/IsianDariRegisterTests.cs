using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

/// <summary>
/// The kabupaten sheet shows a number the register produces read-only, says in words where it comes from, and nobody
/// can type over it — not even by adding the field to the form by hand (the sheet refuses it and keeps the number).
/// </summary>
[Collection(PerambanCollection.Nama)]
public sealed class IsianDariRegisterTests(Peramban peramban)
{
    private const string Lembar = "/isian/KoperasiUmkm/2026";

    [FaktaPeramban]
    public async Task Angka_dari_register_tampil_baca_saja_dan_tidak_bisa_diketik_di_lembar_kabupaten()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.OperatorKukm);
        // Founded in 2026 only (like the other register tests), so the years other tests type stay without register numbers.
        await page.GotoAsync("/register/koperasi");
        await page.GetByLabel("Nomor badan hukum", new() { Exact = true }).FillAsync("17/BH/XVI.7/2026");
        await page.GetByLabel("Nama koperasi").FillAsync("Koperasi Nelayan Damar");
        await page.Locator("#Baru_Kecamatan").SelectOptionAsync(new SelectOptionValue { Label = "Damar" });
        await page.GetByLabel("Tanggal berdiri").FillAsync("2026-01-03");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan koperasi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Koperasi Nelayan Damar" })).ToBeVisibleAsync();

        // The register writes the kecamatan's numbers in the background; the kabupaten sheet then shows their sum. Its
        // number is read once the register page says the queue is done: read earlier, it could still grow (this
        // koperasi, or one an earlier test registered, not yet derived) while the refusal below is checked against it.
        var mutakhir = page.GetByTestId("antrian-turunan").Filter(new() { HasText = "sudah mutakhir" });
        var batas = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await page.GotoAsync("/register/koperasi");
            if (await mutakhir.CountAsync() > 0) break;
            await Task.Delay(1000);
        }
        while (DateTime.UtcNow < batas);
        await Assertions.Expect(mutakhir).ToBeVisibleAsync();
        await page.GotoAsync(Lembar);
        var angka = page.Locator("#nilai-JumlahKoperasi[data-testid='angka-register']");
        await Assertions.Expect(angka).ToBeVisibleAsync();
        var isian = page.Locator(".isian-lembar", new() { Has = angka });
        await Assertions.Expect(isian.GetByTestId("dari-register")).ToContainTextAsync("Dihitung dari register koperasi: jumlah");
        await Assertions.Expect(isian.GetByTestId("dari-register")).ToContainTextAsync("Tidak diketik di sini");
        await Assertions.Expect(isian.GetByRole(AriaRole.Link, new() { Name = "halaman register koperasi" })).ToHaveAttributeAsync("href", "/register/koperasi");
        Assert.Equal(0, await page.Locator("input[name='Nilai[JumlahKoperasi]']").CountAsync());
        // A variable no register holds stays a field to type.
        Assert.Equal(1, await page.Locator("input[name='Nilai[KoperasiBerkualitas]']").CountAsync());
        var sebelum = await angka.InnerTextAsync();
        await Langkah.TangkapLayarAsync(page, "isian-kabupaten-dari-register");

        // Adding the field by hand does not get past the sheet: refused in words, nothing stored, the number stays.
        await page.EvaluateAsync("""
            () => { const i = document.createElement('input'); i.type = 'hidden'; i.name = 'Nilai[JumlahKoperasi]'; i.value = '999';
                    document.querySelector('form.form-lembar').appendChild(i); }
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(isian.Locator(".galat-isian")).ToContainTextAsync("dihitung dari register koperasi; tidak bisa diketik");
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToHaveCountAsync(0);
        await page.GotoAsync(Lembar);
        await Assertions.Expect(angka).ToHaveTextAsync(sebelum);
        await page.Context.CloseAsync();

        var ponsel = await peramban.HalamanBaruAsync(ponsel: true);
        await Langkah.MasukAsync(ponsel, WebApp.OperatorKukm);
        await ponsel.GotoAsync(Lembar);
        var angkaPonsel = ponsel.Locator("#nilai-JumlahKoperasi[data-testid='angka-register']");
        await angkaPonsel.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(ponsel.Locator(".isian-lembar", new() { Has = angkaPonsel }).GetByTestId("dari-register"))
            .ToContainTextAsync("Dihitung dari register koperasi");
        await Langkah.TangkapLayarAsync(ponsel, "isian-kabupaten-dari-register-ponsel");
        await ponsel.Context.CloseAsync();
    }
}
