using System.Text;
using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

[Collection(PerambanCollection.Nama)]
public sealed class UnggahDanKunciTests(Peramban peramban)
{
    private const string Lembar = "/isian/KoperasiUmkm/2023";

    [FaktaPeramban]
    public async Task Operator_mengunggah_berkas_templat_lalu_admin_mengunci_periode()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.OperatorKukm);
        await page.GotoAsync(Lembar);

        var templat = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Templat CSV" }).ClickAsync());
        var isiTemplat = await File.ReadAllTextAsync((await templat.PathAsync())!);
        Assert.StartsWith("Kode,Nama,Satuan,Nilai", isiTemplat.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("JumlahKoperasi", isiTemplat, StringComparison.Ordinal);

        var csv = "Kode,Nama,Satuan,Nilai\r\nJumlahKoperasi,Jumlah koperasi,unit,120\r\nKoperasiAktif,Koperasi aktif,unit,90\r\n";
        await page.Locator("#berkas").SetInputFilesAsync(new FilePayload { Name = "isian.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("revisi 1");
        await Assertions.Expect(page.Locator(".daftar-revisi")).ToContainTextAsync("unggahan berkas CSV");
        await Assertions.Expect(page.Locator("#nilai-JumlahKoperasi")).ToHaveValueAsync("120");
        // 90 / 120 × 100
        Assert.Equal("75", await Langkah.TungguSelDasborAsync(page, "/?tahun=2023&modul=KoperasiUmkm", "IKU-03", "realisasi", "75"));
        await Langkah.TangkapLayarAsync(page, "operator-kukm-unggah-dasbor");

        var admin = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(admin, WebApp.Admin);
        await admin.GotoAsync(Lembar);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Kunci periode" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("status-kunci")).ToContainTextAsync("Terkunci");

        await page.GotoAsync(Lembar);
        await Assertions.Expect(page.GetByTestId("status-kunci")).ToContainTextAsync("Terkunci");
        await Assertions.Expect(page.GetByText("Periode ini terkunci")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("input[name^='Nilai[']").CountAsync());
        await Langkah.TangkapLayarAsync(page, "operator-kukm-periode-terkunci");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Buka kunci periode" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("status-kunci")).ToContainTextAsync("Terbuka");
        await admin.Context.CloseAsync();
        await page.Context.CloseAsync();
    }
}
