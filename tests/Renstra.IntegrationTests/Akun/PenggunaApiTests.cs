using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Akun;

/// <summary>The Accounts API of API.md v1.1 (<c>/api/pengguna</c>), end to end.</summary>
public sealed class PenggunaApiTests
{
    private const string KataSandiBaru = "Belitung#Timur2026";

    private static async Task<JsonElement[]> DaftarAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement[]>("/api/pengguna"))!;

    private static async Task<string> IdAsync(HttpClient admin, string email) =>
        (await DaftarAsync(admin)).Single(p => p.GetProperty("email").GetString() == email).GetProperty("id").GetString()!;

    private static async Task<HttpResponseMessage> LoginAsync(RenstraApp app, string email, string password)
    {
        using var client = app.CreateClient();
        return await client.PostAsJsonAsync("/api/auth/login", new { email, password });
    }

    private static async Task<HttpClient> BearerAsync(RenstraApp app, string email, string password)
    {
        var login = await LoginAsync(app, email, password);
        login.EnsureSuccessStatusCode();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

    [Fact]
    public async Task Admin_lists_the_accounts_with_role_module_and_state()
    {
        using var app = new RenstraApp();
        using var admin = await app.ClientForAsync(RenstraApp.Admin);

        var list = await DaftarAsync(admin);

        Assert.Equal(5, list.Length);
        var naker = list.Single(p => p.GetProperty("email").GetString() == RenstraApp.OperatorNaker);
        Assert.Equal("Operator", naker.GetProperty("peran").GetString());
        Assert.Equal("Ketenagakerjaan", naker.GetProperty("modul").GetString());
        Assert.True(naker.GetProperty("aktif").GetBoolean());
        Assert.Equal(JsonValueKind.Null, naker.GetProperty("terkunciSampai").ValueKind);
        Assert.Equal("Pimpinan", list.Single(p => p.GetProperty("email").GetString() == RenstraApp.Pimpinan).GetProperty("peran").GetString());
        Assert.DoesNotContain("passwordHash", JsonSerializer.Serialize(list), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_admin_creates_an_operator_who_then_signs_in_and_submits_and_the_creation_is_audited()
    {
        using var app = new RenstraApp();
        using var admin = await app.ClientForAsync(RenstraApp.Admin);

        var created = await admin.PostAsJsonAsync("/api/pengguna", new
        {
            email = "operator.baru@renstra.local", nama = "Operator Baru", peran = "Operator", modul = "Ketenagakerjaan", kataSandi = KataSandiBaru,
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/pengguna/{body.GetProperty("id").GetString()}", created.Headers.Location?.OriginalString);
        Assert.Equal("Ketenagakerjaan", body.GetProperty("modul").GetString());

        using var baru = await BearerAsync(app, "operator.baru@renstra.local", KataSandiBaru);
        var put = await baru.PutAsJsonAsync("/api/ketenagakerjaan/data/2024", new { nilai = new Dictionary<string, decimal> { ["PendudukUsiaKerja"] = 98620, ["AngkatanKerja"] = 70345, ["PendudukBekerja"] = 67580, ["Pengangguran"] = 2765 } });
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await baru.PutAsJsonAsync("/api/sekretariat/data/2024", new { nilai = new Dictionary<string, decimal> { ["NilaiAkip"] = 65 } })).StatusCode);

        var audit = await admin.GetFromJsonAsync<JsonElement[]>("/api/audit?entitas=Pengguna&oleh=" + RenstraApp.Admin);
        var entry = Assert.Single(audit!, a => a.GetProperty("sesudah").ToString().Contains("operator.baru@renstra.local", StringComparison.Ordinal));
        Assert.Equal(RenstraApp.Admin, entry.GetProperty("oleh").GetString());
        Assert.DoesNotContain("AQAAAA", entry.GetProperty("sesudah").ToString(), StringComparison.Ordinal); // no password hash
    }

    [Fact]
    public async Task Bad_accounts_are_refused_with_field_errors_and_nothing_is_created()
    {
        using var app = new RenstraApp();
        using var admin = await app.ClientForAsync(RenstraApp.Admin);

        var weak = await admin.PostAsJsonAsync("/api/pengguna", new { email = "a@renstra.local", nama = "A", peran = "Pimpinan", kataSandi = "pendek" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("minimal 12", (await ErrorsAsync(weak)).GetProperty("kataSandi")[0].GetString(), StringComparison.Ordinal);

        var role = await admin.PostAsJsonAsync("/api/pengguna", new { email = "b@renstra.local", nama = "B", peran = "Superuser", kataSandi = KataSandiBaru });
        Assert.Equal(HttpStatusCode.BadRequest, role.StatusCode);
        Assert.True((await ErrorsAsync(role)).TryGetProperty("peran", out _));

        var noModule = await admin.PostAsJsonAsync("/api/pengguna", new { email = "c@renstra.local", nama = "C", peran = "Operator", kataSandi = KataSandiBaru });
        Assert.Equal("Operator wajib punya modul bidang.", (await ErrorsAsync(noModule)).GetProperty("modul")[0].GetString());

        var duplicate = await admin.PostAsJsonAsync("/api/pengguna", new { email = RenstraApp.Pimpinan, nama = "D", peran = "Pimpinan", kataSandi = KataSandiBaru });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("sudah dipakai", (await ErrorsAsync(duplicate)).GetProperty("email")[0].GetString(), StringComparison.Ordinal);

        Assert.Equal(5, (await DaftarAsync(admin)).Length);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in_and_its_token_stops_until_it_is_activated_again()
    {
        using var app = new RenstraApp();
        using var admin = await app.ClientForAsync(RenstraApp.Admin);
        using var pimpinan = await BearerAsync(app, RenstraApp.Pimpinan, RenstraApp.DemoPassword);
        var id = await IdAsync(admin, RenstraApp.Pimpinan);

        var off = await admin.PutAsJsonAsync($"/api/pengguna/{id}", new { aktif = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.False((await off.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("aktif").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await pimpinan.GetAsync("/api/indikator")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(app, RenstraApp.Pimpinan, RenstraApp.DemoPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/pengguna/{id}", new { aktif = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(app, RenstraApp.Pimpinan, RenstraApp.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task A_role_change_takes_the_old_rights_away_at_once()
    {
        using var app = new RenstraApp();
        using var admin = await app.ClientForAsync(RenstraApp.Admin);
        using var kukm = await BearerAsync(app, RenstraApp.OperatorKukm, RenstraApp.DemoPassword);
        var id = await IdAsync(admin, RenstraApp.OperatorKukm);

        var changed = await admin.PutAsJsonAsync($"/api/pengguna/{id}", new { peran = "Pimpinan" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pimpinan", body.GetProperty("peran").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("modul").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, (await kukm.PutAsJsonAsync("/api/koperasi-umkm/data/2024", new { nilai = new Dictionary<string, decimal> { ["JumlahKoperasi"] = 1 } })).StatusCode);
        using var again = await BearerAsync(app, RenstraApp.OperatorKukm, RenstraApp.DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await again.PutAsJsonAsync("/api/koperasi-umkm/data/2024", new { nilai = new Dictionary<string, decimal> { ["JumlahKoperasi"] = 1 } })).StatusCode);

        var toOperator = await admin.PutAsJsonAsync($"/api/pengguna/{id}", new { peran = "Operator" });
        Assert.Equal(HttpStatusCode.BadRequest, toOperator.StatusCode);
        Assert.True((await ErrorsAsync(toOperator)).TryGetProperty("modul", out _));
    }

    [Fact]
    public async Task The_last_active_administrator_cannot_be_deactivated_or_demoted()
    {
        using var app = new RenstraApp();
        using var admin = await app.ClientForAsync(RenstraApp.Admin);
        var id = await IdAsync(admin, RenstraApp.Admin);

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync($"/api/pengguna/{id}", new { aktif = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync($"/api/pengguna/{id}", new { peran = "Pimpinan" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/pengguna")).StatusCode);
    }

    [Fact]
    public async Task A_locked_out_account_is_shown_locked_and_an_admin_unlocks_it()
    {
        using var app = new RenstraApp();
        using var admin = await app.ClientForAsync(RenstraApp.Admin);
        for (var i = 0; i < 5; i++) await LoginAsync(app, RenstraApp.OperatorSekretariat, $"Salah#{i}xxxxxx");
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(app, RenstraApp.OperatorSekretariat, RenstraApp.DemoPassword)).StatusCode);
        var id = await IdAsync(admin, RenstraApp.OperatorSekretariat);
        var locked = (await DaftarAsync(admin)).Single(p => p.GetProperty("id").GetString() == id);
        Assert.True(locked.GetProperty("terkunciSampai").GetDateTimeOffset() > DateTimeOffset.UtcNow);

        var unlocked = await admin.PostAsync($"/api/pengguna/{id}/buka-kunci", null);

        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await unlocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("terkunciSampai").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(app, RenstraApp.OperatorSekretariat, RenstraApp.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task A_new_password_replaces_the_old_one_and_ends_the_old_sessions()
    {
        using var app = new RenstraApp();
        using var admin = await app.ClientForAsync(RenstraApp.Admin);
        using var naker = await BearerAsync(app, RenstraApp.OperatorNaker, RenstraApp.DemoPassword);
        var id = await IdAsync(admin, RenstraApp.OperatorNaker);

        var weak = await admin.PostAsJsonAsync($"/api/pengguna/{id}/kata-sandi", new { kataSandi = "abc" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.True((await ErrorsAsync(weak)).TryGetProperty("kataSandi", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/pengguna/{id}/kata-sandi", new { kataSandi = KataSandiBaru })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await naker.GetAsync("/api/indikator")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(app, RenstraApp.OperatorNaker, RenstraApp.DemoPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(app, RenstraApp.OperatorNaker, KataSandiBaru)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/pengguna/tidak-ada/kata-sandi", new { kataSandi = KataSandiBaru })).StatusCode);
    }
}
