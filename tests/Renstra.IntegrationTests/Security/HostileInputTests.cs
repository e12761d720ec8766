using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Audit;
using Renstra.Shared.Outbox;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// The hostile-input corpus (<see cref="HostileInputCorpus"/>) against every write endpoint of the app,
/// as Admin (who passes every policy, so only input validation stands in the way). Every case must be
/// a 4xx ProblemDetails in Indonesian without internals, and the stored state must not change: no
/// audit entry (every change to rules, variables, targets, sheets, locks and users writes one) and no
/// outbox message.
/// </summary>
public sealed class HostileInputTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private static readonly HashSet<string> IndonesianTitles =
    [
        "Permintaan tidak valid", "Tidak ditemukan", "Metode tidak diizinkan", "Konflik dengan keadaan data",
        "Data sudah diubah pihak lain", "Permintaan terlalu besar", "Jenis konten tidak didukung", "Terlalu banyak permintaan",
    ];

    /// <summary>A valid body per endpoint, so a hostile route value is the only thing wrong.</summary>
    private static readonly Dictionary<string, string> ValidBodies = new()
    {
        ["PUT /api/indikator/{kode}"] = """{"kode":"RPJMD-01","nama":"Tingkat pengangguran terbuka","satuan":"%","polaritas":"Negatif","modul":"Ketenagakerjaan","rumus":"data.Pengangguran / data.AngkatanKerja * 100"}""",
        ["PUT /api/indikator/{kode}/target/{tahun}"] = """{"nilai":3.5}""",
        ["PUT /api/variabel/{kode}"] = """{"nama":"Contoh","satuan":"orang","modul":"Ketenagakerjaan","bilanganBulat":true,"min":0,"max":1000,"agregasi":"Terakhir"}""",
        ["PUT /api/ketenagakerjaan/data/{periode}"] = """{"nilai":{"AngkatanKerja":70345}}""",
        ["PUT /api/koperasi-umkm/data/{periode}"] = """{"nilai":{"JumlahKoperasi":123}}""",
        ["PUT /api/sekretariat/data/{periode}"] = """{"nilai":{"NilaiAkip":65}}""",
        ["PUT /api/aturan-validasi/{modul}/{nama}"] = """{"ekspresi":"data.KoperasiAktif <= data.JumlahKoperasi","pesan":"Koperasi aktif tidak boleh melebihi jumlah koperasi."}""",
        ["PUT /api/aturan-capaian/{nama}"] = """{"ekspresi":"capaian >= 91","warna":"#1b5e20"}""",
        ["PUT /api/aturan-register/{variabel}"] = """{"register":"Koperasi","rekaman":"Layanan","fungsi":"HitungUnik","syarat":[{"kolom":"Jenis","operator":"==","nilai":"PenilaianKesehatan"}]}""",
        ["PUT /api/koperasi/{idRekaman:long}"] = """{"nomorBadanHukum":"1/BH/2020","nama":"Koperasi Contoh","jenis":"Jasa","kecamatan":"190601"}""",
        ["PUT /api/usaha-mikro/{idRekaman:long}"] = """{"nomorInduk":"UM-1","namaUsaha":"Usaha Contoh","kecamatan":"190601","sektor":"Kuliner"}""",
        ["PUT /api/koperasi/{idRekaman:long}/tahunan/{tahun:int}"] = """{"rat":true,"jumlahAnggota":20}""",
        ["PUT /api/usaha-mikro/{idRekaman:long}/tahunan/{tahun:int}"] = """{"skala":"Kecil"}""",
        ["POST /api/koperasi/{idRekaman:long}/layanan"] = """{"jenis":"Pemeriksaan","tanggal":"2024-03-01"}""",
        ["POST /api/usaha-mikro/{idRekaman:long}/layanan"] = """{"jenis":"FasilitasiPemasaran","tanggal":"2024-03-01"}""",
        ["PUT /api/pengguna/{id}"] = """{"nama":"Nama Baru"}""",
        ["POST /api/pengguna/{id}/kata-sandi"] = """{"kataSandi":"Belitung#Timur2026"}""",
    };

    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public void The_corpus_has_at_least_100_cases() =>
        Assert.True(HostileInputCorpus.Count >= 100, $"only {HostileInputCorpus.Count} cases");

    [Fact]
    public async Task Every_write_endpoint_refuses_every_hostile_input_and_changes_nothing()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var before = await StateAsync();
        var failures = new List<string>();
        var sent = 0;

        foreach (var (key, endpoint) in WriteEndpoints())
        {
            var method = new HttpMethod(key[..key.IndexOf(' ', StringComparison.Ordinal)]);
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var parameters = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();

            if (ReadsJsonBody(endpoint))
            {
                foreach (var (nama, body) in HostileInputCorpus.Bodies)
                {
                    sent++;
                    await CheckAsync(admin, method, Fill(pattern, null, null), body, $"{key} ← {nama}", failures);
                }
                sent++;
                await CheckAsync(admin, method, Fill(pattern, null, null), HostileInputCorpus.Oversized(), $"{key} ← oversized", failures,
                    expected: HttpStatusCode.RequestEntityTooLarge);
            }
            foreach (var parameter in parameters)
            {
                foreach (var (nama, value) in HostileInputCorpus.RouteValues)
                {
                    sent++;
                    var body = ValidBodies.GetValueOrDefault(key, "{}");
                    await CheckAsync(admin, method, Fill(pattern, parameter, value), body, $"{key} [{parameter}={nama}]", failures);
                }
            }
        }

        Assert.True(sent >= 500, $"only {sent} hostile requests were sent");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} cases failed:{Environment.NewLine}" + string.Join(Environment.NewLine, failures.Take(60)));
        Assert.Equal(before, await StateAsync());
    }

    /// <summary>
    /// The one read whose query values choose what is built (GET /api/capaian/ekspor): every hostile value of each
    /// parameter, the others valid, is a 400 ProblemDetails in Indonesian naming that parameter — never a file, never a
    /// 500. Blank values mean "not given" (a form's "Semua bidang" sends <c>bidang=</c>), so only the required year
    /// refuses them.
    /// </summary>
    [Fact]
    public async Task The_capaian_export_refuses_every_hostile_query_value_in_Indonesian()
    {
        var pembaca = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var failures = new List<string>();
        var sent = 0;
        string[] named = ["tahun=1999", "tahun=2027", "tahun=dua-ribu", "periode=2024-T5", "periode=2023-T1", "bidang=Keuangan", "format=pdf", "format=json"];
        var cases = named.Select(n => (Parameter: n[..n.IndexOf('=', StringComparison.Ordinal)], Nama: n, Value: n[(n.IndexOf('=', StringComparison.Ordinal) + 1)..]))
            .Concat(new[] { "tahun", "periode", "bidang", "format" }
                .SelectMany(p => HostileInputCorpus.RouteValues.Select(v => (Parameter: p, Nama: $"{p}={v.Nama}", v.Value))));
        foreach (var (parameter, nama, value) in cases)
        {
            var query = new Dictionary<string, string> { ["tahun"] = "2024", ["format"] = "csv" };
            query[parameter] = value;
            var url = "/api/capaian/ekspor?" + string.Join("&", query.Select(q => $"{q.Key}={q.Value}"));
            sent++;
            var blank = Uri.UnescapeDataString(value).Trim().Length == 0;
            if (blank && parameter != "tahun")
            {
                using var response = await pembaca.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{nama}: a blank optional value should mean 'not given', got {(int)response.StatusCode}");
                continue;
            }
            var before = failures.Count;
            await CheckAsync(pembaca, HttpMethod.Get, url, null, nama, failures, HttpStatusCode.BadRequest);
            if (failures.Count == before)
            {
                using var again = await pembaca.GetAsync(url);
                var errors = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
                if (!errors.TryGetProperty(parameter, out _)) failures.Add($"{nama}: the error does not name '{parameter}': {errors}");
            }
        }
        Assert.True(sent >= 80, $"only {sent} hostile queries were sent");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} cases failed:{Environment.NewLine}" + string.Join(Environment.NewLine, failures.Take(60)));
    }

    [Fact]
    public async Task Every_hostile_sign_in_input_is_refused_in_Indonesian_and_signs_nobody_in()
    {
        using var client = _app.CreateClient();
        var failures = new List<string>();
        foreach (var (nama, path, body) in HostileInputCorpus.SignIn)
        {
            using var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.RequestEntityTooLarge))
                failures.Add($"{nama}: got {(int)response.StatusCode} {HostileInputCorpus.Truncate(text)}");
            else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || text.Contains("accessToken", StringComparison.Ordinal))
                failures.Add($"{nama}: {(int)response.StatusCode} {HostileInputCorpus.Truncate(text)}");
            else if (HostileInputCorpus.Internals.FirstOrDefault(i => text.Contains(i, StringComparison.Ordinal) && !body.Contains(i, StringComparison.Ordinal)) is { } leak)
                failures.Add($"{nama}: response contains '{leak}'");
        }

        // Forged credentials on the API and on a page: refused, never a 500.
        using var forgedBearer = new HttpRequestMessage(HttpMethod.Get, "/api/indikator");
        forgedBearer.Headers.TryAddWithoutValidation("Authorization", "Bearer CfDJ8" + new string('A', 400));
        if ((await client.SendAsync(forgedBearer)).StatusCode != HttpStatusCode.Unauthorized) failures.Add("forged bearer token accepted or crashed");
        using var pages = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var forgedCookie = new HttpRequestMessage(HttpMethod.Get, "/");
        forgedCookie.Headers.Add("Cookie", "renstra.auth=CfDJ8" + new string('B', 400));
        if ((await pages.SendAsync(forgedCookie)).StatusCode != HttpStatusCode.Redirect) failures.Add("forged cookie accepted or crashed");

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task An_access_token_is_no_refresh_token()
    {
        using var client = _app.CreateClient();
        var login = await client.PostAsync("/api/auth/login", new StringContent(
            $$"""{"email":"{{RenstraApp.Pimpinan}}","password":"{{RenstraApp.DemoPassword}}"}""", Encoding.UTF8, "application/json"));
        var accessToken = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        var refresh = await client.PostAsync("/api/auth/refresh", new StringContent(
            $$"""{"refreshToken":"{{accessToken}}"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    private static async Task CheckAsync(
        HttpClient client, HttpMethod method, string url, string? body, string name, List<string> failures, HttpStatusCode? expected = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (expected is { } e && response.StatusCode != e) failures.Add($"{name}: expected {(int)e}, got {status}");
        else if (status is < 400 or >= 500 or 401 or 403) failures.Add($"{name}: got {status} {HostileInputCorpus.Truncate(text)}");
        else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") failures.Add($"{name}: {status} without ProblemDetails");
        else
        {
            var title = JsonDocument.Parse(text).RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
            if (title is null || !IndonesianTitles.Contains(title)) failures.Add($"{name}: title '{title}' is not one of ours");
            // Echoing the caller's own input back ("Periode '… SELECT …' tidak dikenal") is not a leak.
            var leak = HostileInputCorpus.Internals.FirstOrDefault(i =>
                text.Contains(i, StringComparison.Ordinal) &&
                !Uri.UnescapeDataString(url).Contains(i, StringComparison.Ordinal) && body?.Contains(i, StringComparison.Ordinal) != true);
            if (leak is not null) failures.Add($"{name}: response contains '{leak}': {HostileInputCorpus.Truncate(text)}");
        }
    }

    private IEnumerable<(string Key, RouteEndpoint Endpoint)> WriteEndpoints()
    {
        using var client = _app.CreateClient();
        return _app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => ($"{m} {e.RoutePattern.RawText}", e)))
            .OrderBy(x => x.Item1, StringComparer.Ordinal)
            .ToList();
    }

    private static bool ReadsJsonBody(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.ContentTypes.Contains("application/json"));

    private static string Fill(string pattern, string? hostileParameter, string? hostileValue) =>
        Regex.Replace(pattern, @"\{\**(?<name>[A-Za-z]+)(:[^}?]*)?\??\}", m =>
        {
            var name = m.Groups["name"].Value;
            return name == hostileParameter ? hostileValue! : AuthorizationMatrix.SampleRouteValues[name];
        });

    /// <summary>Rows in every module's audit log and outbox: any accepted change adds to one of them.</summary>
    private async Task<string> StateAsync()
    {
        using var scope = _app.Services.CreateScope();
        var counts = new List<string>();
        foreach (var database in scope.ServiceProvider.GetServices<IModuleDatabase>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            var audit = await db.Set<AuditEntry>().CountAsync();
            var outbox = db.Model.FindEntityType(typeof(OutboxMessage)) is null ? 0 : await db.Set<OutboxMessage>().CountAsync();
            counts.Add($"{database.ModuleName}: audit {audit}, outbox {outbox}");
        }
        return string.Join("; ", counts);
    }
}
