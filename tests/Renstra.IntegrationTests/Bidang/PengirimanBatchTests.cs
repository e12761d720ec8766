using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Outbox;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Bidang;

/// <summary>Issue 9: the outbox delivers in batches and Kinerja takes a batch in one transaction.</summary>
public sealed class PengirimanBatchTests
{
    private static readonly string[] Periode = ["2022-T1", "2022-T2", "2022-T3", "2022-T1"];

    [Fact]
    public async Task Many_sheets_reach_kinerja_in_one_delivery_with_one_recompute_request_per_region_and_period()
    {
        using var app = new RenstraAppTanpaPengiriman(RenstraApp.CreateDataDirectory());
        var kasus = KasusModul.Semua["Ketenagakerjaan"];
        var client = await app.ClientForAsync(kasus.Operator);
        foreach (var (periode, i) in Periode.Select((p, i) => (p, i)))
        {
            var nilai = new Dictionary<string, decimal>(kasus.LembarSah) { ["PendudukUsiaKerja"] = 98620m + i };
            Assert.Equal(HttpStatusCode.OK, (await client.KirimAsync(kasus.Data(periode), nilai)).StatusCode);
        }
        await CatatPermintaanAsync(app);

        await KirimOutboxAsync(app, kasus.Nama);

        var permintaan = await PermintaanTercatatAsync(app);
        Assert.Empty(permintaan.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Superset(new HashSet<string> { "1906 2022-T1", "1906 2022-T2", "1906 2022-T3", "1906 2022-T4", "1906 2022" }, permintaan.ToHashSet());
        Assert.Equal(98623m, app.SalinanKinerja(kasus.Nama, "2022-T1")["PendudukUsiaKerja"].Nilai);
        Assert.Equal(2, app.SalinanKinerja(kasus.Nama, "2022-T1")["PendudukUsiaKerja"].Revisi);
        Assert.Equal(98622m, app.SalinanKinerja(kasus.Nama, "2022-T3")["PendudukUsiaKerja"].Nilai);
        Assert.Equal(0, await SkalarAsync(app, "ketenagakerjaan.db", "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedOnUtc IS NULL"));
    }

    [Fact]
    public async Task A_bad_event_in_a_batch_holds_back_only_itself()
    {
        using var app = new RenstraAppTanpaPengiriman(RenstraApp.CreateDataDirectory());
        var kasus = KasusModul.Semua["Ketenagakerjaan"];
        var client = await app.ClientForAsync(kasus.Operator);
        Assert.Equal(HttpStatusCode.OK, (await client.KirimAsync(kasus.Data("2023"), kasus.LembarSah)).StatusCode);
        var rusak = await SisipkanPesanRusakAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await client.KirimAsync(kasus.Data("2024"), kasus.LembarSah)).StatusCode);

        await Assert.ThrowsAsync<OutboxDeliveryException>(() => KirimOutboxAsync(app, kasus.Nama));

