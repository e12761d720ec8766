using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Hosting;
using static Renstra.IntegrationTests.Kinerja.LembarTpt;

namespace Renstra.IntegrationTests.Kinerja;

/// <summary>
/// The recompute under load (issue 9, PUT → visible): it is not held back by other background work, and a large
/// region written in pieces never shows a result as final before the whole region is stored, yet shows each piece's
/// results as soon as the piece is committed.
/// </summary>
public sealed class HitungUlangDiBawahBebanTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    private static async Task<List<JsonElement>> BacaAsync(HttpClient client, string tahun) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/capaian?tahun={tahun}&wilayah=1906")).EnumerateArray()
            .Where(c => c.GetProperty("kode").GetString() == Kode)];

    [Fact]
    public async Task A_changed_target_is_recomputed_while_every_general_background_worker_is_busy()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/ketenagakerjaan/data/2022", Lembar(70000, 2100))).StatusCode);
        await Eventually.WaitForAsync(() => BacaAsync(admin, "2022"),
            c => c.Any(r => r.GetProperty("periode").GetString() == "2022" && r.GetProperty("status").GetString() == "Lengkap"), TimeSpan.FromSeconds(20));

        // Long jobs hold every worker of the general queue (as a busy outbox dispatcher and its next run waiting for
        // the first one's lock did under 20 writers): the recompute of a target edit must not wait for them.
        var jobs = _app.Services.GetRequiredService<IBackgroundJobClient>();
        var pekerja = Math.Max(2, Environment.ProcessorCount);
        PekerjaanPenghalang.Siapkan();
        try
        {
            for (var i = 0; i < pekerja; i++) jobs.Enqueue(() => PekerjaanPenghalang.TahanAsync());
            Assert.True(await PekerjaanPenghalang.TungguBerjalanAsync(pekerja, TimeSpan.FromSeconds(20)), "every general worker holds a job");

            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/indikator/{Kode}/target/2022", new { nilai = 2.5m })).StatusCode);
            var baru = await Eventually.WaitForAsync(() => BacaAsync(admin, "2022"),
                c => c.Any(r => r.GetProperty("periode").GetString() == "2022" && r.GetProperty("status").GetString() != "SedangDihitung"
                    && r.GetProperty("target").ValueKind == JsonValueKind.Number && r.GetProperty("target").GetDecimal() == 2.5m),
                TimeSpan.FromSeconds(20));
            var hasil = baru.Single(r => r.GetProperty("periode").GetString() == "2022");
            Assert.Equal(2.5m, hasil.GetProperty("target").GetDecimal());
            Assert.NotEqual("SedangDihitung", hasil.GetProperty("status").GetString());
            Assert.Equal(pekerja, PekerjaanPenghalang.Berjalan);
        }
        finally
        {
            PekerjaanPenghalang.Lepaskan();
        }
    }

    [Fact]
    public async Task A_large_region_whose_last_write_fails_shows_no_period_as_final_until_the_retry_stores_all()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var sebelum = await SiapkanWilayahBesarAsync(admin);

        // The capaian rule of every negative indicator changes: one recompute of the whole region, whose last piece
        // (the one that deletes the requests) the database refuses.
        await SqlAsync(TolakPotonganTerakhir);
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/aturan-capaian/Negatif", new { ekspresi = "target / realisasi * 100" })).StatusCode);
            var tersimpan = await TungguPotonganTersimpanAsync(sebelum);
            // The read shows exactly the periods of the stored pieces as newly computed, and every period as SedangDihitung.
            var dibaca = await BacaSemuaAsync(admin);
            Assert.Equal(tersimpan, Berubah(sebelum.Dibaca, dibaca));
            Assert.All(dibaca, r => Assert.Equal("SedangDihitung", r.GetProperty("status").GetString()));
        }
        finally
        {
            await SqlAsync("DROP TRIGGER IF EXISTS uji_gagal_hapus;");
        }

        await Eventually.WaitForAsync(() => SkalarAsync("SELECT COUNT(*) FROM PermintaanHitungUlang"), n => n == 0, TimeSpan.FromSeconds(60));
        var akhir = await BacaSemuaAsync(admin);
        Assert.All(akhir, r =>
        {
            Assert.NotEqual("SedangDihitung", r.GetProperty("status").GetString());
            Assert.NotEqual(sebelum.Dibaca[r.GetProperty("periode").GetString()!], r.GetProperty("dihitungPada").GetString());
        });
    }

    [Fact]
    public async Task A_read_cached_before_a_piece_of_a_large_region_commits_shows_the_piece_once_it_is_stored()
    {
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var sebelum = await SiapkanWilayahBesarAsync(admin);

        // The recompute's own worker is held, so the reads below come before any piece is written.
        var jobs = _app.Services.GetRequiredService<IBackgroundJobClient>();
        PekerjaanPenghalang.Siapkan();
        await SqlAsync(TolakPotonganTerakhir);
        try
        {
            jobs.Enqueue(AntrianLatar.HitungUlang, () => PekerjaanPenghalang.TahanAsync());
            Assert.True(await PekerjaanPenghalang.TungguBerjalanAsync(1, TimeSpan.FromSeconds(30)), "the recompute's worker holds a job");
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/aturan-capaian/Negatif", new { ekspresi = "target / realisasi * 100" })).StatusCode);
            var menunggu = await BacaSemuaAsync(admin);
            Assert.Empty(Berubah(sebelum.Dibaca, menunggu));
            Assert.All(menunggu, r => Assert.Equal("SedangDihitung", r.GetProperty("status").GetString()));
            Assert.Equal(sebelum.Tersimpan, await DisimpanAsync());

            PekerjaanPenghalang.Lepaskan();
            var tersimpan = await TungguPotonganTersimpanAsync(sebelum);
            var dibaca = await BacaSemuaAsync(admin);
            Assert.Equal(tersimpan, Berubah(sebelum.Dibaca, dibaca));
            Assert.All(dibaca, r => Assert.Equal("SedangDihitung", r.GetProperty("status").GetString()));
        }
        finally
        {
            PekerjaanPenghalang.Lepaskan();
            await SqlAsync("DROP TRIGGER IF EXISTS uji_gagal_hapus;");
        }
        await Eventually.WaitForAsync(() => SkalarAsync("SELECT COUNT(*) FROM PermintaanHitungUlang"), n => n == 0, TimeSpan.FromSeconds(60));
    }

    /// <summary>The database refuses the deletion of the requests, i.e. the last piece of a region's write.</summary>
    private const string TolakPotonganTerakhir =
        "CREATE TRIGGER uji_gagal_hapus BEFORE DELETE ON PermintaanHitungUlang BEGIN SELECT RAISE(ABORT, 'penyimpanan uji menolak'); END;";

    private sealed record Keadaan(Dictionary<string, string> Dibaca, Dictionary<string, string> Tersimpan);

    /// <summary>
    /// 30 periods × 89 indicators of the region, all computed and stored (more rows than one write piece holds); what the
    /// read shows and what is stored of the indicator, per period.
    /// </summary>
    private async Task<Keadaan> SiapkanWilayahBesarAsync(HttpClient admin)
    {
        foreach (var p in Periode)
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/ketenagakerjaan/data/{p}", Lembar(70000, 2000))).StatusCode);
        await Eventually.WaitForAsync(() => SkalarAsync("SELECT COUNT(*) FROM PermintaanHitungUlang"), n => n == 0, TimeSpan.FromSeconds(30));
        // A write piece holds 2 000 rows (PemrosesHitungUlang.UkuranPotongTulis).
        Assert.True(await SkalarAsync("SELECT COUNT(*) FROM HasilCapaian WHERE Wilayah = '1906'") > 2000, "the region needs more than one write piece");
        var dibaca = (await BacaSemuaAsync(admin)).ToDictionary(r => r.GetProperty("periode").GetString()!, r => r.GetProperty("dihitungPada").GetString()!);
        return new(dibaca, await DisimpanAsync());
    }

    /// <summary>
    /// Waits for what is stored, not for what a read shows: the last piece refused at least once and the pieces before it
    /// committed (the indicator's rows of some periods recomputed). Returns those periods.
    /// </summary>
    private async Task<HashSet<string>> TungguPotonganTersimpanAsync(Keadaan sebelum)
    {
        HashSet<string> tersimpan = [];
        await Eventually.WaitForAsync(async () =>
        {
            var ditolak = await SkalarAsync("SELECT IFNULL(MAX(Percobaan), 0) FROM PermintaanHitungUlang WHERE Wilayah = '1906'") >= 1;
            tersimpan = Berubah(sebelum.Tersimpan, await DisimpanAsync());
            return ditolak && tersimpan.Count > 0;
        }, x => x, TimeSpan.FromSeconds(40));
        Assert.True(tersimpan.Count > 0 && tersimpan.Count < Periode.Length, "queue: " + await BasisDataUji.TeksAsync(_app, "Kinerja",
            "SELECT group_concat(Wilayah || ' ' || IFNULL(Periode, '*') || ' ' || IFNULL(Kode, '*') || ' #' || Percobaan || ' ' || IFNULL(GalatTerakhir, '-'), ' | ') FROM PermintaanHitungUlang"));
        return tersimpan;
    }

    /// <summary>The indicator's stored results of the region: period → when computed.</summary>
    private async Task<Dictionary<string, string>> DisimpanAsync() =>
        (await BasisDataUji.TeksAsync(_app, "Kinerja",
            $"SELECT group_concat(Periode || '=' || DihitungPadaUtc, '|') FROM HasilCapaian WHERE Wilayah = '1906' AND Kode = '{Kode}'") ?? "")
        .Split('|', StringSplitOptions.RemoveEmptyEntries).Select(b => b.Split('=', 2)).ToDictionary(b => b[0], b => b[1], StringComparer.Ordinal);

    /// <summary>The periods whose "computed at" differs from before (a read's rows or stored rows).</summary>
    private static HashSet<string> Berubah(Dictionary<string, string> sebelum, Dictionary<string, string> sesudah) =>
        [.. sesudah.Where(s => !sebelum.TryGetValue(s.Key, out var lama) || lama != s.Value).Select(s => s.Key)];

    private static HashSet<string> Berubah(Dictionary<string, string> sebelum, List<JsonElement> dibaca) =>
        Berubah(sebelum, dibaca.ToDictionary(r => r.GetProperty("periode").GetString()!, r => r.GetProperty("dihitungPada").GetString()!));

    /// <summary>The indicator's rows of every period the test submits: the years 2021–2026 and their quarters.</summary>
    private static async Task<List<JsonElement>> BacaSemuaAsync(HttpClient client)
    {
        var semua = new List<JsonElement>();
        foreach (var p in Periode)
        {
            var baris = await client.GetFromJsonAsync<JsonElement>($"/api/capaian?periode={p}&wilayah=1906");
            semua.AddRange(baris.EnumerateArray().Where(c => c.GetProperty("kode").GetString() == Kode));
        }
        return semua;
    }

    private static readonly string[] Periode =
        [.. Enumerable.Range(2021, 6).SelectMany(t => new[] { $"{t}" }.Concat(Enumerable.Range(1, 4).Select(k => $"{t}-T{k}")))];

    private Task SqlAsync(string sql) => BasisDataUji.SqlAsync(_app, "Kinerja", sql);

    private async Task<long> SkalarAsync(string sql) =>
        Convert.ToInt64(await BasisDataUji.TeksAsync(_app, "Kinerja", sql), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A Hangfire job of the general queue that holds its worker until the test lets it go.</summary>
public static class PekerjaanPenghalang
{
    private static TaskCompletionSource _lepas = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static int _berjalan;

    public static int Berjalan => Volatile.Read(ref _berjalan);

    public static void Siapkan()
    {
        _lepas = new(TaskCreationOptions.RunContinuationsAsynchronously);
        _berjalan = 0;
    }

    public static void Lepaskan() => _lepas.TrySetResult();

    public static async Task TahanAsync()
    {
        Interlocked.Increment(ref _berjalan);
        await _lepas.Task.WaitAsync(TimeSpan.FromMinutes(2));
    }

    public static async Task<bool> TungguBerjalanAsync(int jumlah, TimeSpan batas)
    {
        var sampai = DateTime.UtcNow + batas;
        while (Berjalan < jumlah && DateTime.UtcNow < sampai) await Task.Delay(20);
        return Berjalan >= jumlah;
    }
}
