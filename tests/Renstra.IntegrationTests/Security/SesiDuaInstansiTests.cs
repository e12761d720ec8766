using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Renstra.Host.Identity;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// Issue 9: each instance remembers the bearer tickets it has opened (<see cref="TiketBearerTersimpan"/>), yet a
/// password reset, a deactivation or a sign-out-by-reuse on one instance stops the token on another at once —
/// two hosts on the same database files.
/// </summary>
public sealed class SesiDuaInstansiTests
{
    [Fact]
    public async Task A_token_remembered_by_host_b_stops_there_right_after_host_a_resets_the_password_or_deactivates()
    {
        using var satu = new RenstraApp();
        using var dua = new RenstraApp(satu.DataDirectory) { DeleteDataOnDispose = false };
        using var admin = await satu.ClientForAsync(RenstraApp.Admin);
        var naker = await TokenAsync(satu, RenstraApp.OperatorNaker);
        var kukm = await TokenAsync(satu, RenstraApp.OperatorKukm);
        using var nakerDiDua = Klien(dua, naker);
        using var kukmDiDua = Klien(dua, kukm);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await nakerDiDua.GetAsync("/api/indikator")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await kukmDiDua.GetAsync("/api/indikator")).StatusCode);
        }
        Assert.True(TiketDiingat(dua) >= 2, "host B remembers the tickets it opened");

        var daftar = (await admin.GetFromJsonAsync<JsonElement[]>("/api/pengguna"))!;
        string Id(string email) => daftar.Single(p => p.GetProperty("email").GetString() == email).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent,
            (await admin.PostAsJsonAsync($"/api/pengguna/{Id(RenstraApp.OperatorNaker)}/kata-sandi", new { kataSandi = "Belitung#Timur2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await nakerDiDua.GetAsync("/api/indikator")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kukmDiDua.GetAsync("/api/indikator")).StatusCode); // only that account

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/pengguna/{Id(RenstraApp.OperatorKukm)}", new { aktif = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await kukmDiDua.GetAsync("/api/indikator")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await nakerDiDua.GetAsync("/api/indikator")).StatusCode);
    }

    /// <summary>
    /// The session check of concurrent requests of one account is shared (read group commit), but only a check that
    /// started after a request arrived answers it: 24 requests loop on host B while host A resets the password;
    /// every request that started after the reset was answered is refused.
    /// </summary>
    [Fact]
    public async Task Concurrent_requests_racing_a_password_reset_on_the_other_host_are_all_refused_once_it_was_answered()
    {
        using var satu = new RenstraApp();
        using var dua = new RenstraApp(satu.DataDirectory) { DeleteDataOnDispose = false };
        using var admin = await satu.ClientForAsync(RenstraApp.Admin);
        using var nakerDiDua = Klien(dua, await TokenAsync(satu, RenstraApp.OperatorNaker));
        var daftar = (await admin.GetFromJsonAsync<JsonElement[]>("/api/pengguna"))!;
        var id = daftar.Single(p => p.GetProperty("email").GetString() == RenstraApp.OperatorNaker).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await nakerDiDua.GetAsync("/api/wilayah")).StatusCode);
        var sebelum = dua.Services.GetRequiredService<BacaAkun>().JumlahBaca;

        var jawaban = new System.Collections.Concurrent.ConcurrentBag<(long Mulai, HttpStatusCode Status)>();
        var diresetPada = long.MaxValue;
        using var henti = new CancellationTokenSource();
        var permintaan = Enumerable.Range(0, 24).Select(_ => Task.Run(async () =>
        {
            while (!henti.IsCancellationRequested)
            {
                var mulai = System.Diagnostics.Stopwatch.GetTimestamp();
                using var r = await nakerDiDua.GetAsync("/api/wilayah");
                jawaban.Add((mulai, r.StatusCode));
            }
        })).ToList();
        await Eventually.WaitForAsync(() => Task.FromResult(jawaban.Count(j => j.Status == HttpStatusCode.OK)), n => n >= 48, TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.NoContent,
            (await admin.PostAsJsonAsync($"/api/pengguna/{id}/kata-sandi", new { kataSandi = "Belitung#Timur2026" })).StatusCode);
        Interlocked.Exchange(ref diresetPada, System.Diagnostics.Stopwatch.GetTimestamp());
        await Eventually.WaitForAsync(() => Task.FromResult(jawaban.Count(j => j.Mulai > diresetPada)), n => n >= 48, TimeSpan.FromSeconds(30));
        await henti.CancelAsync();
        await Task.WhenAll(permintaan);

        Assert.Contains(jawaban, j => j.Mulai < diresetPada && j.Status == HttpStatusCode.OK);
        var sesudah = jawaban.Where(j => j.Mulai > diresetPada).ToList();
        Assert.NotEmpty(sesudah);
        Assert.All(sesudah, j => Assert.Equal(HttpStatusCode.Unauthorized, j.Status));
        // The checks were shared: fewer statements than requests (24 concurrent requests of one account).
        Assert.True(dua.Services.GetRequiredService<BacaAkun>().JumlahBaca - sebelum < jawaban.Count,
            $"{jawaban.Count} requests, {dua.Services.GetRequiredService<BacaAkun>().JumlahBaca - sebelum} session statements");
    }

    [Fact]
    public async Task A_remembered_token_changed_by_one_character_is_refused_and_never_remembered()
    {
        using var app = new RenstraApp();
        var token = await TokenAsync(app, RenstraApp.Pimpinan);
        using (var asli = Klien(app, token)) Assert.Equal(HttpStatusCode.OK, (await asli.GetAsync("/api/wilayah")).StatusCode);
        var sebelum = TiketDiingat(app);

        var tengah = token.Length / 2;
        var ubah = token[..tengah] + (token[tengah] == 'A' ? 'B' : 'A') + token[(tengah + 1)..];
        using var palsu = Klien(app, ubah);
        Assert.Equal(HttpStatusCode.Unauthorized, (await palsu.GetAsync("/api/wilayah")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await palsu.GetAsync("/api/wilayah")).StatusCode);
        Assert.Equal(sebelum, TiketDiingat(app));
    }

    [Fact]
    public async Task The_remembered_tickets_are_let_go_when_the_app_is_idle_and_the_token_still_works_after()
    {
        using var app = new RenstraApp();
        var token = await TokenAsync(app, RenstraApp.Pimpinan);
        using var klien = Klien(app, token);
        Assert.Equal(HttpStatusCode.OK, (await klien.GetAsync("/api/wilayah")).StatusCode);
        Assert.True(TiketDiingat(app) >= 1);

        foreach (var tembolok in app.Services.GetServices<Renstra.Shared.Hosting.ITembolokSenggang>()) tembolok.Kosongkan();

        Assert.Equal(0, TiketDiingat(app));
        Assert.Equal(HttpStatusCode.OK, (await klien.GetAsync("/api/wilayah")).StatusCode);
        Assert.Equal(1, TiketDiingat(app));
    }

    private static int TiketDiingat(RenstraApp app) =>
        Assert.IsType<TiketBearerTersimpan>(app.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>()
            .Get(IdentityConstants.BearerScheme).BearerTokenProtector).Jumlah;

    private static async Task<string> TokenAsync(RenstraApp app, string email)
    {
        using var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = RenstraApp.DemoPassword });
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static HttpClient Klien(RenstraApp app, string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