        Assert.Equal(kasus.LembarSah, app.SalinanKinerja(kasus.Nama, "2023").ToDictionary(s => s.Key, s => s.Value.Nilai));
        Assert.Equal(kasus.LembarSah, app.SalinanKinerja(kasus.Nama, "2024").ToDictionary(s => s.Key, s => s.Value.Nilai));
        Assert.Equal(2, await SkalarAsync(app, "ketenagakerjaan.db", "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedOnUtc IS NOT NULL"));
        Assert.Equal(1, await SkalarAsync(app, "ketenagakerjaan.db",
            $"SELECT COUNT(*) FROM OutboxMessages WHERE Id = '{rusak}' AND ProcessedOnUtc IS NULL AND Attempts = 1 AND LastError IS NOT NULL"));
        // Each good event committed with its recompute request; the results follow.
        var pembaca = await app.ClientForAsync(RenstraApp.Pimpinan);
        foreach (var tahun in new[] { 2023, 2024 })
            Assert.Equal(kasus.RealisasiContoh, await Eventually.WaitForAsync(() => pembaca.RealisasiAsync(kasus.IndikatorContoh, tahun), r => r is not null));
    }

    [Fact]
    public async Task A_batch_changes_only_the_sheets_it_carries_when_its_regions_and_periods_cross_other_stored_sheets()
    {
        using var app = new AppDuaWilayah(RenstraApp.CreateDataDirectory());
        var kasus = KasusModul.Semua["Ketenagakerjaan"];
        var client = await app.ClientForAsync(kasus.Operator);
        async Task KirimAsync(string periode, string wilayah, decimal nilai) => Assert.Equal(HttpStatusCode.OK, (await client.KirimAsync(
            kasus.Data(periode, wilayah), new Dictionary<string, decimal>(kasus.LembarSah) { ["PendudukUsiaKerja"] = nilai })).StatusCode);
        await KirimAsync("2023", "1906", 98621m);
        await KirimAsync("2022", AppDuaWilayah.Lain, 98622m);
        await KirimOutboxAsync(app, kasus.Nama);

        // The batch reads every stored value of its regions × periods; the two sheets above are among them but not in it.
        await KirimAsync("2022", "1906", 98623m);
        await KirimAsync("2023", AppDuaWilayah.Lain, 98624m);
        await KirimOutboxAsync(app, kasus.Nama);

        Assert.Equal((98621m, 1), app.SalinanKinerja(kasus.Nama, "2023", "1906")["PendudukUsiaKerja"]);
        Assert.Equal((98622m, 1), app.SalinanKinerja(kasus.Nama, "2022", AppDuaWilayah.Lain)["PendudukUsiaKerja"]);
        Assert.Equal((98623m, 1), app.SalinanKinerja(kasus.Nama, "2022", "1906")["PendudukUsiaKerja"]);
        Assert.Equal((98624m, 1), app.SalinanKinerja(kasus.Nama, "2023", AppDuaWilayah.Lain)["PendudukUsiaKerja"]);
        Assert.Equal(kasus.LembarSah.Count, app.SalinanKinerja(kasus.Nama, "2023", AppDuaWilayah.Lain).Count);
    }

    /// <summary>Sheets may also be submitted for a second region of its own (not a kecamatan).</summary>
    private sealed class AppDuaWilayah(string dataDirectory) : RenstraApp(dataDirectory)
    {
        public const string Lain = "1971";

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Renstra:Outbox:DispatchImmediately"] = "false",
            ["Renstra:Outbox:SweepCron"] = "off",
            ["Renstra:Outbox:SweepOnStart"] = "false",
            ["Renstra:Wilayah:Kode:1906"] = "Kabupaten Belitung Timur",
            [$"Renstra:Wilayah:Kode:{Lain}"] = "Kota Contoh",
        };
    }

    /// <summary>One run of the module's outbox dispatcher, as the Hangfire job runs it.</summary>
    private static async Task KirimOutboxAsync(RenstraApp app, string modul)
    {
        var database = app.Services.GetServices<IModuleDatabase>().Single(d => d.ModuleName == modul);
        var tipe = typeof(OutboxDispatcher<>).MakeGenericType(database.ContextType);
        using var scope = app.Services.CreateScope();
        var dispatcher = ActivatorUtilities.CreateInstance(scope.ServiceProvider, tipe);
        await (Task)tipe.GetMethod("DispatchAsync")!.Invoke(dispatcher, [CancellationToken.None])!;
    }

    /// <summary>A copy of the newest message whose sheet has no period: Kinerja cannot store it.</summary>
    private static async Task<string> SisipkanPesanRusakAsync(RenstraApp app)
    {
        await using var koneksi = Koneksi(app, "ketenagakerjaan.db");
        await koneksi.OpenAsync();
        await using var baca = koneksi.CreateCommand();
        baca.CommandText = "SELECT Type, Payload, OccurredOnUtc FROM OutboxMessages ORDER BY OccurredOnUtc DESC LIMIT 1";
        await using var hasil = await baca.ExecuteReaderAsync();
        Assert.True(await hasil.ReadAsync());
        var (tipe, isi, waktu) = (hasil.GetString(0), JsonNode.Parse(hasil.GetString(1))!, hasil.GetString(2));
        await hasil.CloseAsync();
        var id = Guid.NewGuid();
        isi["id"] = id;
        isi["periode"] = null;
        await using var tulis = koneksi.CreateCommand();
        tulis.CommandText = "INSERT INTO OutboxMessages (Id, Type, Payload, OccurredOnUtc, Attempts) VALUES ($id, $t, $p, $w, 0)";
        tulis.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        tulis.Parameters.AddWithValue("$t", tipe);
        tulis.Parameters.AddWithValue("$p", isi.ToJsonString());
        tulis.Parameters.AddWithValue("$w", waktu);
        await tulis.ExecuteNonQueryAsync();
        return id.ToString().ToUpperInvariant();
    }

    private static async Task CatatPermintaanAsync(RenstraApp app)
    {
        await using var koneksi = Koneksi(app, "kinerja.db");
        await koneksi.OpenAsync();
        await using var perintah = koneksi.CreateCommand();
        perintah.CommandText = """
            CREATE TABLE uji_permintaan (Wilayah TEXT, Periode TEXT);
            CREATE TRIGGER uji_catat AFTER INSERT ON PermintaanHitungUlang BEGIN INSERT INTO uji_permintaan VALUES (NEW.Wilayah, NEW.Periode); END;
            """;
        await perintah.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> PermintaanTercatatAsync(RenstraApp app)
    {
        await using var koneksi = Koneksi(app, "kinerja.db");
        await koneksi.OpenAsync();
        await using var perintah = koneksi.CreateCommand();
        perintah.CommandText = "SELECT Wilayah || ' ' || IFNULL(Periode, '*') FROM uji_permintaan";
        await using var hasil = await perintah.ExecuteReaderAsync();
        var daftar = new List<string>();
        while (await hasil.ReadAsync()) daftar.Add(hasil.GetString(0));
        return daftar;
    }

    private static async Task<long> SkalarAsync(RenstraApp app, string berkas, string sql)
    {
        await using var koneksi = Koneksi(app, berkas);
        await koneksi.OpenAsync();
        await using var perintah = koneksi.CreateCommand();
        perintah.CommandText = sql;
        return Convert.ToInt64(await perintah.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SqliteConnection Koneksi(RenstraApp app, string berkas) =>
        new($"Data Source={Path.Combine(app.DataDirectory, berkas)};Pooling=False");
}
