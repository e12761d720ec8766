using System.Text;
using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Skenario;

/// <summary>
/// The usaha mikro register pages: a NIK is refused, add, skala per year with naik kelas, a service, deactivate with
/// history, search and filter (kecamatan, skala, sektor, status), import with its report, at desktop and phone width.
/// </summary>
[Collection(PerambanCollection.Nama)]
public sealed class RegisterUsahaMikroTests(Peramban peramban)
{
    // Active from 2026 only, so no other test's earlier years gain register values.
    private const string Nama = "Keripik Simpor Gantung";

    [Fact]
    public async Task Operator_mendaftarkan_usaha_mikro_mencatat_naik_kelas_dan_layanan_lalu_mencari_dan_mengimpor()
    {
        var page = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(page, WebApp.OperatorKukm);
        await page.GetByRole(AriaRole.Link, new() { Name = "Register usaha mikro" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register usaha mikro", Level = 1 })).ToBeVisibleAsync();

        // A 16-digit number looks like a NIK: refused, nothing stored.
        await page.GetByLabel("Nomor induk (NIB atau nomor Dinas, bukan NIK)").FillAsync("1906011234567890");
        await page.GetByLabel("Nama usaha").FillAsync(Nama);
        await page.Locator("#Baru_Kecamatan").SelectOptionAsync(new SelectOptionValue { Label = "Gantung" });
        await page.Locator("#Baru_Sektor").FillAsync("Kuliner");
        await page.GetByLabel("Tanggal izin usaha (kosong bila belum)").FillAsync("2026-01-10");
        await page.GetByLabel("Aktif sejak (kosong: sejak awal Renstra)").FillAsync("2026-01-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan usaha mikro" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-galat")).ToContainTextAsync("NIK");
        await Assertions.Expect(page.Locator("#Baru_NomorInduk")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#Baru_NamaUsaha")).ToHaveValueAsync(Nama);
        await Assertions.Expect(page.GetByTestId("tabel-usaha-mikro").GetByRole(AriaRole.Link, new() { Name = Nama })).ToHaveCountAsync(0);
        await Langkah.TangkapLayarAsync(page, "register-usaha-mikro-nik-ditolak");

        await page.GetByLabel("Nomor induk (NIB atau nomor Dinas, bukan NIK)").FillAsync("9120009990001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan usaha mikro" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Nama, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("izin-usaha-mikro")).ToContainTextAsync("Berizin sejak 10 Januari 2026");
        await Assertions.Expect(page.GetByTestId("skala-usaha-mikro")).ToContainTextAsync("belum dicatat");

        // Mikro in 2025, kecil in 2026: naik kelas, marked on 2026 only.
        await page.Locator("#TahunSkala").FillAsync("2025");
        await page.Locator("#Skala").SelectOptionAsync("Mikro");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan skala" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("Skala tahun 2025 tersimpan");
        await page.Locator("#TahunSkala").FillAsync("2026");
        await page.Locator("#Skala").SelectOptionAsync("Kecil");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan skala" }).ClickAsync();
        var skala = page.GetByTestId("tabel-skala");
        await Assertions.Expect(skala.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(skala.Locator("tr", new() { HasText = "2026" }).GetByTestId("naik-kelas")).ToHaveTextAsync("Naik kelas");
        await Assertions.Expect(skala.Locator("tr", new() { HasText = "2025" }).GetByTestId("naik-kelas")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("skala-usaha-mikro")).ToContainTextAsync("Kecil (2026)");

        await page.Locator("#JenisLayanan").SelectOptionAsync("FasilitasiPemasaran");
        await page.Locator("#TanggalLayanan").FillAsync("2026-02-03");
        await page.GetByRole(AriaRole.Button, new() { Name = "Catat layanan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-sukses")).ToContainTextAsync("Layanan tercatat");
        await Assertions.Expect(page.GetByTestId("tabel-layanan")).ToContainTextAsync("Fasilitasi pemasaran");
        // The register change is derived by a queued job; the page says where that stands.
        await Assertions.Expect(page.GetByTestId("antrian-turunan")).ToBeVisibleAsync();

        await page.Locator("#Isian_Status").SelectOptionAsync("TidakAktif");
        await page.GetByLabel("Status berlaku sejak").FillAsync("2026-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-usaha-mikro")).ToContainTextAsync("Tidak aktif sejak 1 Maret 2026");
        await Assertions.Expect(page.GetByTestId("riwayat-usaha-mikro").Locator("li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("riwayat-usaha-mikro")).ToContainTextAsync("Status Aktif → Tidak Aktif");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("1906011234567890");
        await Langkah.TangkapLayarAsync(page, "register-usaha-mikro-rinci");

        // The list: search and filter by kecamatan, skala, sektor and status.
        await page.GotoAsync("/register/usaha-mikro");
        await page.GetByLabel("Cari nama, nomor induk atau sektor").FillAsync("simpor");
        await page.Locator("#kecamatan").SelectOptionAsync(new SelectOptionValue { Label = "Gantung" });
        await page.Locator("#skala").SelectOptionAsync("Kecil");
        await page.Locator("#sektor").FillAsync("kuli");
        await page.Locator("#status").SelectOptionAsync("TidakAktif");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        var tabel = page.GetByTestId("tabel-usaha-mikro");
        await Assertions.Expect(tabel.GetByRole(AriaRole.Link, new() { Name = Nama })).ToBeVisibleAsync();
        await Assertions.Expect(tabel.Locator("tbody tr")).ToContainTextAsync("Kecil (2026)");
        await page.Locator("#skala").SelectOptionAsync("Mikro");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Assertions.Expect(tabel.GetByRole(AriaRole.Link, new() { Name = Nama })).ToHaveCountAsync(0);
        await page.Locator("#skala").SelectOptionAsync("");
        await page.Locator("#sektor").FillAsync("kerajinan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Assertions.Expect(tabel.GetByRole(AriaRole.Link, new() { Name = Nama })).ToHaveCountAsync(0);

        // Import: the NIK row stops the whole file, unless only the good rows are asked for.
        await page.GotoAsync("/register/usaha-mikro");
        var csv = "NomorInduk,NamaUsaha,Kecamatan,Sektor,TanggalIzin,StatusSejak\r\n" +
                  "9120009990002,Anyaman Pandan Manggar,Manggar,Kerajinan,,2026-02-01\r\n" +
                  "1906019876543210,Usaha Ber-NIK,Manggar,Kuliner,,2026-02-01\r\n";
        var berkas = new FilePayload { Name = "usaha.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) };
        await page.Locator("#berkas-impor").SetInputFilesAsync(berkas);
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pesan-galat")).ToContainTextAsync("baris 3");
        await Assertions.Expect(page.GetByTestId("pesan-galat")).ToContainTextAsync("tidak ada yang disimpan");
        await Assertions.Expect(page.GetByTestId("tabel-usaha-mikro").GetByRole(AriaRole.Link, new() { Name = "Anyaman Pandan Manggar" })).ToHaveCountAsync(0);
        await Langkah.TangkapLayarAsync(page, "register-usaha-mikro-impor-ditolak");

        await page.Locator("#berkas-impor").SetInputFilesAsync(berkas);
        await page.GetByLabel("Simpan hanya baris yang benar").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor" }).ClickAsync();
        var laporan = page.GetByTestId("laporan-impor");
        await Assertions.Expect(laporan).ToContainTextAsync("1 baru");
        await Assertions.Expect(laporan.Locator("thead")).ToContainTextAsync("Nomor induk");
        await Assertions.Expect(laporan.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(laporan.Locator("tbody tr")).ToContainTextAsync("NIK");
        await Assertions.Expect(page.GetByTestId("tabel-usaha-mikro").GetByRole(AriaRole.Link, new() { Name = "Anyaman Pandan Manggar" })).ToBeVisibleAsync();
        await Langkah.TangkapLayarAsync(page, "register-usaha-mikro-impor-laporan");
        await page.Context.CloseAsync();

        // Phone width: the same pages stay usable at 390 px, read only for the Pimpinan.
        var ponsel = await peramban.HalamanBaruAsync(ponsel: true);
        await Langkah.MasukAsync(ponsel, WebApp.Pimpinan);
        await ponsel.GotoAsync("/register/usaha-mikro?cari=simpor");
        await Assertions.Expect(ponsel.GetByRole(AriaRole.Link, new() { Name = Nama })).ToBeVisibleAsync();
        await Assertions.Expect(ponsel.GetByRole(AriaRole.Heading, new() { Name = "Tambah usaha mikro" })).ToHaveCountAsync(0);
        await Langkah.TangkapLayarAsync(ponsel, "register-usaha-mikro-daftar-ponsel");
        await ponsel.GetByRole(AriaRole.Link, new() { Name = Nama }).ClickAsync();
        await Assertions.Expect(ponsel.GetByTestId("naik-kelas")).ToBeVisibleAsync();
        await Assertions.Expect(ponsel.GetByRole(AriaRole.Button, new() { Name = "Simpan skala" })).ToHaveCountAsync(0);
        await Langkah.TangkapLayarAsync(ponsel, "register-usaha-mikro-rinci-ponsel");
        await ponsel.Context.CloseAsync();
    }
}
