using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

/// <summary>
/// The missing-data reminder on the Isian page, the dashboard by quarter, comparing two versions of an
/// indicator, rules export/import, and the formula check while typing.
/// </summary>
[Collection(PerambanCollection.Nama)]
public sealed class PengingatDanAturanTests(Peramban peramban)
{
    [FaktaPeramban]
    public async Task Pengingat_data_yang_belum_diisi_tampil_untuk_admin_dan_operator_bidangnya()
    {
        var admin = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(admin, WebApp.Admin);
        await admin.GotoAsync("/isian");
        var naker = admin.Locator(".pengingat-modul[data-modul='Ketenagakerjaan']");
        // Read from the stored sheets on every visit: there is nothing to recompute.
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Hitung sekarang" })).ToHaveCountAsync(0);
        // Every ended period of the Renstra with a variable still empty is listed, grouped by year, linked to its sheet.
        await Assertions.Expect(naker.Locator("li[data-periode]").First).ToBeAttachedAsync();
        var periodeAdmin = await naker.Locator("li[data-periode]").EvaluateAllAsync<string[]>("li => li.map(x => x.dataset.periode)");
        Assert.NotEmpty(periodeAdmin);
        Assert.Contains(periodeAdmin, p => p.Contains("-T", StringComparison.Ordinal));
        Assert.Contains("2021-T1", periodeAdmin);
        await Assertions.Expect(naker.Locator("details[data-tahun='2021']")).ToHaveCountAsync(1);
        await Assertions.Expect(naker.Locator("li[data-periode] a").First).ToHaveAttributeAsync("href", $"/isian/Ketenagakerjaan/{periodeAdmin[0]}");
        await Assertions.Expect(naker.Locator("li[data-periode] a").First).ToContainTextAsync(new System.Text.RegularExpressions.Regex("^(Triwulan [IV]+|Tahun) \\d{4}$"));
        // Variables are named in words, not by their codes.
        var kurang = await naker.Locator(".variabel-kurang").First.TextContentAsync();
        Assert.Contains("Angkatan kerja", kurang, StringComparison.Ordinal);
        Assert.DoesNotContain("AngkatanKerja", kurang, StringComparison.Ordinal);
        await Langkah.TangkapLayarAsync(admin, "admin-pengingat-kekurangan");
        await admin.Context.CloseAsync();

        // The operator sees only the module they fill, with the same list.
        var op = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(op, WebApp.OperatorNaker);
        // The home page tells the operator, and links to the list.
        await op.GotoAsync("/");
        var beranda = op.GetByTestId("pengingat-beranda");
        await Assertions.Expect(beranda).ToContainTextAsync($"Ketenagakerjaan: data {periodeAdmin.Length} periode yang sudah berakhir belum lengkap");
        await Assertions.Expect(beranda).Not.ToContainTextAsync("Koperasi");
        await Langkah.TangkapLayarAsync(op, "operator-beranda-pengingat");
        await beranda.GetByRole(AriaRole.Link, new() { Name = "Lihat data yang belum diisi" }).ClickAsync();
        await op.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/isian");
        var pengingat = op.GetByTestId("pengingat");
        await Assertions.Expect(pengingat.Locator(".pengingat-modul")).ToHaveCountAsync(1);
        await Assertions.Expect(pengingat.Locator(".pengingat-modul[data-modul='Ketenagakerjaan'] li[data-periode]")).ToHaveCountAsync(periodeAdmin.Length);
        Assert.False(string.IsNullOrWhiteSpace(await pengingat.Locator(".variabel-kurang").First.TextContentAsync()));
        await Langkah.TangkapLayarAsync(op, "operator-pengingat-kekurangan");
        await op.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Dasbor_dapat_menampilkan_satu_triwulan()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.Pimpinan);
        await page.GotoAsync("/?tahun=2024");
        await Assertions.Expect(page.GetByTestId("judul-periode")).ToHaveTextAsync("2024");
        await page.GetByLabel("Periode").SelectOptionAsync(new SelectOptionValue { Label = "Triwulan II" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("triwulan=2", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("judul-periode")).ToHaveTextAsync("Triwulan II 2024");
        await Assertions.Expect(page.GetByLabel("Periode")).ToHaveValueAsync("2");
        await Assertions.Expect(page.Locator("tr[data-kode='RPJMD-01']")).ToHaveCountAsync(1);
        await Langkah.TangkapLayarAsync(page, "pimpinan-dasbor-triwulan");

        // Back to the whole year.
        await page.GetByLabel("Periode").SelectOptionAsync(new SelectOptionValue { Label = "Setahun penuh" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("judul-periode")).ToHaveTextAsync("2024");
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Data_triwulan_yang_dikirim_operator_tampil_di_dasbor_triwulan_itu()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.OperatorNaker);
        await page.GotoAsync("/isian/Ketenagakerjaan/2022-T2");
        await page.Locator("#nilai-AngkatanKerja").FillAsync("80.000");
        await page.Locator("#nilai-Pengangguran").FillAsync("4.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToBeVisibleAsync();

        // 4000 / 80000 × 100 = 5 in Triwulan II 2022, and only there.
        Assert.Equal("5", await Langkah.TungguSelDasborAsync(page, "/?tahun=2022&triwulan=2&modul=Ketenagakerjaan", "RPJMD-01", "realisasi", "5"));
        await Assertions.Expect(page.GetByTestId("judul-periode")).ToHaveTextAsync("Triwulan II 2022");
        await Langkah.TangkapLayarAsync(page, "operator-dasbor-triwulan-ii");
        await page.GetByLabel("Periode").SelectOptionAsync(new SelectOptionValue { Label = "Triwulan I" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("judul-periode")).ToHaveTextAsync("Triwulan I 2022");
        await Assertions.Expect(page.Locator("tr[data-kode='RPJMD-01'] [data-kolom='realisasi']")).Not.ToHaveTextAsync("5");
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Admin_membandingkan_dua_versi_indikator()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.Admin);
        await page.GotoAsync("/aturan/KEG-01");
        var nama = page.GetByLabel("Nama indikator");
        var namaLama = await nama.InputValueAsync();
        var rumus = await page.GetByLabel("Rumus", new() { Exact = true }).InputValueAsync();
        await nama.FillAsync(namaLama + " (diperbarui)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan sebagai versi baru" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("versi");
        var versiBaru = await page.Locator("#versi-b option").CountAsync();
        Assert.True(versiBaru >= 2);

        await page.GetByLabel("Versi A").SelectOptionAsync(new SelectOptionValue { Label = "Versi 1" });
        await page.GetByLabel("Versi B").SelectOptionAsync(new SelectOptionValue { Label = $"Versi {versiBaru}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Bandingkan" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("versiA=1", StringComparison.Ordinal));
        var tabel = page.GetByTestId("tabel-banding");
        await Assertions.Expect(tabel.Locator("thead")).ToContainTextAsync("Versi 1");
        await Assertions.Expect(page.GetByTestId("ringkasan-banding")).ToHaveTextAsync("1 isian aturan berbeda.");
        var barisNama = tabel.Locator("tr[data-isian='Nama']");
        await Assertions.Expect(barisNama).ToHaveAttributeAsync("data-berbeda", "ya");
        await Assertions.Expect(barisNama).ToContainTextAsync("(berbeda)");
        await Assertions.Expect(barisNama.Locator("td").Nth(0)).ToHaveTextAsync(namaLama);
        await Assertions.Expect(barisNama.Locator("td").Nth(1)).ToHaveTextAsync(namaLama + " (diperbarui)");
        var barisRumus = tabel.Locator("tr[data-isian='Rumus']");
        await Assertions.Expect(barisRumus).ToHaveAttributeAsync("data-berbeda", "tidak");
        await Assertions.Expect(barisRumus.Locator("td").Nth(1)).ToHaveTextAsync(rumus);
        await Langkah.TangkapLayarAsync(page, "admin-bandingkan-versi");
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Admin_mengekspor_dan_mengimpor_aturan_dengan_pesan_galat_berbahasa_Indonesia()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.Admin);
        await page.GotoAsync("/aturan");
        var unduh = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh berkas aturan" }).ClickAsync());
        Assert.Equal("aturan-indikator.json", unduh.SuggestedFilename);
        var semua = JsonNode.Parse(await File.ReadAllTextAsync((await unduh.PathAsync())!))!.AsArray();
        Assert.Contains(semua, w => (string?)w!["workflowName"] == "RPJMD-01");
        var keg = semua.Single(w => (string?)w!["workflowName"] == "KEG-02")!.DeepClone();

        // A formula outside the allow-list: the whole file is refused, with the module's Indonesian messages.
        var rusak = keg.DeepClone();
        rusak["rules"]![0]!["actions"]!["onSuccess"]!["context"]!["Expression"] = "data.X.GetType()";
        await UnggahAsync(page, new JsonArray(rusak));
        var galat = page.GetByTestId("pesan-galat");
        await Assertions.Expect(galat).ToContainTextAsync("Impor dibatalkan");
        await Assertions.Expect(galat).ToContainTextAsync("KEG-02");
        await Langkah.TangkapLayarAsync(page, "admin-impor-ditolak");

        // Not JSON at all.
        await page.GetByLabel("Berkas aturan (.json)").SetInputFilesAsync(new FilePayload
        {
            Name = "bukan.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes("ini bukan json"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-galat")).ToContainTextAsync("bukan berkas aturan indikator");

        // A valid change becomes a new version.
        var baik = keg.DeepClone();
        var namaBaru = (string?)baik["rules"]![0]!["properties"]!["nama"] + " (impor)";
        baik["rules"]![0]!["properties"]!["nama"] = namaBaru;
        await UnggahAsync(page, new JsonArray(baik));
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("1 indikator: KEG-02");
        await Assertions.Expect(page.Locator("tr", new() { Has = page.Locator("a[href='/aturan/KEG-02']") })).ToContainTextAsync(namaBaru);
        await Langkah.TangkapLayarAsync(page, "admin-impor-berhasil");
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Rumus_diperiksa_saat_mengetik_tanpa_menekan_tombol()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.Admin);
        await page.GotoAsync("/aturan/KEG-03");
        var rumus = page.GetByLabel("Rumus", new() { Exact = true });
        var asli = await rumus.InputValueAsync();
        var periksa = page.GetByTestId("periksa-rumus");

        // A declared variable, but a method outside the allow-list.
        await rumus.FillAsync("data.PesertaJobFair.GetType()");
        await Assertions.Expect(periksa).ToHaveAttributeAsync("data-valid", "tidak");
        await Assertions.Expect(periksa).ToContainTextAsync("tidak diizinkan");
        Assert.False(string.IsNullOrWhiteSpace(await periksa.InnerTextAsync()));
        // Nothing was submitted: no page load, no uji result.
        await Assertions.Expect(page.GetByTestId("hasil-uji")).ToHaveCountAsync(0);
        await Langkah.TangkapLayarAsync(page, "admin-rumus-diperiksa-saat-mengetik");

        // The check is a POST like any other form: without the antiforgery token it is refused.
        var tanpaToken = await page.APIRequest.PostAsync("/aturan/KEG-03?handler=Periksa",
            new() { Form = page.APIRequest.CreateFormData().Set("Form.Rumus", "data.X") });
        Assert.Equal(400, tanpaToken.Status);

        await rumus.FillAsync(asli + " * 1");
        await Assertions.Expect(periksa).ToHaveAttributeAsync("data-valid", "ya");
        await Assertions.Expect(periksa).ToContainTextAsync("lolos pemeriksaan");
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Tanpa_JavaScript_tombol_Uji_tetap_memeriksa_rumus()
    {
        var page = await peramban.HalamanBaruAsync(javascript: false);
        await Langkah.MasukAsync(page, WebApp.Admin);
        await page.GotoAsync("/aturan/KEG-03");
        await page.GetByLabel("Rumus", new() { Exact = true }).FillAsync("data.X.GetType()");
        await Assertions.Expect(page.GetByTestId("periksa-rumus")).ToBeEmptyAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uji" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-galat")).ToBeVisibleAsync();
        await Langkah.TangkapLayarAsync(page, "admin-uji-tanpa-javascript");
        await page.Context.CloseAsync();
    }

    private static async Task UnggahAsync(IPage page, JsonArray isi)
    {
        await page.GetByLabel("Berkas aturan (.json)").SetInputFilesAsync(new FilePayload
        {
            Name = "aturan.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(isi.ToJsonString()),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor" }).ClickAsync();
    }
}
