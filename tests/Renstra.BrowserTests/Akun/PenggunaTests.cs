using Microsoft.Playwright;
using Renstra.BrowserTests.Infrastructure;

namespace Renstra.BrowserTests.Akun;

/// <summary>The administrator's accounts and audit pages, as an admin and the people they serve use them.</summary>
[Collection(PerambanCollection.Nama)]
public sealed class PenggunaTests(Peramban peramban)
{
    private const string KataSandiBaru = "Belitung#Timur2026";

    private static async Task BuatAkunAsync(IPage admin, string email, string nama, string peran, string? bidang)
    {
        await admin.GotoAsync("/pengguna");
        await admin.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await admin.GetByLabel("Nama lengkap").FillAsync(nama);
        await admin.GetByLabel("Peran").SelectOptionAsync(new SelectOptionValue { Label = peran });
        if (bidang is not null) await admin.GetByLabel("Bidang").SelectOptionAsync(new SelectOptionValue { Label = bidang });
        await admin.GetByLabel("Kata sandi awal").FillAsync(KataSandiBaru);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Buat akun" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("pesan-sukses")).ToHaveTextAsync($"Akun {email} dibuat.");
    }

    [FaktaPeramban]
    public async Task Admin_membuat_operator_yang_lalu_masuk_dan_mengirim_data()
    {
        var admin = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(admin, WebApp.Admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Pengguna" }).ClickAsync();

        // A weak password is refused next to its field, and nothing is created.
        await admin.GetByLabel("Email", new() { Exact = true }).FillAsync("lemah@renstra.local");
        await admin.GetByLabel("Nama lengkap").FillAsync("Sandi Lemah");
        await admin.GetByLabel("Bidang").SelectOptionAsync(new SelectOptionValue { Label = "Ketenagakerjaan" });
        await admin.GetByLabel("Kata sandi awal").FillAsync("pendek");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Buat akun" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Kata sandi minimal 12 karakter.", new() { Exact = false }).Last).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("tr[data-email='lemah@renstra.local']")).ToHaveCountAsync(0);
        await Langkah.TangkapLayarAsync(admin, "pengguna-sandi-lemah");

        await BuatAkunAsync(admin, "operator.baru@renstra.local", "Operator Baru", "Operator bidang", "Ketenagakerjaan");
        var baris = admin.Locator("tr[data-email='operator.baru@renstra.local']");
        await Assertions.Expect(baris).ToContainTextAsync("Operator bidang");
        await Assertions.Expect(baris.Locator("[data-kolom='status']")).ToHaveTextAsync("Aktif");
        await Langkah.TangkapLayarAsync(admin, "pengguna-operator-dibuat");

        var operatorBaru = await peramban.HalamanBaruAsync();
        await Langkah.MasukAsync(operatorBaru, "operator.baru@renstra.local", KataSandiBaru);
        await Assertions.Expect(operatorBaru.GetByTestId("modul-diisi")).ToContainTextAsync("Ketenagakerjaan");
        await operatorBaru.GotoAsync("/isian/Ketenagakerjaan/2023");
        await operatorBaru.Locator("#nilai-AngkatanKerja").FillAsync("69.000");
        await operatorBaru.Locator("#nilai-Pengangguran").FillAsync("2.100");
        await operatorBaru.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(operatorBaru.GetByTestId("pesan-sukses")).ToContainTextAsync("revisi");
        await Langkah.TangkapLayarAsync(operatorBaru, "operator-baru-mengirim");
        await operatorBaru.Context.CloseAsync();

        // The audit page tells who created the account, in words.
        await admin.GetByRole(AriaRole.Link, new() { Name = "Jejak audit" }).ClickAsync();
        await admin.GetByLabel("Jenis catatan").SelectOptionAsync(new SelectOptionValue { Label = "Akun pengguna" });
        await admin.GetByLabel("Oleh (email)").FillAsync(WebApp.Admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        var audit = admin.GetByTestId("tabel-audit");
        await Assertions.Expect(audit).ToContainTextAsync("operator.baru@renstra.local");
        await Assertions.Expect(audit).ToContainTextAsync("Akun pengguna");
        var teks = await admin.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("PasswordHash", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("{", teks, StringComparison.Ordinal);
        await Langkah.TangkapLayarAsync(admin, "audit-akun-dibuat");
        await admin.Context.CloseAsync();
    }

    [FaktaPeramban]
    public async Task Akun_yang_terkunci_dibuka_kuncinya_oleh_admin()
    {
        var admin = await peramban.HalamanBaruAsync(ponsel: true);
        await Langkah.MasukAsync(admin, WebApp.Admin);
        await BuatAkunAsync(admin, "pimpinan.kedua@renstra.local", "Pimpinan Kedua", "Pimpinan", null);

        var orang = await peramban.HalamanBaruAsync(ponsel: true);
        for (var i = 0; i < 5; i++) await Langkah.MasukAsync(orang, "pimpinan.kedua@renstra.local", $"Salah#Sandi{i}xx", berhasil: false);
        await Assertions.Expect(orang.GetByRole(AriaRole.Alert)).ToContainTextAsync("Akun dikunci sementara");
        await Assertions.Expect(orang.GetByRole(AriaRole.Alert)).ToContainTextAsync("WIB");
        await Langkah.TangkapLayarAsync(orang, "masuk-terkunci-ponsel");

        await admin.GotoAsync("/pengguna");
        var baris = admin.Locator("tr[data-email='pimpinan.kedua@renstra.local']");
        await Assertions.Expect(baris.Locator("[data-kolom='status']")).ToContainTextAsync("Terkunci sampai");
        await Langkah.TangkapLayarAsync(admin, "pengguna-terkunci-ponsel");
        await baris.GetByRole(AriaRole.Button, new() { Name = "Buka kunci" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("pesan-sukses")).ToHaveTextAsync("Kunci akun pimpinan.kedua@renstra.local dibuka.");
        await Assertions.Expect(admin.Locator("tr[data-email='pimpinan.kedua@renstra.local'] [data-kolom='status']")).ToHaveTextAsync("Aktif");

        await Langkah.MasukAsync(orang, "pimpinan.kedua@renstra.local", KataSandiBaru);
        await Assertions.Expect(orang.GetByTestId("peran")).ToHaveTextAsync("Pimpinan");

        // Deactivated, the person's open session ends at the next page.
        await admin.Locator("tr[data-email='pimpinan.kedua@renstra.local']").GetByRole(AriaRole.Button, new() { Name = "Nonaktifkan" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("pesan-sukses")).ToHaveTextAsync("Akun pimpinan.kedua@renstra.local dinonaktifkan.");
        await orang.GotoAsync("/");
        Assert.Equal("/masuk", new Uri(orang.Url).AbsolutePath);
        await Langkah.TangkapLayarAsync(admin, "pengguna-dinonaktifkan-ponsel");
        await orang.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }
}
