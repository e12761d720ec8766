using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

/// <summary>
/// Issue 13, the operator's and administrator's side: the period grid and the missing-data list follow every
/// change, the data form (grouped, styled, grouped thousands, save bar, errors under the field), the rule pages
/// (Math.Round with decimals, uji from real data, the capaian choice, dropdowns that fit), the sign-in limit's
/// page, and the API reference that loads nothing from elsewhere — each at desktop and 390 px phone width.
/// </summary>
[Collection(PerambanCollection.Nama)]
public sealed partial class IsianDanAturanTests(Peramban peramban)
{
    private const string OperatorSekretariat = "operator.sekretariat@renstra.local";

    [TeoriPeramban]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Kisi_periode_dan_daftar_kekurangan_berubah_setiap_kali_lembar_disimpan(bool ponsel)
    {
        // Each width its own period, so the two runs never see each other's data.
        var periode = ponsel ? "2022-T4" : "2022-T3";
        var label = ponsel ? "Triwulan IV 2022" : "Triwulan III 2022";
        var page = await peramban.HalamanBaruAsync(ponsel);
        await Langkah.MasukAsync(page, OperatorSekretariat);
        await page.GotoAsync("/isian");
        var sel = page.Locator($"[data-testid='kisi-Sekretariat'] a[data-periode='{periode}']");
        await Assertions.Expect(sel).ToHaveAttributeAsync("data-keadaan", "kosong");
        await Assertions.Expect(sel).ToContainTextAsync("Kosong");
        var daftar = page.Locator($".pengingat-modul[data-modul='Sekretariat'] li[data-periode='{periode}']");
        Assert.Contains("Pelaporan kinerja", await daftar.TextContentAsync(), StringComparison.Ordinal);
        await Langkah.TangkapLayarAsync(page, $"isian-kisi-kosong{Akhiran(ponsel)}");

        // Two values: the cell turns "sebagian" at once, and the list no longer names them.
        await sel.ClickAsync();
        await page.WaitForURLAsync($"**/isian/Sekretariat/{periode}");
        await page.GetByLabel("Pelaporan kinerja", new() { Exact = true }).FillAsync("4");
        await page.GetByLabel("Pelaporan kinerja yang disusun sesuai standar", new() { Exact = true }).FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("revisi 1");
        await page.GotoAsync("/isian");
        await Assertions.Expect(sel).ToHaveAttributeAsync("data-keadaan", "sebagian");
        var jumlah = await page.Locator("[data-testid='kisi-Sekretariat'] caption").InnerTextAsync();
        var total = int.Parse(AngkaPertama().Match(jumlah).Value, System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(sel).ToContainTextAsync($"2/{total}");
        await Assertions.Expect(sel).ToHaveAttributeAsync("aria-label", $"Sekretariat, {label}: sebagian, 2 dari {total} data terisi");
        var sisa = await daftar.TextContentAsync();
        Assert.DoesNotContain("Pelaporan kinerja ·", sisa, StringComparison.Ordinal);
        Assert.Contains("Pelaporan keuangan dan aset", sisa, StringComparison.Ordinal);
        await Langkah.TangkapLayarAsync(page, $"isian-kisi-sebagian{Akhiran(ponsel)}");

        // Every value (1 keeps every consistency rule, which only compare two variables): "lengkap", and off the list.
        await sel.ClickAsync();
        var isian = page.Locator("form.form-lembar input[data-angka]");
        for (var i = 0; i < await isian.CountAsync(); i++)
            if (string.IsNullOrEmpty(await isian.Nth(i).InputValueAsync())) await isian.Nth(i).FillAsync("1");
        await page.GetByLabel("Pelaporan kinerja", new() { Exact = true }).FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("revisi 2");
        await page.GotoAsync("/isian");
        await Assertions.Expect(sel).ToHaveAttributeAsync("data-keadaan", "lengkap");
        await Assertions.Expect(daftar).ToHaveCountAsync(0);

        // Locked by the administrator: "terkunci" for the operator right away.
        var admin = await peramban.HalamanBaruAsync(ponsel);
        await Langkah.MasukAsync(admin, WebApp.Admin);
        await admin.GotoAsync($"/isian/Sekretariat/{periode}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Kunci periode" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("status-kunci")).ToContainTextAsync("Terkunci");
        await admin.Context.CloseAsync();
        await page.GotoAsync("/isian");
        await Assertions.Expect(sel).ToHaveAttributeAsync("data-keadaan", "terkunci");
        await Assertions.Expect(sel).ToContainTextAsync("Terkunci");
        await sel.ScrollIntoViewIfNeededAsync();
        await Langkah.TangkapLayarAsync(page, $"isian-kisi-lengkap-terkunci{Akhiran(ponsel)}");

        // The grid fits the screen, or scrolls inside its own box: the page itself never scrolls sideways.
        var lebarHalaman = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(lebarHalaman <= page.ViewportSize!.Width, $"page is {lebarHalaman}px wide");
        await page.Context.CloseAsync();
    }

    [TeoriPeramban]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Periode_yang_salah_dijawab_dengan_pesan_dan_isian_tetap(bool ponsel)
    {
        var page = await peramban.HalamanBaruAsync(ponsel);
        await Langkah.MasukAsync(page, WebApp.OperatorNaker);
        await page.GotoAsync("/isian");
        await page.GetByLabel("Periode", new() { Exact = true }).FillAsync("2024-T5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buka" }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/isian");
        await Assertions.Expect(page.GetByLabel("Periode", new() { Exact = true })).ToHaveValueAsync("2024-T5");
        await Assertions.Expect(page.GetByLabel("Bidang")).ToHaveValueAsync("Ketenagakerjaan");
        await Assertions.Expect(page.GetByTestId("galat-periode")).ToContainTextAsync("Periode \"2024-T5\" tidak dikenal");
        await Assertions.Expect(page.GetByLabel("Periode", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Langkah.TangkapLayarAsync(page, $"isian-periode-salah{Akhiran(ponsel)}");

        // Corrected, it opens the sheet.
        await page.GetByLabel("Periode", new() { Exact = true }).FillAsync("2024-T2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buka" }).ClickAsync();
        await page.WaitForURLAsync("**/isian/Ketenagakerjaan/2024-T2");
        await page.Context.CloseAsync();
    }

    [TeoriPeramban]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Formulir_isian_dikelompokkan_per_indikator_dengan_pemisah_ribuan_dan_galat_di_bawah_isian(bool ponsel)
    {
        var lembar = ponsel ? "/isian/Ketenagakerjaan/2021-T4" : "/isian/Ketenagakerjaan/2021-T3";
        var page = await peramban.HalamanBaruAsync(ponsel);
        await Langkah.MasukAsync(page, WebApp.OperatorNaker);
        await page.GotoAsync(lembar);

        // Styled like every other form: padded, bordered, readable size.
        var angkatan = page.GetByLabel("Angkatan kerja", new() { Exact = true });
        var gaya = await angkatan.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.paddingLeft, s.borderTopWidth, s.fontSize]; }");
        Assert.True(Piksel(gaya[0]) >= 6, $"padding {gaya[0]}");
        Assert.True(Piksel(gaya[1]) >= 1, $"border {gaya[1]}");
        Assert.True(Piksel(gaya[2]) >= 15, $"font {gaya[2]}");

        // Grouped under the indicator it feeds, with the indicator's name; no variable code is shown.
        var kelompok = page.Locator("fieldset.kelompok-lembar", new() { Has = page.Locator("#nilai-Pengangguran") });
        Assert.False(string.IsNullOrEmpty(await kelompok.GetAttributeAsync("data-indikator")));
        Assert.True((await kelompok.Locator("legend").InnerTextAsync()).Length > 10);
        var teksForm = await page.GetByTestId("form-lembar").InnerTextAsync();
        Assert.DoesNotContain("AngkatanKerja", teksForm, StringComparison.Ordinal);
        Assert.DoesNotContain("PesertaJaminanSosial", teksForm, StringComparison.Ordinal);

        // Ranges in the help with Indonesian grouping; typed numbers regrouped when the field is left.
        await Assertions.Expect(page.Locator("#nilai-AngkatanKerja-bantuan")).ToContainTextAsync("0 sampai 1.000.000 orang");
        await angkatan.FillAsync("70345");
        await angkatan.BlurAsync();
        await Assertions.Expect(angkatan).ToHaveValueAsync("70.345");

        // The save bar stays in view at the top of a long form.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        var bilah = await page.GetByTestId("bilah-simpan").BoundingBoxAsync();
        Assert.NotNull(bilah);
        Assert.True(bilah.Y + bilah.Height <= page.ViewportSize!.Height + 1, $"save bar at {bilah.Y}");
        await Langkah.TangkapLayarAsync(page, $"isian-formulir-kelompok{Akhiran(ponsel)}");

        // Errors under their field, the field where it was, the text as typed, numbers grouped.
        var pengangguran = page.GetByLabel("Pengangguran", new() { Exact = true });
        var sebelum = await pengangguran.BoundingBoxAsync();
        await pengangguran.FillAsync("3.5");
        await page.GetByLabel("Penduduk usia kerja (15 tahun ke atas)", new() { Exact = true }).FillAsync("2000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-galat")).ToContainTextAsync("tidak ada yang disimpan");
        var galat = page.Locator("#nilai-Pengangguran-galat");
        await Assertions.Expect(galat).ToContainTextAsync("\"3.5\" bukan angka");
        await Assertions.Expect(pengangguran).ToHaveValueAsync("3.5");
        await Assertions.Expect(angkatan).ToHaveValueAsync("70.345");
        await Assertions.Expect(page.Locator("#nilai-PendudukUsiaKerja-galat")).ToContainTextAsync("1.000.000");
        var sesudah = await pengangguran.BoundingBoxAsync();
        var kotakGalat = await galat.BoundingBoxAsync();
        Assert.True(Math.Abs(sebelum!.X - sesudah!.X) <= 1 && Math.Abs(sebelum.Width - sesudah.Width) <= 1, "the field did not move sideways");
        Assert.True(kotakGalat!.Y >= sesudah.Y + sesudah.Height - 1, "the error is under its field");
        await pengangguran.ScrollIntoViewIfNeededAsync();
        await Langkah.TangkapLayarAsync(page, $"isian-formulir-galat{Akhiran(ponsel)}");

