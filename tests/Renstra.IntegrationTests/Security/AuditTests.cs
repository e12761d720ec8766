using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Host.Identity;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Audit;

namespace Renstra.IntegrationTests.Security;

public sealed class AuditTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task Admin_reads_who_created_the_users_without_their_password_hashes()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var entries = await admin.GetFromJsonAsync<JsonElement[]>("/api/audit?entitas=Pengguna");

        var created = entries!.Where(e => e.GetProperty("aksi").GetString() == "Tambah").ToList();
        Assert.Contains(created, e => e.GetProperty("kunci").GetString()!.Contains("OPERATOR.NAKER@RENSTRA.LOCAL", StringComparison.Ordinal));
        Assert.All(created, e =>
        {
            Assert.Equal("sistem", e.GetProperty("oleh").GetString());
            Assert.Equal(JsonValueKind.Null, e.GetProperty("sebelum").ValueKind);
            Assert.Equal("***", e.GetProperty("sesudah").GetProperty("PasswordHash").GetString());
        });
    }

    [Fact]
    public async Task An_operators_module_claim_is_audited()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var entries = await admin.GetFromJsonAsync<JsonElement[]>("/api/audit?entitas=IdentityUserClaim");
        Assert.Contains(entries!, e => e.GetProperty("sesudah").GetProperty("ClaimValue").GetString() == "KoperasiUmkm");
    }

    [Theory]
    [InlineData(RenstraApp.Pimpinan)]
    [InlineData(RenstraApp.OperatorNaker)]
    public async Task Only_admin_reads_the_audit_log(string user)
    {
        var client = await _app.ClientForAsync(user);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit")).StatusCode);
    }

    [Theory]
    [InlineData("dari=kemarin")]
    [InlineData("sampai=2026-13-45")]
    [InlineData("batas=0")]
    [InlineData("batas=100000")]
    public async Task Bad_filters_get_400_in_indonesian(string query)
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var response = await admin.GetAsync($"/api/audit?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Date_filters_narrow_the_log()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var future = await admin.GetFromJsonAsync<JsonElement[]>("/api/audit?dari=2999-01-01");
        Assert.Empty(future!);
        var past = await admin.GetFromJsonAsync<JsonElement[]>("/api/audit?sampai=2000-01-01");
        Assert.Empty(past!);
    }

    [Fact]
    public async Task An_audit_entry_cannot_be_changed_or_deleted()
    {
        using var client = _app.CreateClient();
        (await client.GetAsync("/health")).EnsureSuccessStatusCode();
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AkunDbContext>();
        var entry = await db.Set<AuditEntry>().OrderBy(a => a.Id).FirstAsync();
        db.Remove(entry);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("Jejak audit", error.Message, StringComparison.Ordinal);
    }
}

public sealed class AuditOfChangesTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task A_sheet_submission_and_its_lock_are_audited_with_who_and_the_values()
    {
        var operatorKukm = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        var put = await operatorKukm.PutAsJsonAsync("/api/koperasi-umkm/data/2023", new { nilai = new Dictionary<string, int> { ["JumlahKoperasi"] = 123, ["KoperasiAktif"] = 77 } });
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/koperasi-umkm/data/2023/kunci", null)).StatusCode);

        var entries = await admin.GetFromJsonAsync<JsonElement[]>("/api/audit?entitas=LembarData");
        var submitted = Assert.Single(entries!, e => e.GetProperty("oleh").GetString() == RenstraApp.OperatorKukm);
        Assert.Equal("Tambah", submitted.GetProperty("aksi").GetString());
        Assert.Equal("KoperasiUmkm", submitted.GetProperty("modul").GetString());
        Assert.Contains("123", submitted.GetProperty("sesudah").GetRawText(), StringComparison.Ordinal);
        var locked = Assert.Single(entries!, e => e.GetProperty("oleh").GetString() == RenstraApp.Admin);
        Assert.Equal("Ubah", locked.GetProperty("aksi").GetString());
        Assert.False(locked.GetProperty("sebelum").GetProperty("Terkunci").GetBoolean());
        Assert.True(locked.GetProperty("sesudah").GetProperty("Terkunci").GetBoolean());
    }

    [Fact]
    public async Task A_sheet_revision_is_audited_with_the_values_before_and_after()
    {
        var operatorKukm = await _app.ClientForAsync(RenstraApp.OperatorKukm);
        var url = "/api/koperasi-umkm/data/2022";
        Assert.Equal(HttpStatusCode.OK, (await operatorKukm.PutAsJsonAsync(url, new { nilai = new Dictionary<string, int> { ["JumlahKoperasi"] = 120, ["KoperasiAktif"] = 70 } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorKukm.PutAsJsonAsync(url, new { nilai = new Dictionary<string, int> { ["KoperasiAktif"] = 75 } })).StatusCode);

        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var entries = await admin.GetFromJsonAsync<JsonElement[]>($"/api/audit?entitas=LembarData&oleh={RenstraApp.OperatorKukm}");
        var ubah = Assert.Single(entries!, e => e.GetProperty("kunci").GetString()!.StartsWith("2022/", StringComparison.Ordinal)
            && e.GetProperty("aksi").GetString() == "Ubah");
        Assert.Equal("KoperasiUmkm", ubah.GetProperty("modul").GetString());
        Assert.Equal(1, ubah.GetProperty("sebelum").GetProperty("Revisi").GetInt32());
        Assert.Equal(2, ubah.GetProperty("sesudah").GetProperty("Revisi").GetInt32());
        Assert.Equal(70, ubah.GetProperty("sebelum").GetProperty("Nilai").GetProperty("KoperasiAktif").GetInt32());
        Assert.Equal(75, ubah.GetProperty("sesudah").GetProperty("Nilai").GetProperty("KoperasiAktif").GetInt32());
        Assert.Equal(120, ubah.GetProperty("sesudah").GetProperty("Nilai").GetProperty("JumlahKoperasi").GetInt32());
    }

    [Fact]
    public async Task A_rule_edit_and_a_target_edit_are_audited()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var rule = await admin.PutAsJsonAsync("/api/indikator/KEG-01", new
        {
            kode = "KEG-01", nama = "Persentase perusahaan yang menyusun RTK", satuan = "%", polaritas = "Positif",
            modul = "Ketenagakerjaan", rumus = "data.PerusahaanMenyusunRtk / data.JumlahPerusahaan * 100",
        });
        Assert.Equal(HttpStatusCode.OK, rule.StatusCode);
        var target = await admin.PutAsJsonAsync("/api/indikator/KEG-01/target/2025", new { nilai = 25 });
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);

        var versions = await admin.GetFromJsonAsync<JsonElement[]>($"/api/audit?entitas=IndikatorVersi&oleh={RenstraApp.Admin}");
        Assert.Contains(versions!, e => e.GetProperty("sesudah").GetProperty("Rumus").GetString()!.Contains("PerusahaanMenyusunRtk", StringComparison.Ordinal));
        var targets = await admin.GetFromJsonAsync<JsonElement[]>($"/api/audit?entitas=TargetIndikator&oleh={RenstraApp.Admin}");
        Assert.NotEmpty(targets!);
    }
}
