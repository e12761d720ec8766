using System.Text;
using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

/// <summary>The koperasi register pages: add, record a service, deactivate with history, search and filter, import with its report.</summary>
[Collection(PerambanCollection.Nama)]
public sealed class RegisterKoperasiTests(Peramban peramban)
{
    // Founded and served in 2026 only, so no other test's earlier years gain register values.
    private const string Nama = "Koperasi Produsen Lada Damar";

    [Fact]
    public async Task Operator_mendaftarkan_melayani_dan_menonaktifkan_koperasi_lalu_mencari_dan_mengimpor()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.OperatorKukm);
        await page.GetByRole(AriaRole.Link, new() { Name = "Register koperasi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register koperasi", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Nomor badan hukum", new() { Exact = true }).FillAsync("77/BH/XVI.7/2026");
        await page.GetByLabel("Nama koperasi").FillAsync(Nama);
        await page.Locator("#Baru_Jenis").SelectOptionAsync("Produsen");
        await page.Locator("#Baru_Kecamatan").SelectOptionAsync(new SelectOptionValue { Label = "Damar" });
        await page.GetByLabel("Tanggal berdiri").FillAsync("2026-01-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan koperasi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Nama })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("status-koperasi")).ToContainTextAsync("Aktif");

        await page.Locator("#JenisLayanan").SelectOptionAsync("Pemeriksaan");
        await page.Locator("#TanggalLayanan").FillAsync("2026-02-03");
        await page.GetByRole(AriaRole.Button, new() { Name = "Catat layanan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("Layanan tercatat");
        await Assertions.Expect(page.GetByTestId("tabel-layanan")).ToContainTextAsync("Pemeriksaan/pengawasan");

        await page.Locator("#Isian_Status").SelectOptionAsync("TidakAktif");
        await page.GetByLabel("Status berlaku sejak").FillAsync("2026-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-koperasi")).ToContainTextAsync("Tidak aktif sejak 1 Maret 2026");
        await Assertions.Expect(page.GetByTestId("riwayat-koperasi").Locator("li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("riwayat-koperasi")).ToContainTextAsync("Status Aktif → Tidak Aktif");
        await Langkah.TangkapLayarAsync(page, "register-koperasi-rinci");

        // The list: search and filter by kecamatan and status.
        await page.GotoAsync("/register/koperasi");
        await page.GetByLabel("Cari nama atau nomor badan hukum").FillAsync("lada");
        await page.Locator("#kecamatan").SelectOptionAsync(new SelectOptionValue { Label = "Damar" });
        await page.Locator("#status").SelectOptionAsync("TidakAktif");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("tabel-koperasi").GetByRole(AriaRole.Link, new() { Name = Nama })).ToBeVisibleAsync();
        await page.Locator("#status").SelectOptionAsync("Aktif");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("tabel-koperasi").GetByRole(AriaRole.Link, new() { Name = Nama })).ToHaveCountAsync(0);

        // Import: one bad row stops the whole file, unless only the good rows are asked for.
        var csv = "NomorBadanHukum,Nama,Jenis,Alamat,Kecamatan,TanggalBerdiri\r\n" +
                  "78/BH/2026,Koperasi Nelayan Gantung,Produsen,Jl. Pantai,Gantung,2026-02-01\r\n" +
                  "79/BH/2026,Koperasi Tanpa Kecamatan,Jasa,Jl. Entah,Negeri Antah,2026-02-01\r\n";
        var berkas = new FilePayload { Name = "koperasi.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) };
        await page.Locator("#berkas-impor").SetInputFilesAsync(berkas);
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-galat")).ToContainTextAsync("baris 3");
        await Assertions.Expect(page.GetByTestId("pesan-galat")).ToContainTextAsync("tidak ada yang disimpan");
        await Langkah.TangkapLayarAsync(page, "register-koperasi-impor-ditolak");

        await page.Locator("#berkas-impor").SetInputFilesAsync(berkas);
        await page.GetByLabel("Simpan hanya baris yang benar").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor" }).ClickAsync();
        var laporan = page.GetByTestId("laporan-impor");
        await Assertions.Expect(laporan).ToContainTextAsync("1 baru");
        await Assertions.Expect(laporan.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(laporan.Locator("tbody tr")).ToContainTextAsync("79/BH/2026");
        await Langkah.TangkapLayarAsync(page, "register-koperasi-impor-laporan");

        // The kabupaten sheet says which variables come from the register.
        await page.GotoAsync("/isian/KoperasiUmkm/2026");
        await Assertions.Expect(page.Locator(".isian-lembar", new() { Has = page.Locator("#nilai-KoperasiDiperiksa") }).GetByTestId("dari-register")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".isian-lembar", new() { Has = page.Locator("#nilai-KoperasiBerkualitas") }).GetByTestId("dari-register")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();

        // Phone width: the same pages stay usable at 390 px.
        var ponsel = await peramban.HalamanBaruAsync(ponsel: true);
        await Langkah.MasukAsync(ponsel, WebApp.Pimpinan);
        await ponsel.GotoAsync("/register/koperasi?cari=lada");
        await Assertions.Expect(ponsel.GetByRole(AriaRole.Link, new() { Name = Nama })).ToBeVisibleAsync();
        await Assertions.Expect(ponsel.GetByRole(AriaRole.Heading, new() { Name = "Tambah koperasi" })).ToHaveCountAsync(0); // reads only
        await Langkah.TangkapLayarAsync(ponsel, "register-koperasi-daftar-ponsel");
        await ponsel.GetByRole(AriaRole.Link, new() { Name = Nama }).ClickAsync();
        await Assertions.Expect(ponsel.GetByTestId("riwayat-koperasi")).ToContainTextAsync("Didaftarkan");
        await Langkah.TangkapLayarAsync(ponsel, "register-koperasi-rinci-ponsel");
        await ponsel.Context.CloseAsync();
    }
}