        // Corrected and saved: the revision names the variables in words and says where the values came from.
        await pengangguran.FillAsync("2.765");
        await page.GetByLabel("Penduduk usia kerja (15 tahun ke atas)", new() { Exact = true }).FillAsync("98.620");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("revisi 1");
        await Assertions.Expect(angkatan).ToHaveValueAsync("70.345");
        var revisi = page.Locator(".daftar-revisi");
        await Assertions.Expect(revisi).ToContainTextAsync("Angkatan kerja: – → 70.345");
        await Assertions.Expect(revisi).ToContainTextAsync("isian langsung");
        await Assertions.Expect(revisi).Not.ToContainTextAsync("json");
        await page.Context.CloseAsync();
    }

    [TeoriPeramban]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Halaman_aturan_menerima_Math_Round_dan_menguji_dengan_data_periode(bool ponsel)
    {
        // Years no other test writes Ketenagakerjaan's yearly sheet for.
        var tahun = ponsel ? "2022" : "2026";
        var page = await peramban.HalamanBaruAsync(ponsel);
        await Langkah.MasukAsync(page, WebApp.Admin);
        await page.GotoAsync($"/isian/Ketenagakerjaan/{tahun}");
        await page.GetByLabel("Angkatan kerja", new() { Exact = true }).FillAsync("70.345");
        await page.GetByLabel("Pengangguran", new() { Exact = true }).FillAsync("2.765");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToBeVisibleAsync();

        // The uji inputs start with the chosen period's stored data, named in words.
        await page.GotoAsync("/aturan/RPJMD-01");
        await page.GetByLabel("Ambil nilai dari periode").FillAsync(tahun);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ambil data" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sumber-uji")).ToContainTextAsync($"Tahun {tahun}");
        await Assertions.Expect(page.Locator("#uji-data-AngkatanKerja")).ToHaveValueAsync("70.345");
        await Assertions.Expect(page.Locator("#uji-data-Pengangguran")).ToHaveValueAsync("2.765");
        await Assertions.Expect(page.Locator("label[for='uji-data-AngkatanKerja']")).ToContainTextAsync("Angkatan kerja");

        // Math.Round with decimals, as the help lists it: the live check passes and Uji computes it.
        var rumus = page.GetByLabel("Rumus", new() { Exact = true });
        await rumus.FillAsync("Math.Round(data.Pengangguran / data.AngkatanKerja * 100, 2)");
        await Assertions.Expect(page.GetByTestId("periksa-rumus")).ToHaveAttributeAsync("data-valid", "ya");
        await Assertions.Expect(page.Locator("#rumus-bantuan")).ToContainTextAsync("Math.Round(x, 2)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uji", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("nilai-uji")).ToHaveTextAsync("3,93");

        // The capaian rule is a choice among the capaian forms, not free text.
        var capaian = page.GetByLabel("Rumus capaian");
        Assert.Equal("SELECT", await capaian.EvaluateAsync<string>("e => e.tagName"));
        var pilihan = await capaian.Locator("option").AllInnerTextsAsync();
        Assert.Contains(pilihan, p => p.StartsWith("Positif", StringComparison.Ordinal));
        Assert.Contains(pilihan, p => p.StartsWith("Negatif", StringComparison.Ordinal));
        Assert.Contains(pilihan, p => p.StartsWith("Predikat", StringComparison.Ordinal));
        await Assertions.Expect(capaian).ToHaveValueAsync(new Regex("^(Positif|Negatif)$"));
        await Langkah.TangkapLayarAsync(page, $"aturan-uji-data-periode{Akhiran(ponsel)}");

        // The rules list speaks of a rules file, not of the engine behind it.
        await page.GotoAsync("/aturan");
        var teks = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("RulesEngine", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("workflow", teks, StringComparison.OrdinalIgnoreCase);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Unduh berkas aturan" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [TeoriPeramban]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Pilihan_bidang_dan_agregasi_tidak_terpotong(bool ponsel)
    {
        var page = await peramban.HalamanBaruAsync(ponsel);
        await Langkah.MasukAsync(page, WebApp.Admin);
        foreach (var (alamat, label) in new[] { ("/aturan/variabel", "Bidang"), ("/aturan/variabel", "Agregasi tahunan"), ("/aturan/RPJMD-01", "Bidang"), ("/aturan/RPJMD-01", "Rumus capaian") })
        {
            if (!page.Url.EndsWith(alamat, StringComparison.Ordinal)) await page.GotoAsync(alamat);
            var pilihan = page.GetByLabel(label, new() { Exact = true });
            // The widest option's text, in the select's own font, fits inside the select (arrow included).
            var muat = await pilihan.EvaluateAsync<bool>("""
                s => {
                    const c = document.createElement('canvas').getContext('2d');
                    c.font = getComputedStyle(s).font;
                    const gaya = getComputedStyle(s);
                    const lebar = Math.max(...[...s.options].map(o => c.measureText(o.text).width));
                    return lebar + parseFloat(gaya.paddingLeft) + parseFloat(gaya.paddingRight) + 16 <= s.clientWidth;
                }
                """);
            var kanan = await pilihan.EvaluateAsync<double>("s => s.getBoundingClientRect().right");
            Assert.True(kanan <= page.ViewportSize!.Width, $"{label} on {alamat} sticks out of the screen");
            if (!(ponsel && label == "Rumus capaian")) Assert.True(muat, $"{label} on {alamat} cuts its options off");
        }
        await page.GotoAsync("/aturan/variabel");
        await Langkah.TangkapLayarAsync(page, $"aturan-variabel-pilihan{Akhiran(ponsel)}");
        await page.Context.CloseAsync();
    }

    [TeoriPeramban]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Referensi_API_tidak_memuat_apa_pun_dari_luar(bool ponsel)
    {
        var page = await peramban.HalamanBaruAsync(ponsel);
        var permintaan = new List<string>();
        var ditolak = new List<string>();
        page.Request += (_, r) => permintaan.Add(r.Url);
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Text.Contains("Refused to", StringComparison.Ordinal))
                ditolak.Add(m.Text);
        };
        await page.GotoAsync("/scalar", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(1500);

        var asal = peramban.App.Origin.GetLeftPart(UriPartial.Authority) + "/";
        Assert.NotEmpty(permintaan);
        Assert.All(permintaan.Where(u => !u.StartsWith("data:", StringComparison.Ordinal) && !u.StartsWith("blob:", StringComparison.Ordinal)),
            u => Assert.StartsWith(asal, u, StringComparison.Ordinal));
        // A request the security policy stopped would not show above: the browser says so on its console.
        Assert.Empty(ditolak);
        await Langkah.TangkapLayarAsync(page, $"scalar-tanpa-sumber-luar{Akhiran(ponsel)}");
        await page.Context.CloseAsync();
    }

    [TeoriPeramban]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Terlalu_banyak_percobaan_masuk_menampilkan_halaman_bukan_JSON(bool ponsel)
    {
        using var app = new WebApp(new Dictionary<string, string> { ["Renstra:Login:PermitPerMinute"] = "3" });
        var page = await peramban.HalamanBaruAsync(ponsel, app: app);
        for (var i = 0; i < 3; i++) await Langkah.MasukAsync(page, "tidak.ada@renstra.local", $"Salah#Sandi{i}xx", berhasil: false);
        await Langkah.MasukAsync(page, "tidak.ada@renstra.local", "Salah#Sandi9xx", berhasil: false);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Terlalu banyak percobaan masuk" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(new Regex("Coba lagi dalam \\d+ detik"));
        var teks = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("{", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("status", teks, StringComparison.Ordinal);
        // Styled like the app (the page's own style sheet applied).
        var latar = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.kepala')).backgroundColor");
        Assert.Equal("rgb(11, 79, 138)", latar);
        await Langkah.TangkapLayarAsync(page, $"masuk-batas-percobaan{Akhiran(ponsel)}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke halaman masuk" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Masuk" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static string Akhiran(bool ponsel) => ponsel ? "-ponsel" : "";

    private static double Piksel(string css) => double.Parse(css.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("\\d+")]
    private static partial Regex AngkaPertama();
}
