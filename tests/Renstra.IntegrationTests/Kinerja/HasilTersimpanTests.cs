using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;
using static Renstra.IntegrationTests.Kinerja.LembarTpt;

namespace Renstra.IntegrationTests.Kinerja;

/// <summary>
/// Issue 9: capaian is a read model — computed when its inputs change, stored, served as stored,
/// never stale without saying so, cached per database version stamp.
/// </summary>
public sealed class HasilTersimpanTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    private static async Task<JsonElement> BacaAsync(HttpClient client, string tahun)
    {
        var semua = await client.GetFromJsonAsync<JsonElement>($"/api/capaian?tahun={tahun}&wilayah=1906");
        return semua.EnumerateArray().Single(c => c.GetProperty("kode").GetString() == Kode);
    }

    private static Task<JsonElement> TungguAsync(HttpClient client, string tahun, Func<JsonElement, bool> selesai) =>
        Eventually.WaitForAsync(() => BacaAsync(client, tahun), selesai, TimeSpan.FromSeconds(20));

    private static bool Realisasi(JsonElement c, decimal nilai) =>
        c.GetProperty("status").GetString() != "SedangDihitung" && c.GetProperty("realisasi").ValueKind == JsonValueKind.Number && c.GetProperty("realisasi").GetDecimal() == nilai;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task Health_endpoints_answer_anonymous_callers(string url)
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_read_never_evaluates_a_formula()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var factory = _app.Services.GetRequiredService<IMeterFactory>();
        long evaluasi = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == factory && instrument.Name == "renstra.kinerja.evaluasi_rumus") l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((_, n, _, _) => Interlocked.Add(ref evaluasi, n));
        listener.Start();

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2022", Lembar(70000, 2100))).StatusCode);
        await TungguAsync(admin, "2022", c => Realisasi(c, Tpt(70000, 2100)));
        Assert.True(Interlocked.Read(ref evaluasi) > 0, "the recompute after the submission evaluates formulas (and is counted)");

        Interlocked.Exchange(ref evaluasi, 0);
        using var pimpinan = await _app.ClientForAsync(RenstraApp.Pimpinan);
        for (var i = 0; i < 5; i++)
        {
            foreach (var url in new[] { "/api/capaian?tahun=2022", "/api/capaian?tahun=2023", "/api/capaian?periode=2022-T2", $"/api/capaian/{Kode}?dari=2021&sampai=2026", "/api/capaian?tahun=2030" })
                Assert.Equal(HttpStatusCode.OK, (await pimpinan.GetAsync(url)).StatusCode);
        }
        // The head of office's pages read the same stored results: tiles, table, matrix, tree, chart, export.
        var (web, _) = await CookieSignIn.SignInAsync(_app, RenstraApp.Pimpinan);
        foreach (var url in new[] { "/?tahun=2022", "/?tahun=2022&tampilan=matriks", "/?tahun=2022&tampilan=pohon", $"/indikator/{Kode}", "/ekspor?tahun=2022&format=csv" })
            Assert.Equal(HttpStatusCode.OK, (await web.GetAsync(url)).StatusCode);
        Assert.Equal(0, Interlocked.Read(ref evaluasi));
    }

    [Fact]
    public async Task Unchanged_results_answer_304_to_their_etag_and_a_change_gives_a_new_one()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2025", Lembar(71000, 2500))).StatusCode);
        await TungguAsync(admin, "2025", c => Realisasi(c, Tpt(71000, 2500)));

        var pertama = await admin.GetAsync("/api/capaian?tahun=2025");
        Assert.Equal(HttpStatusCode.OK, pertama.StatusCode);
        var etag = pertama.Headers.ETag;
        Assert.NotNull(etag);

        using var ulang = new HttpRequestMessage(HttpMethod.Get, "/api/capaian?tahun=2025");
        ulang.Headers.IfNoneMatch.Add(etag);
        var tetap = await admin.SendAsync(ulang);
        Assert.Equal(HttpStatusCode.NotModified, tetap.StatusCode);
        Assert.Empty(await tetap.Content.ReadAsByteArrayAsync());

        using var gzip = new HttpRequestMessage(HttpMethod.Get, "/api/capaian?tahun=2025");
        gzip.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var padat = await admin.SendAsync(gzip);
        Assert.Equal("gzip", Assert.Single(padat.Content.Headers.ContentEncoding));
        var mentah = await pertama.Content.ReadAsByteArrayAsync();
        Assert.True((await padat.Content.ReadAsByteArrayAsync()).Length * 3 < mentah.Length, "gzip makes the JSON at least 3× smaller");

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2025", Lembar(71000, 2600))).StatusCode);
        await TungguAsync(admin, "2025", c => Realisasi(c, Tpt(71000, 2600)));
        using var setelah = new HttpRequestMessage(HttpMethod.Get, "/api/capaian?tahun=2025");
        setelah.Headers.IfNoneMatch.Add(etag);
        var berubah = await admin.SendAsync(setelah);
        Assert.Equal(HttpStatusCode.OK, berubah.StatusCode);
        Assert.NotEqual(etag, berubah.Headers.ETag);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("W/\"1.1-00\", garbage, ,,,")]
    [InlineData("*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*-*")]
    public async Task A_hostile_if_none_match_is_answered_200(string nilai)
    {
        using var pimpinan = await _app.ClientForAsync(RenstraApp.Pimpinan);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/capaian?tahun=2021");
        request.Headers.TryAddWithoutValidation("If-None-Match", nilai + new string('x', 4000));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip;q=abc, br, ;;;");
        var response = await pimpinan.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_failed_recompute_is_retried_until_it_succeeds_and_meanwhile_the_read_says_so()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2023", Lembar(70345, 2765))).StatusCode);
        var lama = await TungguAsync(admin, "2023", c => Realisasi(c, Tpt(70345, 2765)));

        // The database refuses to store results (a full disk, a broken file): the recompute fails.
        await SqlAsync("""
            CREATE TRIGGER uji_gagal_tambah BEFORE INSERT ON HasilCapaian BEGIN SELECT RAISE(ABORT, 'penyimpanan uji menolak'); END;
            CREATE TRIGGER uji_gagal_ubah BEFORE UPDATE ON HasilCapaian BEGIN SELECT RAISE(ABORT, 'penyimpanan uji menolak'); END;
            """);
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2023", Lembar(70345, 3000))).StatusCode);
            var percobaan = await Eventually.WaitForAsync(
                () => SkalarAsync("SELECT COALESCE(MAX(Percobaan), 0) FROM PermintaanHitungUlang WHERE GalatTerakhir LIKE '%penyimpanan uji menolak%'"),
                n => n >= 2, TimeSpan.FromSeconds(20));
            Assert.True(percobaan >= 2, "the failed recompute is recorded and retried; queue: " + await TeksAsync(
                "SELECT group_concat(Wilayah || ' ' || IFNULL(Periode, '*') || ' #' || Percobaan || ' ' || IFNULL(GalatTerakhir, '-'), ' | ') FROM PermintaanHitungUlang"));
            var basi = await BacaAsync(admin, "2023");
            Assert.Equal("SedangDihitung", basi.GetProperty("status").GetString());
            Assert.Equal(Tpt(70345, 2765), basi.GetProperty("realisasi").GetDecimal());
            Assert.Equal(lama.GetProperty("dihitungPada").GetString(), basi.GetProperty("dihitungPada").GetString());
        }
        finally
        {
            await SqlAsync("DROP TRIGGER IF EXISTS uji_gagal_tambah; DROP TRIGGER IF EXISTS uji_gagal_ubah;");
        }

        var baru = await TungguAsync(admin, "2023", c => Realisasi(c, Tpt(70345, 3000)));
        Assert.Equal("Lengkap", baru.GetProperty("status").GetString());
        Assert.Equal(0, await Eventually.WaitForAsync(() => SkalarAsync("SELECT COUNT(*) FROM PermintaanHitungUlang"), n => n == 0, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_sheet_of_a_year_before_the_Renstra_does_not_hold_back_the_regions_other_results()
    {
        // The load scripts submit every year from 2000; the recompute of such a year once failed on every attempt, and
        // with it every other period of the region stayed SedangDihitung with its old value.
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2010", Lembar(60000, 3000))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2025", Lembar(71000, 2130))).StatusCode);

        var baru = await TungguAsync(admin, "2025", c => Realisasi(c, Tpt(71000, 2130)));
        Assert.Equal("Lengkap", baru.GetProperty("status").GetString());
        Assert.Equal(Tpt(60000, 3000), (await BacaAsync(admin, "2010")).GetProperty("realisasi").GetDecimal());
        Assert.Equal(0, await Eventually.WaitForAsync(() => SkalarAsync("SELECT COUNT(*) FROM PermintaanHitungUlang"), n => n == 0, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_lock_right_after_a_submission_freezes_the_new_result()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2024", Lembar(70000, 2000))).StatusCode);
        await TungguAsync(admin, "2024", c => Realisasi(c, Tpt(70000, 2000)));

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2024", Lembar(70000, 2800))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/ketenagakerjaan/data/2024/kunci", null)).StatusCode);
        var beku = await TungguAsync(admin, "2024", c => c.GetProperty("beku").GetBoolean() && c.GetProperty("status").GetString() != "SedangDihitung");
        Assert.True(beku.GetProperty("beku").GetBoolean());
        Assert.Equal(Tpt(70000, 2800), beku.GetProperty("realisasi").GetDecimal());

        // A later edit of an input (the period's target) leaves the frozen result exactly as it was locked.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/indikator/{Kode}/target/2024", new { nilai = 1.5m })).StatusCode);
        await Eventually.WaitForAsync(() => SkalarAsync("SELECT COUNT(*) FROM PermintaanHitungUlang"), n => n == 0, TimeSpan.FromSeconds(20));
        var tetap = await BacaAsync(admin, "2024");
        Assert.Equal(Tpt(70000, 2800), tetap.GetProperty("realisasi").GetDecimal());
        Assert.Equal(beku.GetProperty("target").GetDecimal(), tetap.GetProperty("target").GetDecimal());
        Assert.Equal(beku.GetProperty("dihitungPada").GetString(), tetap.GetProperty("dihitungPada").GetString());
    }

    [Fact]
    public async Task A_revision_recomputes_only_the_indicators_reading_a_value_it_changed()
    {
        // Tingkat pengangguran terbuka reads Pengangguran and AngkatanKerja, TPAK (RPJMD-02) AngkatanKerja and
        // PendudukUsiaKerja, SUB-12 PerusahaanBerserikat, wirausaha baru (RPJMD-04) Wirausaha and sebelumnya.Wirausaha.
        const string Tpak = "RPJMD-02", Serikat = "SUB-12", WirausahaBaru = "RPJMD-04";
        static object Isi(decimal pengangguran, decimal serikat, decimal wirausaha = 1000) => new
        {
            nilai = new Dictionary<string, decimal>
            {
                ["AngkatanKerja"] = 70000, ["Pengangguran"] = pengangguran, ["PendudukUsiaKerja"] = 100000, ["PerusahaanBerserikat"] = serikat,
                ["Wirausaha"] = wirausaha,
            },
        };
        static async Task<Dictionary<string, JsonElement>> SemuaAsync(HttpClient client, string tahun) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/capaian?tahun={tahun}&wilayah=1906")).EnumerateArray()
                .ToDictionary(c => c.GetProperty("kode").GetString()!);
        static async Task<Dictionary<string, JsonElement>> TungguSemuaAsync(
            HttpClient client, Func<Dictionary<string, JsonElement>, bool> selesai, string tahun = "2033")
        {
            var hasil = await Eventually.WaitForAsync(() => SemuaAsync(client, tahun), selesai, TimeSpan.FromSeconds(20));
            Assert.True(selesai(hasil), $"the results of {tahun} did not arrive: " + string.Join(", ", hasil.Values.Select(c => c.ToString())));
            return hasil;
        }
        static bool Tenang(Dictionary<string, JsonElement> semua) => semua.Values.All(c => c.GetProperty("status").GetString() != "SedangDihitung");
        static string? DihitungPada(Dictionary<string, JsonElement> semua, string kode) => semua[kode].GetProperty("dihitungPada").GetString();
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);

        // A new sheet: every indicator gets its result for the period, also those that read none of its values.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2033", Isi(2100, 5))).StatusCode);
        var awal = await TungguSemuaAsync(admin, s => Tenang(s) && s.TryGetValue(Kode, out var c) && Realisasi(c, Tpt(70000, 2100)));
        Assert.Equal(70m, awal[Tpak].GetProperty("realisasi").GetDecimal());
        Assert.Equal(5m, awal[Serikat].GetProperty("realisasi").GetDecimal());
        var bacaanLain = awal.Values.Where(c => c.GetProperty("status").GetString() == "DataBelumLengkap").ToList();
        Assert.NotEmpty(bacaanLain); // indicators of other variables, computed as waiting for their data

        // Only Pengangguran changes: TPT is recomputed, TPAK and SUB-12 keep the results (and times) they had.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2033", Isi(2300, 5))).StatusCode);
        var kedua = await TungguSemuaAsync(admin, s => Tenang(s) && Realisasi(s[Kode], Tpt(70000, 2300)));
        Assert.NotEqual(DihitungPada(awal, Kode), DihitungPada(kedua, Kode));
        Assert.Equal(DihitungPada(awal, Tpak), DihitungPada(kedua, Tpak));
        Assert.Equal(DihitungPada(awal, Serikat), DihitungPada(kedua, Serikat));
        Assert.Equal(awal.Keys.Order(), kedua.Keys.Order());

        // A revision that changes no value recomputes nothing; the next one, of PerusahaanBerserikat, recomputes SUB-12 only.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2033", Isi(2300, 5))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2033", Isi(2300, 7))).StatusCode);
        var ketiga = await TungguSemuaAsync(admin, s => Tenang(s) && Realisasi(s[Serikat], 7m));
        Assert.Equal(DihitungPada(kedua, Kode), DihitungPada(ketiga, Kode));
        Assert.Equal(DihitungPada(kedua, Tpak), DihitungPada(ketiga, Tpak));
        Assert.Equal(Tpt(70000, 2300), ketiga[Kode].GetProperty("realisasi").GetDecimal());

        // The next year reads this one as sebelumnya: a change of 2033's Wirausaha recomputes 2034's wirausaha baru.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2034",
            new { nilai = new Dictionary<string, decimal> { ["Wirausaha"] = 1100 } })).StatusCode);
        var tahunBerikut = await TungguSemuaAsync(admin, s => Tenang(s) && s.TryGetValue(WirausahaBaru, out var c) && Realisasi(c, 10m), "2034");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2033", Isi(2300, 7, wirausaha: 880))).StatusCode);
        var setelah = await TungguSemuaAsync(admin, s => Tenang(s) && Realisasi(s[WirausahaBaru], 25m), "2034");
        Assert.Equal(DihitungPada(tahunBerikut, Serikat), DihitungPada(setelah, Serikat));
        Assert.Equal(DihitungPada(ketiga, Kode), DihitungPada(await SemuaAsync(admin, "2033"), Kode));
    }

    [Fact]
    public async Task Old_version_stamps_are_pruned_and_the_newest_of_each_region_stays()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        // Stamp rows from long ago: 2 500 for a region nobody reads and 2 500 for the kabupaten. Pruning keeps the
        // last 1 000 ids (the stamp's window) and each region's newest row.
        await SqlAsync("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
            INSERT INTO PerubahanCapaian (Wilayah, DibuatPadaUtc) SELECT CASE WHEN i % 2 = 0 THEN 'lama' ELSE '1906' END, '2020-01-01 00:00:00' FROM n;
            """);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2021", Lembar(69000, 2500))).StatusCode);
        await TungguAsync(admin, "2021", c => Realisasi(c, Tpt(69000, 2500)));

        var sisa = await Eventually.WaitForAsync(() => SkalarAsync("SELECT COUNT(*) FROM PerubahanCapaian"), n => n < 2000, TimeSpan.FromSeconds(10));
        Assert.True(sisa < 2000, $"{sisa} stamp rows left");
        // Pruning runs at the end of each recompute run; a later run (the region's requests that arrived while it
        // computed) writes new stamps first and prunes after them, so the window holds once the last run has ended.
        var diLuarJendela = await Eventually.WaitForAsync(
            () => SkalarAsync("SELECT COUNT(*) FROM PerubahanCapaian WHERE Id < (SELECT MAX(Id) FROM PerubahanCapaian) - 1000 AND DibuatPadaUtc < '2021-01-01'"),
            n => n == 0, TimeSpan.FromSeconds(10));
        Assert.Equal(0, diLuarJendela);
        Assert.True(await SkalarAsync("SELECT COUNT(*) FROM PerubahanCapaian WHERE Wilayah = 'lama'") >= 1, "each region keeps its newest stamp");
        var etag = (await admin.GetAsync("/api/capaian?tahun=2021")).Headers.ETag;
        using var ulang = new HttpRequestMessage(HttpMethod.Get, "/api/capaian?tahun=2021");
        ulang.Headers.IfNoneMatch.Add(etag!);
        Assert.Equal(HttpStatusCode.NotModified, (await admin.SendAsync(ulang)).StatusCode);
    }

    private Task SqlAsync(string sql) => BasisDataUji.SqlAsync(_app, "Kinerja", sql);

    private async Task<long> SkalarAsync(string sql) =>
        Convert.ToInt64(await TeksAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    private Task<string?> TeksAsync(string sql) => BasisDataUji.TeksAsync(_app, "Kinerja", sql);
}

/// <summary>Issue 9: two app instances on the same database never serve each other's stale cached response.</summary>
public sealed class HasilTersimpanDuaInstansiTests
{
    [Fact]
    public async Task Two_hosts_on_the_same_database_never_serve_a_stale_cached_copy()
    {
        using var satu = new RenstraApp();
        using var admin1 = await satu.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin1.PutAsJsonAsync("/api/ketenagakerjaan/data/2024", new { nilai = new Dictionary<string, decimal> { ["AngkatanKerja"] = 70000, ["Pengangguran"] = 2000 } })).StatusCode);
        await Eventually.WaitForAsync(() => RealisasiAsync(admin1), r => r == Math.Round(2000m / 70000m * 100m, 4), TimeSpan.FromSeconds(20));

        using var dua = new RenstraApp(satu.DataDirectory) { DeleteDataOnDispose = false };
        using var admin2 = await dua.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(Math.Round(2000m / 70000m * 100m, 4), await RealisasiAsync(admin2));
        Assert.Equal(Math.Round(2000m / 70000m * 100m, 4), await RealisasiAsync(admin1)); // both caches hold the old result now

        Assert.Equal(HttpStatusCode.OK, (await admin2.PutAsJsonAsync("/api/ketenagakerjaan/data/2024", new { nilai = new Dictionary<string, decimal> { ["AngkatanKerja"] = 70000, ["Pengangguran"] = 3500 } })).StatusCode);
        var baru = Math.Round(3500m / 70000m * 100m, 4);
        // Whatever instance computes it, the first one shows the change (or says it is being computed) as soon as it is stored.
        var seen = await Eventually.WaitForAsync(() => RealisasiAsync(admin2), r => r == baru, TimeSpan.FromSeconds(20));
        Assert.Equal(baru, seen);
        Assert.Equal(baru, await RealisasiAsync(admin1));
    }

    /// <summary>
    /// Concurrent reads share the stamp statement (read group commit), yet a read that starts after another
    /// instance committed a new stamp never gets an older copy: 24 readers loop, half through host A and half through
    /// host B, while a connection of its own (as another instance's recompute does) commits 40 stamp rows to the
    /// shared file one after another. Each answer's ETag carries the stamp it was made under.
    /// </summary>
    [Fact]
    public async Task Concurrent_reads_racing_stamp_commits_by_another_instance_never_return_a_copy_older_than_their_start()
    {
        using var satu = new RenstraApp();
        using var dua = new RenstraApp(satu.DataDirectory) { DeleteDataOnDispose = false };
        using var pembaca1 = await satu.ClientForAsync(RenstraApp.Pimpinan);
        using var pembaca2 = await dua.ClientForAsync(RenstraApp.Pimpinan);
        Assert.Equal((await pembaca1.GetAsync("/api/capaian?tahun=2024")).Headers.ETag!.Tag, (await pembaca2.GetAsync("/api/capaian?tahun=2024")).Headers.ETag!.Tag);

        var bacaan = new System.Collections.Concurrent.ConcurrentBag<(long Mulai, long Stempel)>();
        using var henti = new CancellationTokenSource();
        var pembacaan = Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            var pembaca = i % 2 == 0 ? pembaca1 : pembaca2;
            while (!henti.IsCancellationRequested)
            {
                var mulai = System.Diagnostics.Stopwatch.GetTimestamp();
                using var jawaban = await pembaca.GetAsync("/api/capaian?tahun=2024");
                Assert.Equal(HttpStatusCode.OK, jawaban.StatusCode);
                bacaan.Add((mulai, StempelDari(jawaban.Headers.ETag!.Tag)));
            }
        })).ToList();
        await Eventually.WaitForAsync(() => Task.FromResult(bacaan.Count), n => n >= 48, TimeSpan.FromSeconds(30));

        var komit = new List<(long Selesai, long Id)>();
        await using (var koneksi = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(satu.DataDirectory, "kinerja.db")};Pooling=False"))
        {
            await koneksi.OpenAsync();
            for (var i = 0; i < 40; i++)
            {
                await using var perintah = koneksi.CreateCommand();
                perintah.CommandText = "INSERT INTO PerubahanCapaian (Wilayah, DibuatPadaUtc) VALUES ('*', '2026-01-01 00:00:00'); SELECT last_insert_rowid();";
                var id = Convert.ToInt64(await perintah.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                komit.Add((System.Diagnostics.Stopwatch.GetTimestamp(), id));
                var sampai = bacaan.Count + 12;
                await Eventually.WaitForAsync(() => Task.FromResult(bacaan.Count), n => n >= sampai, TimeSpan.FromSeconds(10));
            }
        }
        await henti.CancelAsync();
        await Task.WhenAll(pembacaan);

        Assert.All(bacaan, b =>
        {
            var terakhir = komit.LastOrDefault(k => k.Selesai < b.Mulai);
            Assert.True(b.Stempel >= terakhir.Id, $"a read started after stamp {terakhir.Id} was committed answered the copy of stamp {b.Stempel}");
        });
        Assert.True(bacaan.Count(b => b.Mulai > komit[0].Selesai) >= 40 * 12);
    }

    /// <summary>The newest stamp id in a capaian ETag, <c>W/"{id}.{count}-{query}"</c>.</summary>
    private static long StempelDari(string etag) =>
        long.Parse(etag.AsSpan(1, etag.IndexOf('.', StringComparison.Ordinal) - 1), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<decimal?> RealisasiAsync(HttpClient client)
    {
        var semua = await client.GetFromJsonAsync<JsonElement>("/api/capaian?tahun=2024&wilayah=1906");
        var c = semua.EnumerateArray().Single(x => x.GetProperty("kode").GetString() == "RPJMD-01");
        return c.GetProperty("status").GetString() == "SedangDihitung" || c.GetProperty("realisasi").ValueKind != JsonValueKind.Number
            ? null : c.GetProperty("realisasi").GetDecimal();
    }
}
