using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Akun;

[Collection(PerambanCollection.Nama)]
public sealed class MasukTests(Peramban peramban)
{
    [FaktaPeramban]
    public async Task Pengunjung_tanpa_akun_diarahkan_ke_halaman_masuk()
    {
        var page = await peramban.HalamanBaruAsync();

        await page.GotoAsync("/");

        Assert.Equal("/masuk", new Uri(page.Url).AbsolutePath);
        Assert.Contains("ReturnUrl=%2F", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Masuk" })).ToBeVisibleAsync();
        await Langkah.TangkapLayarAsync(page, "anonim-diarahkan-ke-masuk");
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Halaman_pertama_berbahasa_Indonesia_dan_tidak_memuat_apa_pun_dari_luar()
    {
        var page = await peramban.HalamanBaruAsync();
        var permintaan = new List<string>();
        page.Request += (_, request) => permintaan.Add(request.Url);

        var response = await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Langkah.MasukAsync(page, WebApp.OperatorNaker);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.NotNull(response);
        Assert.Equal("id", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains(permintaan, u => u.Contains("/_content/Renstra.Web/css/", StringComparison.Ordinal));
        Assert.Contains(permintaan, u => u.Contains("/_content/Renstra.Web/js/", StringComparison.Ordinal));
        var origin = peramban.App.Origin.GetLeftPart(UriPartial.Authority);
        Assert.All(permintaan, u => Assert.StartsWith(origin + "/", u, StringComparison.Ordinal));
        // The style sheet really applied (a blocked or missing CSS would leave the header unstyled).
        var latar = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.kepala')).backgroundColor");
        Assert.Equal("rgb(11, 79, 138)", latar);
        await Langkah.TangkapLayarAsync(page, "halaman-pertama-lang-id");
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Operator_masuk_dan_melihat_peran_serta_bidangnya()
    {
        var page = await peramban.HalamanBaruAsync();

        await page.GotoAsync("/");
        await Langkah.MasukAsync(page, WebApp.OperatorNaker);

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.GetByTestId("nama-pengguna")).ToHaveTextAsync(WebApp.OperatorNaker);
        await Assertions.Expect(page.GetByTestId("peran")).ToHaveTextAsync("Operator bidang");
        await Assertions.Expect(page.GetByTestId("modul-diisi")).ToContainTextAsync("Ketenagakerjaan");
        await Langkah.TangkapLayarAsync(page, "operator-masuk-beranda");
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Kata_sandi_salah_ditolak_dengan_pesan_Indonesia()
    {
        var page = await peramban.HalamanBaruAsync();

        await Langkah.MasukAsync(page, WebApp.Pimpinan, "Salah#Sandi2026", berhasil: false);

        Assert.Equal("/masuk", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Email atau kata sandi salah.");
        await Assertions.Expect(page.GetByLabel("Kata sandi")).ToBeEmptyAsync();
        await Langkah.TangkapLayarAsync(page, "kata-sandi-salah");
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Isian_kosong_menampilkan_galat_di_samping_isian()
    {
        var page = await peramban.HalamanBaruAsync();
        await page.GotoAsync("/masuk");

        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Email wajib diisi.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Kata sandi wajib diisi.")).ToBeVisibleAsync();
        // The script moves focus to the first field in error.
        await Assertions.Expect(page.GetByLabel("Email")).ToBeFocusedAsync();
        await Langkah.TangkapLayarAsync(page, "isian-masuk-kosong");
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Pimpinan_keluar_lalu_halaman_kembali_meminta_masuk()
    {
        var page = await peramban.HalamanBaruAsync(ponsel: true);
        await Langkah.MasukAsync(page, WebApp.Pimpinan);
        await Assertions.Expect(page.GetByTestId("peran")).ToHaveTextAsync("Pimpinan");
        await Langkah.TangkapLayarAsync(page, "pimpinan-beranda-ponsel");

        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/masuk");
        await page.GotoAsync("/");

        Assert.Equal("/masuk", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Alamat_kembali_di_luar_situs_diabaikan()
    {
        var page = await peramban.HalamanBaruAsync();
        await page.GotoAsync("/masuk?ReturnUrl=https%3A%2F%2Fcontoh.invalid%2F");

        await Langkah.MasukAsync(page, WebApp.Admin);

        Assert.StartsWith(peramban.App.Origin.GetLeftPart(UriPartial.Authority) + "/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("peran")).ToHaveTextAsync("Administrator");
        await page.Context.CloseAsync();
    }
}
