using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Evaluasi;

/// <summary>
/// The evaluation end to end in the browser: Admin sets the DPA, the operator enters realisasi anggaran and
/// the data of four quarters, Pimpinan reads Formulir E.81 and prints it; the PDF's text (Chromium's print,
/// read back with pdftotext) holds the totals, the averages and the signature block.
/// </summary>
[Collection(PerambanCollection.Nama)]
public sealed class FormulirE81CetakTests(Peramban peramban)
{
    private static readonly (string S01, string S02, string Total, string Mengacu, string Perusahaan, string Rtk)[] Triwulan =
    [
        ("20.000.000", "10.000.000", "50", "1", "200", "5"),
        ("30.000.000", "10.000.000", "50", "0", "200", "15"),
        ("40.000.000", "15.000.000", "50", "1", "200", "25"),
        ("35.000.000", "20.000.000", "50", "1", "200", "40"),
    ];

    [FaktaPeramban]
    public async Task Operator_mengisi_realisasi_anggaran_dan_pimpinan_mencetak_formulir_e81()
    {
        var admin = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(admin, WebApp.Admin);
        await admin.GotoAsync("/evaluasi/anggaran?tahun=2025");
        await admin.GetByLabel("DPA murni Penyusunan Rencana Tenaga Kerja Makro").FillAsync("130.000.000");
        await admin.GetByLabel("DPA murni Penyusunan Rencana Tenaga Kerja Mikro").FillAsync("50.000.000");
        await admin.GetByLabel("DPA perubahan Penyusunan Rencana Tenaga Kerja Mikro").FillAsync("60.000.000");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Simpan DPA" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("pesan-sukses")).ToContainTextAsync("DPA tersimpan");
        await Assertions.Expect(admin.GetByTestId("total-dpa")).ToHaveTextAsync("190.000.000");
        await Langkah.TangkapLayarAsync(admin, "admin-dpa-2025");
        await admin.Context.CloseAsync();

        var op = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(op, WebApp.OperatorNaker);
        // Above the DPA: refused in Indonesian, nothing stored.
        await op.GotoAsync("/evaluasi/realisasi/Ketenagakerjaan/2025-T1");
        await op.GetByLabel("Penyusunan Rencana Tenaga Kerja Makro").FillAsync("130.000.001");
        await op.GetByRole(AriaRole.Button, new() { Name = "Simpan realisasi" }).ClickAsync();
        await Assertions.Expect(op.GetByTestId("pesan-galat")).ToContainTextAsync("melebihi DPA");
        await Assertions.Expect(op.GetByTestId("status-kunci")).ToContainTextAsync("belum ada data");
        await Langkah.TangkapLayarAsync(op, "operator-realisasi-melebihi-dpa");
        for (var t = 0; t < 4; t++)
        {
            var q = Triwulan[t];
            await op.GotoAsync($"/evaluasi/realisasi/Ketenagakerjaan/2025-T{t + 1}");
            await op.GetByLabel("Penyusunan Rencana Tenaga Kerja Makro").FillAsync(q.S01);
            await op.GetByLabel("Penyusunan Rencana Tenaga Kerja Mikro").FillAsync(q.S02);
            await op.GetByRole(AriaRole.Button, new() { Name = "Simpan realisasi" }).ClickAsync();
            await Assertions.Expect(op.GetByTestId("pesan-sukses")).ToContainTextAsync("revisi 1");

            await op.GotoAsync($"/isian/Ketenagakerjaan/2025-T{t + 1}");
            await op.Locator("#nilai-KegiatanTotal").FillAsync(q.Total);
            await op.Locator("#nilai-KegiatanMengacuRtk").FillAsync(q.Mengacu);
            await op.Locator("#nilai-JumlahPerusahaan").FillAsync(q.Perusahaan);
            await op.Locator("#nilai-PerusahaanMenyusunRtk").FillAsync(q.Rtk);
            await op.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
            await Assertions.Expect(op.GetByTestId("pesan-sukses")).ToContainTextAsync("revisi 1");
        }
        await op.GotoAsync("/evaluasi/realisasi/Ketenagakerjaan/2025-T4");
        await Langkah.TangkapLayarAsync(op, "operator-realisasi-anggaran-t4");
        await op.Context.CloseAsync();

        var pimpinan = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(pimpinan, WebApp.Pimpinan);
        var alamat = "/evaluasi/renja?tahun=2025&triwulan=4";
        var batas = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await pimpinan.GotoAsync(alamat);
            var jumlah = (await pimpinan.Locator("[data-testid='baris-jumlah'] [data-kolom='rp12']").InnerTextAsync()).Trim();
            var kegiatan = (await pimpinan.Locator("tr[data-id='P02.K01'][data-kode='KEG-01'] [data-kolom='k12']").InnerTextAsync()).Trim();
            if ((jumlah == "180.000.000" && kegiatan == "20") || DateTime.UtcNow > batas) break;
            await Task.Delay(500);
        }
        await Assertions.Expect(pimpinan.Locator("[data-testid='baris-jumlah'] [data-kolom='rp12']")).ToHaveTextAsync("180.000.000");
        await Assertions.Expect(pimpinan.Locator("tr[data-id='P02.K01'][data-kode='KEG-01'] [data-kolom='k12']")).ToHaveTextAsync("20");
        await Assertions.Expect(pimpinan.Locator("[data-kolom='capaian-anggaran']")).ToContainTextAsync("94,74");
        await Assertions.Expect(pimpinan.Locator("[data-kolom='predikat-anggaran']")).ToHaveTextAsync("Sangat Tinggi");
        await pimpinan.GetByLabel("Faktor pendorong keberhasilan pencapaian").FillAsync("Perusahaan aktif menyusun rencana tenaga kerja.");
        await pimpinan.GetByRole(AriaRole.Button, new() { Name = "Simpan catatan" }).ClickAsync();
        await Assertions.Expect(pimpinan.GetByTestId("pesan-sukses")).ToContainTextAsync("versi 1");
        await Langkah.TangkapLayarAsync(pimpinan, "pimpinan-formulir-e81-2025");

