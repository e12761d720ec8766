using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Foundation;

public sealed class HostTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task Health_answers_200_for_anonymous_callers()
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_and_reference_are_served()
    {
        using var client = _app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/auth/login", out _));
        // The capaian download (mapped by the web UI) is documented like the modules' endpoints.
        Assert.True(document.GetProperty("paths").GetProperty("/api/capaian/ekspor").TryGetProperty("get", out _));
        var reference = await client.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    /// <summary>
    /// Issue 13, memory: the settings files are read once. Reloading them on change watched the content root recursively
    /// — in the hour-long memory run 14 299 directories, each an inotify watch and a managed object held for good.
    /// </summary>
    [Fact]
    public void The_settings_files_are_read_without_watching_the_content_root()
    {
        var root = (IConfigurationRoot)_app.Services.GetRequiredService<IConfiguration>();
        var berkas = root.Providers.OfType<JsonConfigurationProvider>()
            .Where(p => p.Source.Path?.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) == true).ToList();
        Assert.NotEmpty(berkas);
        Assert.All(berkas, p => Assert.False(p.Source.ReloadOnChange, $"{p.Source.Path} dimuat ulang saat berubah"));
    }

    [Fact]
    public async Task Each_module_has_its_own_sqlite_file_in_the_data_directory()
    {
        using var client = _app.CreateClient();
        (await client.GetAsync("/health")).EnsureSuccessStatusCode();
        foreach (var file in new[] { "akun.db", "kinerja.db", "ketenagakerjaan.db", "koperasiumkm.db", "sekretariat.db" })
            Assert.True(File.Exists(Path.Combine(_app.DataDirectory, file)), $"{file} missing");
    }

    [Fact]
    public async Task Demo_admin_logs_in_and_gets_a_bearer_token()
    {
        using var client = _app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.Admin, password = RenstraApp.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refreshToken").GetString()));
        Assert.True(body.GetProperty("expiresIn").GetInt32() > 0);
    }

    [Fact]
    public async Task Wrong_password_gets_401_problem_details_in_indonesian()
    {
        using var client = _app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.Pimpinan, password = "salah-sekali" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Email atau kata sandi salah.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Refresh_token_gives_a_new_access_token()
    {
        using var client = _app.CreateClient();
        var login = await (await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.OperatorKukm, password = RenstraApp.DemoPassword }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var bad = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "bukan-token" });
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_gets_400_problem_details_without_internals()
    {
        using var client = _app.CreateClient();
        using var content = new StringContent("{\"email\": ", System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/auth/login", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("JSON", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_route_gets_problem_details()
    {
        var client = await _app.ClientForAsync(RenstraApp.Admin);
        var response = await client.GetAsync("/api/tidak-ada");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Hangfire_dashboard_refuses_anonymous_and_non_admin_callers()
    {
        using var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/hangfire")).StatusCode);
        var pimpinan = await _app.ClientForAsync(RenstraApp.Pimpinan);
        Assert.Equal(HttpStatusCode.Forbidden, (await pimpinan.GetAsync("/hangfire")).StatusCode);
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task An_echoed_input_has_its_bidi_and_control_characters_defused()
    {
        var client = await _app.ClientForAsync(RenstraApp.Admin);
        var response = await client.GetAsync("/api/ketenagakerjaan/data/20%E2%80%AE24%07");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var detail = JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().First().Value[0].GetString()!;
        Assert.Contains("20?24?", detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', detail);
        Assert.DoesNotContain('\a', detail);
    }
}
