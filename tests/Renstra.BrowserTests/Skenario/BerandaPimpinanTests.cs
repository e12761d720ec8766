using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;
using Renstra.Shared.Abstractions;

namespace Renstra.BrowserTests.Skenario;

/// <summary>
/// The head of office's pages (issue 13): the beranda's tiles, one table with filters and search, the year ×
/// indicator matrix and the plan tree with pagu; the trend chart; printing and the filtered export.
/// </summary>
[Collection(PerambanCollection.Nama)]
public sealed class BerandaPimpinanTests(Peramban peramban)
{
    private static async Task IsiAsync(IPage page, string modul, string periode, params (string Variabel, string Nilai)[] nilai)
    {
        await page.GotoAsync($"/isian/{modul}/{periode}");
        foreach (var (variabel, isi) in nilai) await page.Locator($"#nilai-{variabel}").FillAsync(isi);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToBeVisibleAsync();
    }

    /// <summary>True when every element of <paramref name="selektor"/> lays out on one line (an inline box that wraps has several client rects).</summary>
    private static Task<bool> SatuBarisAsync(IPage page, string selektor) =>
        page.EvaluateAsync<bool>($"() => [...document.querySelectorAll(\"{selektor}\")].every(e => e.getClientRects().length === 1)");

    /// <summary>The print view's first screen: a full-page screenshot under print emulation does not finish in Chromium.</summary>
    private static Task TangkapCetakAsync(IPage page, string nama) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Langkah.FolderTangkapan, nama + ".png") });

    [TeoriPeramban]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Beranda_meringkas_lalu_menyaring_satu_tabel(bool ponsel)
    {
        var page = await peramban.HalamanBaruAsync(ponsel);
        await Langkah.MasukAsync(page, WebApp.Pimpinan);
        await page.GotoAsync("/?tahun=2024");

        // One table with fixed columns instead of a table per bidang and level; the tiles count the same rows.
        await Assertions.Expect(page.Locator("table.tabel-capaian")).ToHaveCountAsync(1);
        var baris = await page.Locator("table.tabel-capaian tbody tr[data-kode]").CountAsync();
        Assert.True(baris > 80, $"{baris} rows");
        await Assertions.Expect(page.GetByTestId("jumlah-indikator")).ToHaveTextAsync(baris.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("ubin-kategori").Locator("li[data-kategori]")).ToHaveCountAsync(6);
        var kelengkapan = page.GetByTestId("ubin-kelengkapan").Locator("li[data-modul]");
        await Assertions.Expect(kelengkapan).ToHaveCountAsync(3);
        await Assertions.Expect(kelengkapan.First).ToContainTextAsync("indikator berisiko");
        await Assertions.Expect(kelengkapan.First.Locator("[data-kolom='persen']")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{1,3}%$"));
        // Codes such as RPJMD-01 never wrap.
        Assert.True(await SatuBarisAsync(page, "tbody th.kolom-kode a"), "a code wraps");
        await Langkah.TangkapLayarAsync(page, ponsel ? "beranda-pimpinan-ponsel" : "beranda-pimpinan");

        if (ponsel)
        {
            // On a phone the table scrolls sideways and the code column stays where it is.
            var gulir = page.Locator(".tabel-beku").First;
            var kiri = (await gulir.BoundingBoxAsync())!.X;
            Assert.True(await gulir.EvaluateAsync<double>("e => { e.scrollLeft = 500; return e.scrollLeft; }") > 100, "the table does not scroll sideways");
            var kode = (await page.Locator("tr[data-kode='RPJMD-01'] th.kolom-kode").BoundingBoxAsync())!;
            Assert.InRange(kode.X - kiri, -1, 2);
            Assert.True(await page.Locator("tr[data-kode='RPJMD-01'] th.kolom-kode").IsVisibleAsync());
            await Langkah.TangkapLayarAsync(page, "beranda-pimpinan-ponsel-digeser");
        }

        // Level, plan branch and bidang narrow the table and the tiles together.
        await page.GetByLabel("Tingkat").SelectOptionAsync("Sub Kegiatan");
        await page.GetByLabel("Program / kegiatan").SelectOptionAsync("P01.K04");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("cabang=P01.K04", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("tbody tr[data-kode]")).ToHaveCountAsync(7);
        await Assertions.Expect(page.GetByTestId("jumlah-indikator")).ToHaveTextAsync("7");
        Assert.Equal(7, await page.Locator("tbody tr[data-tingkat='Sub Kegiatan'][data-modul='Sekretariat']").CountAsync());
        await Assertions.Expect(page.Locator("table.tabel-capaian")).ToContainTextAsync("Jumlah bulan penyediaan bahan logistik kantor");

        // Searching by words finds indicators by name, whatever the case.
        await page.GotoAsync("/?tahun=2024&modul=KoperasiUmkm");
        await page.GetByLabel("Cari indikator").FillAsync("KOPERASI AKTIF");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("cari=", StringComparison.Ordinal));
        var hasil = page.Locator("tbody tr[data-kode]");
        Assert.True(await hasil.CountAsync() >= 1);
        foreach (var teks in await hasil.Locator("td:nth-child(2)").AllInnerTextsAsync())
            Assert.Contains("koperasi aktif", teks, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(await hasil.CountAsync(), await page.Locator("tbody tr[data-modul='KoperasiUmkm']").CountAsync());
        await Assertions.Expect(page.GetByTestId("ubin-kelengkapan").Locator("li[data-modul]")).ToHaveCountAsync(1);
        await Langkah.TangkapLayarAsync(page, ponsel ? "beranda-cari-ponsel" : "beranda-cari");

        await page.GotoAsync("/?tahun=2024&cari=tidak-ada-indikator-seperti-ini");
        await Assertions.Expect(page.GetByTestId("tanpa-hasil")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Matriks_tahun_berwarna_kategori_dan_pohon_renstra_dengan_pagu_dan_dpa()
    {
        var admin = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(admin, WebApp.Admin);
        // 2200 / 70345 × 100 = 3,13 % unemployment in 2021; the DPA of two sub kegiatan of 2026.
        await IsiAsync(admin, "Ketenagakerjaan", "2021", ("AngkatanKerja", "70.345"), ("Pengangguran", "2.200"));
        await admin.GotoAsync("/evaluasi/anggaran?tahun=2026");
        await admin.GetByLabel("DPA murni Penyusunan Rencana Tenaga Kerja Makro").FillAsync("130.000.000");
        await admin.GetByLabel("DPA murni Penyusunan Rencana Tenaga Kerja Mikro").FillAsync("50.000.000");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Simpan DPA" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("pesan-sukses")).ToContainTextAsync("DPA tersimpan");
        await admin.Context.CloseAsync();

        foreach (var ponsel in new[] { false, true })
        {
            var page = await peramban.HalamanBaruAsync(ponsel);
            await Langkah.MasukAsync(page, WebApp.Pimpinan);
            Assert.Equal("3,13", await Langkah.TungguSelDasborAsync(page, "/?tahun=2021&modul=Ketenagakerjaan", "RPJMD-01", "realisasi", "3,13"));
            await page.GetByRole(AriaRole.Link, new() { Name = "Matriks 2021–2026" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("tampilan=matriks", StringComparison.Ordinal));
            var matriks = page.GetByTestId("matriks");
            await Assertions.Expect(matriks.Locator("thead th")).ToHaveCountAsync(8);
            await Assertions.Expect(matriks.Locator("tbody tr[data-modul], tbody tr[data-kode]").First).ToBeVisibleAsync();
            // The 2021 cell carries the capaian in its category's colour; a year without a result stays uncoloured.
            var sel2021 = matriks.Locator("tr[data-kode='RPJMD-01'] td[data-tahun='2021']");
            await Assertions.Expect(sel2021).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d[\d.]*,\d\d%$"));
            await Assertions.Expect(sel2021).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"kategori-(sangat-tinggi|tinggi|sedang|rendah|sangat-rendah)"));
            // Other tests of the shared app submit other years, so the empty cell is found, not assumed (it is a year
            // of an indicator no test fills): it shows "–" and carries no category colour.
            var kosong = matriks.Locator("tr[data-kode='SUB-03'] td[data-tahun]").Filter(new() { HasTextString = "–" }).First;
            await Assertions.Expect(kosong).ToHaveTextAsync("–");
            await Assertions.Expect(kosong).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("kategori-"));
            Assert.True(await SatuBarisAsync(page, "[data-testid='matriks'] tbody th.kolom-kode a"), "a code wraps");
            await Langkah.TangkapLayarAsync(page, ponsel ? "beranda-matriks-ponsel" : "beranda-matriks");

            await page.GotoAsync("/?tahun=2026&tampilan=pohon");
            var pohon = page.GetByTestId("pohon");
            await Assertions.Expect(pohon.Locator(".simpul-tujuan").First).ToContainTextAsync("Tujuan");
            var program = pohon.Locator("details[data-simpul='P02']");
            await program.Locator("summary").ClickAsync();
            await Assertions.Expect(program).ToContainTextAsync("Penyusunan Rencana Tenaga Kerja Makro");
            // Renstra pagu of 2026 and the DPA in force; the kegiatan sums its sub kegiatan's DPA.
            await Assertions.Expect(pohon.Locator("[data-pagu='P02.K01.S01']")).ToContainTextAsync("Pagu Renstra 2026: Rp 140.000.000");
            await Assertions.Expect(pohon.Locator("[data-pagu='P02.K01.S01']")).ToContainTextAsync("DPA: Rp 130.000.000");
            await Assertions.Expect(pohon.Locator("[data-pagu='P02.K01']")).ToContainTextAsync("DPA: Rp 180.000.000");
            await Assertions.Expect(pohon.Locator("li[data-simpul='P02.K01.S01'] a[data-kode-chip='SUB-01']")).ToBeVisibleAsync();
            await Langkah.TangkapLayarAsync(page, ponsel ? "beranda-pohon-ponsel" : "beranda-pohon");

            // The bidang filter keeps only the branches with that bidang's indicators.
            await page.GotoAsync("/?tahun=2026&tampilan=pohon&modul=Sekretariat");
            await Assertions.Expect(page.GetByTestId("pohon").Locator("details[data-simpul='P02']")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("pohon").Locator("details[data-simpul='P01']")).ToHaveCountAsync(1);
            await page.Context.CloseAsync();
        }
    }

    [FaktaPeramban]
    public async Task Grafik_berlabel_dengan_warna_netral_dan_indikator_predikat_punya_grafik_predikat()
    {
        var op = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(op, WebApp.OperatorKukm);
        // Koperasi aktif 88 of 123 in 2021: 71,54 %.
        await IsiAsync(op, "KoperasiUmkm", "2021", ("KoperasiAktif", "88"), ("JumlahKoperasi", "123"));
        Assert.Equal("71,54", await Langkah.TungguSelDasborAsync(op, "/?tahun=2021&modul=KoperasiUmkm", "IKU-03", "realisasi", "71,54"));
        await op.Context.CloseAsync();

        foreach (var ponsel in new[] { false, true })
        {
            var page = await peramban.HalamanBaruAsync(ponsel);
            await Langkah.MasukAsync(page, WebApp.Pimpinan);
            await page.GotoAsync("/indikator/IKU-03");
            var grafik = page.Locator("[data-testid='grafik-tren'] svg:visible");
            // Every point carries its value; realisasi is drawn blue, never in a category's red.
            await Assertions.Expect(grafik.Locator("text.label-realisasi", new() { HasText = "71,54" })).ToHaveCountAsync(1);
            Assert.Equal("#0b4f8a", await grafik.Locator("polyline.garis-realisasi").GetAttributeAsync("stroke"));
            Assert.True(await grafik.Locator("text.label-target").CountAsync() >= 6);
            await Assertions.Expect(grafik.Locator("g.legenda-grafik")).ToContainTextAsync("Target");
            await Assertions.Expect(grafik.Locator("g.legenda-grafik")).ToContainTextAsync("Realisasi");
            Assert.True(await grafik.Locator("g.badge-capaian").CountAsync() >= 1);
            // The axis steps by 1, 2 or 5 times a power of ten.
            var sumbu = (await grafik.Locator("text.sumbu").AllTextContentsAsync()).Where(t => !t.StartsWith("20", StringComparison.Ordinal) || t.Length != 4)
                .Select(t => decimal.Parse(t, Budaya.Indonesia)).ToList();
            var langkah = sumbu.Zip(sumbu.Skip(1), (a, b) => b - a).Distinct().ToList();
            Assert.Single(langkah);
            Assert.Contains(langkah[0] / (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)langkah[0]))), new[] { 1m, 2m, 5m });
            // Full width, and text a person can read: year labels at least 10 px high on the phone too.
            var kartu = (await page.Locator("section[aria-labelledby='judul-tren']").BoundingBoxAsync())!;
            var lebar = (await grafik.BoundingBoxAsync())!;
            Assert.True(ponsel || lebar.Width > kartu.Width * 0.85, $"chart {lebar.Width} of {kartu.Width}");
            var tahun = (await grafik.Locator("text.sumbu").Last.BoundingBoxAsync())!;
            Assert.True(tahun.Height >= 10, $"year label {tahun.Height} px");
            // The formula reads in words: no variable code on the page.
            await Assertions.Expect(page.GetByTestId("rumus")).ToHaveTextAsync("Koperasi aktif ÷ Jumlah koperasi × 100");
            Assert.DoesNotMatch(@"\b(data|sebelumnya)\.[A-Z]", await page.Locator("main").InnerTextAsync());
            await Langkah.TangkapLayarAsync(page, ponsel ? "indikator-grafik-ponsel" : "indikator-grafik");

            // SAS-01's target is a grade: the page shows the same "BB" as the dashboard and a chart of grades.
            await page.GotoAsync("/indikator/SAS-01");
            await Assertions.Expect(page.Locator("tr[data-periode='2024'] [data-kolom='target']")).ToHaveTextAsync("BB");
            var predikat = page.Locator("[data-testid='grafik-tren'] svg:visible");
            await Assertions.Expect(predikat.Locator("text.sumbu").First).ToHaveTextAsync("AA");
            await Assertions.Expect(predikat.Locator("polyline.garis-target")).ToHaveCountAsync(1);
            await Assertions.Expect(page.GetByTestId("keterangan-grafik")).ToContainTextAsync("predikat");
            await Langkah.TangkapLayarAsync(page, ponsel ? "indikator-predikat-ponsel" : "indikator-predikat");
            await page.GotoAsync("/?tahun=2024&cari=SAS-01");
            await Assertions.Expect(page.Locator("tr[data-kode='SAS-01'] [data-kolom='target']")).ToHaveTextAsync("BB");
            await page.Context.CloseAsync();
        }
    }

    [FaktaPeramban]
    public async Task Cetakan_dan_unduhan_mengikuti_pilihan_dengan_kop_dinas()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.Pimpinan);
        await page.GotoAsync("/?tahun=2024&modul=Ketenagakerjaan&tingkat=IKU");
        var unduh = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("unduh-csv").ClickAsync());
        Assert.Equal("capaian-2024-ketenagakerjaan.csv", unduh.SuggestedFilename);
        var csv = (await File.ReadAllTextAsync((await unduh.PathAsync())!)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Capaian Kinerja Tahun 2024 — Bidang Ketenagakerjaan · tingkat IKU", csv[0]);
        Assert.Equal(WebApp.NamaDinas, csv[1]);
        Assert.Matches(@"^Renstra 2021–2026 · diunduh \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB$", csv[2]);
        var data = csv.Skip(4).Select(b => b.Split(';')).ToList();
        Assert.Equal(await page.Locator("tbody tr[data-kode]").CountAsync(), data.Count);
        Assert.All(data, b => Assert.Equal(("Ketenagakerjaan", "IKU"), (b[1], b[2])));

        // Printed: no menu or filters, the office heading on top, "Halaman n dari m" at the foot.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("nav.navigasi")).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("form.saring")).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".kop-cetak")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".kop-cetak")).ToContainTextAsync(WebApp.NamaDinas);
        await TangkapCetakAsync(page, "beranda-cetak");
        var pdf = Path.Combine(Langkah.FolderTangkapan, "beranda-cetak.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });
        var teks = await Langkah.PdfKeTeksAsync(pdf);
        Assert.Contains(WebApp.NamaDinas.ToUpperInvariant(), teks, StringComparison.Ordinal);
        Assert.Contains("Halaman 1 dari", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("Isian data", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("Unduh CSV", teks, StringComparison.Ordinal);

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GotoAsync("/indikator/IKU-01");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdfIndikator = Path.Combine(Langkah.FolderTangkapan, "indikator-cetak.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdfIndikator, PreferCSSPageSize = true, PrintBackground = true });
        var teksIndikator = await Langkah.PdfKeTeksAsync(pdfIndikator);
        Assert.Contains("IKU-01", teksIndikator, StringComparison.Ordinal);
        Assert.Contains("Halaman 1 dari", teksIndikator, StringComparison.Ordinal);
        Assert.DoesNotContain("Isian data", teksIndikator, StringComparison.Ordinal);
        await TangkapCetakAsync(page, "indikator-cetak");

        // /ekspor without a year is a page to choose one, not a bare error; a wrong year is said in words.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        var halaman = await page.GotoAsync("/ekspor");
        Assert.Equal(200, halaman!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Unduh tabel capaian" })).ToBeVisibleAsync();
        await page.GetByLabel("Bidang").SelectOptionAsync("Sekretariat");
        await page.GetByLabel("Format").SelectOptionAsync("csv");
        var dariForm = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Unduh" }).ClickAsync());
        Assert.EndsWith("-sekretariat.csv", dariForm.SuggestedFilename, StringComparison.Ordinal);
        await Langkah.TangkapLayarAsync(page, "ekspor-tanpa-tahun");
        await page.GotoAsync("/ekspor?tahun=1999");
        await Assertions.Expect(page.GetByTestId("galat-ekspor")).ToHaveTextAsync("Tahun harus antara 2021 dan 2026.");

        // The favicon: linked from every page and answered at the browser's default address too.
        var ikon = await page.GotoAsync("/favicon.ico");
        Assert.True(ikon!.Ok, $"favicon: {ikon.Status}");
        Assert.Equal("image/x-icon", (await ikon.HeaderValueAsync("content-type"))?.Split(';')[0]);
        await page.Context.CloseAsync();

        var ponsel = await peramban.HalamanBaruAsync(ponsel: true);
        await Langkah.MasukAsync(ponsel, WebApp.Pimpinan);
        await ponsel.GotoAsync("/ekspor");
        await Assertions.Expect(ponsel.GetByRole(AriaRole.Button, new() { Name = "Unduh" })).ToBeInViewportAsync();
        await Langkah.TangkapLayarAsync(ponsel, "ekspor-tanpa-tahun-ponsel");
        await ponsel.GotoAsync("/?tahun=2024");
        await ponsel.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(ponsel.Locator(".kop-cetak")).ToBeVisibleAsync();
        await TangkapCetakAsync(ponsel, "beranda-cetak-ponsel");
        await ponsel.Context.CloseAsync();
    }
}