        await pimpinan.GotoAsync("/evaluasi/renja/cetak?tahun=2025&triwulan=4");
        await Langkah.TangkapLayarAsync(pimpinan, "pimpinan-formulir-e81-cetak");
        var pdf = Path.Combine(Langkah.FolderTangkapan, "formulir-e81-2025.pdf");
        await pimpinan.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", Landscape = true, PrintBackground = true });
        var teks = await Langkah.PdfKeTeksAsync(pdf);
        Assert.Contains("FORMULIR E.81", teks.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Contains("Tahun 2025 s.d. Triwulan IV", teks, StringComparison.Ordinal);
        Assert.Contains("180.000.000", teks, StringComparison.Ordinal);
        Assert.Contains("190.000.000", teks, StringComparison.Ordinal);
        Assert.Contains("94,74", teks, StringComparison.Ordinal);
        Assert.Contains("Sangat Tinggi", teks, StringComparison.Ordinal);
        Assert.Contains("Perusahaan aktif menyusun rencana tenaga kerja.", teks, StringComparison.Ordinal);
        Assert.Contains("NIP.", teks, StringComparison.Ordinal);
        await pimpinan.Context.CloseAsync();

        var ponsel = await peramban.HalamanBaruAsync(ponsel: true);
        await Langkah.MasukAsync(ponsel, WebApp.Pimpinan);
        await ponsel.GotoAsync(alamat);
        await Assertions.Expect(ponsel.GetByTestId("tabel-e81")).ToBeVisibleAsync();
        await Langkah.TangkapLayarAsync(ponsel, "pimpinan-formulir-e81-ponsel");
        await ponsel.GotoAsync("/evaluasi/lkjip?tahun=2025");
        // Efisiensi by the default formula: capaian 105,63 ÷ serapan 94,74 × 100.
        await Assertions.Expect(ponsel.Locator("tr[data-id='P02'] [data-kolom='efisiensi']")).ToHaveTextAsync("111,49");
        await Langkah.TangkapLayarAsync(ponsel, "pimpinan-lkjip-ponsel");
        await ponsel.GotoAsync("/evaluasi/anggaran?tahun=2025");
        await Assertions.Expect(ponsel.GetByTestId("serapan")).ToContainTextAsync("94,74");
        await Langkah.TangkapLayarAsync(ponsel, "pimpinan-anggaran-ponsel");
        await ponsel.Context.CloseAsync();

        var lkjip = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(lkjip, WebApp.Pimpinan);
        await lkjip.GotoAsync("/evaluasi/lkjip?tahun=2025");
        await Assertions.Expect(lkjip.GetByTestId("tabel-efisiensi")).ToContainTextAsync("Program Perencanaan Tenaga Kerja");
        await Langkah.TangkapLayarAsync(lkjip, "pimpinan-lkjip");
        await lkjip.Context.CloseAsync();
    }
}
