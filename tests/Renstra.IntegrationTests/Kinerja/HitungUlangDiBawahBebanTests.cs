using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;
using static Renstra.IntegrationTests.Kinerja.LembarTpt;

namespace Renstra.IntegrationTests.Kinerja;

/// <summary>
/// The recompute under load (issue 9, PUT → visible): it is not held back by other background work, and a large
/// region written in pieces never shows a result as final before the whole region is stored.
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
        // 30 periods × 89 indicators: more rows than one write piece holds.
        string[] periode = [.. Enumerable.Range(2021, 6).SelectMany(t => new[] { $"{t}" }.Concat(Enumerable.Range(1, 4).Select(k => $"{t}-T{k}")))];
        foreach (var p in periode)
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/ketenagakerjaan/data/{p}", Lembar(70000, 2000))).StatusCode);
        await Eventually.WaitForAsync(() => SkalarAsync("SELECT COUNT(*) FROM PermintaanHitungUlang"), n => n == 0, TimeSpan.FromSeconds(30));
        Assert.True(await SkalarAsync("SELECT COUNT(*) FROM HasilCapaian WHERE Wilayah = '1906'") > 2000, "the region needs more than one write piece");

        // Every period's inputs change; the recompute's last piece (the one that deletes the requests) is refused.
        await SqlAsync("CREATE TRIGGER uji_gagal_hapus BEFORE DELETE ON PermintaanHitungUlang BEGIN SELECT RAISE(ABORT, 'penyimpanan uji menolak'); END;");
        try
        {
            foreach (var p in periode)
                Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/ketenagakerjaan/data/{p}", Lembar(70000, 3500))).StatusCode);
            // A run that took every changed period failed at its last piece: the pieces before it are written.
            Assert.Equal(periode.Length, await Eventually.WaitForAsync(
                () => SkalarAsync("SELECT COUNT(DISTINCT Periode) FROM PermintaanHitungUlang WHERE Wilayah = '1906' AND Percobaan >= 1 AND Periode IN ("
                    + string.Join(", ", periode.Select(p => $"'{p}'")) + ")"),
                n => n == periode.Length, TimeSpan.FromSeconds(40)));
            var dibaca = new List<JsonElement>();
            foreach (var tahun in Enumerable.Range(2021, 6)) dibaca.AddRange(await BacaAsync(admin, tahun.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.True(dibaca.Count >= 6, $"{dibaca.Count} rows read");
            // Some periods may already show the new value, but none as final while the region's write is unfinished.
            Assert.All(dibaca, r => Assert.Equal("SedangDihitung", r.GetProperty("status").GetString()));
            Assert.Contains(dibaca, r => r.GetProperty("realisasi").ValueKind == JsonValueKind.Number && r.GetProperty("realisasi").GetDecimal() == 5m);
        }
        finally
        {
            await SqlAsync("DROP TRIGGER IF EXISTS uji_gagal_hapus;");
        }

        await Eventually.WaitForAsync(() => SkalarAsync("SELECT COUNT(*) FROM PermintaanHitungUlang"), n => n == 0, TimeSpan.FromSeconds(60));
        foreach (var tahun in Enumerable.Range(2021, 6))
        {
            var baris = await BacaAsync(admin, tahun.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.All(baris, r => Assert.NotEqual("SedangDihitung", r.GetProperty("status").GetString()));
            Assert.Equal(5m, baris.Single(r => r.GetProperty("periode").GetString() == $"{tahun}").GetProperty("realisasi").GetDecimal());
        }
    }

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
