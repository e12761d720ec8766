using System.Net;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Akun;

/// <summary>The accounts and audit pages refuse bad input with a message on the page, never a 500.</summary>
public sealed class HalamanAkunTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Theory]
    [InlineData("/audit?Dari=31-12-2024", "Tanggal tidak sah")]
    [InlineData("/audit?Sampai=2024-13-45", "Tanggal tidak sah")]
    [InlineData("/audit?Jenis=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "Jenis catatan tidak dikenal.")]
    [InlineData("/audit?Oleh=%27%20OR%201%3D1%20--", "Tidak ada catatan yang cocok")]
    public async Task The_audit_page_explains_a_bad_filter(string url, string pesan)
    {
        var (client, _) = await CookieSignIn.SignInAsync(_app, RenstraApp.Admin);
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(pesan, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_accounts_page_refuses_a_bad_account_on_the_page_and_a_post_without_its_token()
    {
        var (client, _) = await CookieSignIn.SignInAsync(_app, RenstraApp.Admin);
        var page = await client.GetStringAsync("/pengguna");
        using var bad = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Email"] = "bukan-email", ["Form.Nama"] = "X", ["Form.Peran"] = "Operator", ["Form.Modul"] = "",
            ["Form.KataSandi"] = "Belitung#Timur2026", ["__RequestVerificationToken"] = CookieSignIn.TokenOf(page),
        });
        var refused = await client.PostAsync("/pengguna?handler=Buat", bad);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Email tidak sah.", html, StringComparison.Ordinal);
        Assert.Contains("Operator wajib punya modul bidang.", html, StringComparison.Ordinal);

        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["aktif"] = "false" });
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/pengguna?handler=Aktif&id=x", forged)).StatusCode);
    }
}
