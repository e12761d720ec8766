using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Renstra.Modules.Kinerja;
using Renstra.Modules.Kinerja.Computation;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Hosting;

/// <summary>
/// National scale, end to end with storage (issue 9): the shipped catalog on SQLite (WAL, synchronous=FULL, the
/// app's own settings), <c>wilayah</c> regions × every variable × 30 periods (2021–2026, year + 4 quarters) of data,
/// then a rule edit: how long the edit's own transaction takes (what the PUT waits for) and how long the
/// recompute job needs to compute and store every indicator × period × region (run after run, as the app goes on
/// after a run's 60 s, until no request is left; the first run's leftover is printed as well).
/// Run: <c>cd bench/Renstra.Benchmarks &amp;&amp; dotnet run -c Release -- nasional [wilayah]</c>.
/// </summary>
public static class HitungUlangNasional
{
    public static async Task JalankanAsync(int jumlahWilayah)
    {
        var folder = Path.Combine(Path.GetTempPath(), "renstra-nasional-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Benchmark", DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Renstra:DataDirectory"] = folder,
                ["Renstra:RulesDirectory"] = CariRules(),
                ["Renstra:Kinerja:BatasWaktuHitungUlang"] = "600",
            });
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
            // NASIONAL_LOG=1: the recompute's per-region line (slot wait, compute, write turns, write) at Debug.
            if (Environment.GetEnvironmentVariable("NASIONAL_LOG") == "1")
                builder.Logging.AddFilter(typeof(PemrosesHitungUlang).FullName, LogLevel.Debug);
            builder.Services.AddSingleton<IBackgroundJobClient, TanpaHangfire>();
            builder.Services.AddKinerjaModule(builder.Configuration);
            using var host = builder.Build();
            var root = host.Services;

            using (var scope = root.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Database.MigrateAsync();
                foreach (var t in scope.ServiceProvider.GetServices<IStartupTask>()) await t.RunAsync(CancellationToken.None);
            }
            var (variabel, indikator) = await IsiAsync(root, folder, jumlahWilayah);

            Console.WriteLine($"{jumlahWilayah} wilayah × {variabel} variabel × 30 periode; {indikator} indikator → {jumlahWilayah * 30 * indikator:N0} hasil");
            await UkurAsync(root, "hitung pertama (semua hasil baru)");
            await UkurAsync(root, "hitung ulang setelah suntingan aturan (semua hasil diperbarui)");
            await BacaSatuWilayahAsync(root);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task UkurAsync(IServiceProvider root, string nama)
    {
        var jam = Stopwatch.StartNew();
        using (var scope = root.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
            await scope.ServiceProvider.GetRequiredService<AntrianHitungUlang>().AturanBerubahAsync(db, null, CancellationToken.None);
            await db.SaveChangesAsync();
        }
        var antre = jam.Elapsed;
        var proses = Process.GetCurrentProcess();
        var cpu = proses.TotalProcessorTime;
        jam.Restart();
        // A run takes regions for 60 s (LamaRun); in the app the next run (queued by the last one) goes on. So does this
        // loop, which reports the first run as before (what was left after it) and the whole recompute.
        int? sisaRunPertama = null;
        var run = 0;
        int tersimpan, sisa;
        while (true)
        {
            run++;
            using (var scope = root.CreateScope())
                await scope.ServiceProvider.GetRequiredService<PemrosesHitungUlang>().JalankanAsync(CancellationToken.None);
            using var scopeHitung = root.CreateScope();
            var db = scopeHitung.ServiceProvider.GetRequiredService<KinerjaDbContext>();
            sisa = await db.PermintaanHitungUlang.CountAsync();
            sisaRunPertama ??= sisa;
            if (sisa == 0 || run == 10)
            {
                tersimpan = await db.HasilCapaian.CountAsync();
                break;
            }
        }
        var hitung = jam.Elapsed;
        proses.Refresh();
        Console.WriteLine(
            $"{nama}: antre (transaksi PUT) {antre.TotalMilliseconds:N0} ms; hitung + simpan {hitung.TotalSeconds:N1} s in {run} run " +
            $"({sisaRunPertama} permintaan tersisa setelah run pertama; CPU {(proses.TotalProcessorTime - cpu).TotalSeconds:N1} s); " +
            $"{tersimpan:N0} hasil tersimpan, {sisa} permintaan tersisa; RSS {proses.WorkingSet64 / 1024 / 1024} MB");
    }

    private static async Task BacaSatuWilayahAsync(IServiceProvider root)
    {
        using var scope = root.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        var jam = Stopwatch.StartNew();
        const int n = 200;
        var baris = 0;
        for (var i = 0; i < n; i++)
        {
            var w = "W" + (i % 514 + 1).ToString("0000", CultureInfo.InvariantCulture);
            baris += (await db.HasilCapaian.AsNoTracking().Where(h => h.Wilayah == w && h.Periode == "2024").ToListAsync()).Count;
        }
        Console.WriteLine($"baca hasil satu wilayah × satu tahun: {jam.Elapsed.TotalMilliseconds / n:N2} ms per baca ({baris / n} baris)");
    }

    /// <summary>Seeds the data in one raw transaction (seeding is not what is measured).</summary>
    private static async Task<(int Variabel, int Indikator)> IsiAsync(IServiceProvider root, string folder, int jumlahWilayah)
    {
        List<(string Kode, string Modul)> variabel;
        int indikator;
        using (var scope = root.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
            variabel = (await db.Variabel.AsNoTracking().Select(v => new { v.Kode, v.Modul }).ToListAsync()).Select(v => (v.Kode, v.Modul)).ToList();
            indikator = await db.Indikator.CountAsync();
        }
        var periode = Enumerable.Range(2021, 6).SelectMany(t => new[] { $"{t}" }.Concat(Enumerable.Range(1, 4).Select(q => $"{t}-T{q}"))).ToList();
        await using var koneksi = new SqliteConnection($"Data Source={Path.Combine(folder, "kinerja.db")}");
        await koneksi.OpenAsync();
        await using var transaksi = (SqliteTransaction)await koneksi.BeginTransactionAsync();
        await using var perintah = koneksi.CreateCommand();
        perintah.Transaction = transaksi;
        perintah.CommandText = "INSERT INTO NilaiVariabel (Modul, Periode, Wilayah, Kode, Nilai, Revisi, DiterimaPadaUtc) VALUES ($m, $p, $w, $k, $n, 1, $t)";
        var pm = perintah.Parameters.Add("$m", SqliteType.Text);
        var pp = perintah.Parameters.Add("$p", SqliteType.Text);
        var pw = perintah.Parameters.Add("$w", SqliteType.Text);
        var pk = perintah.Parameters.Add("$k", SqliteType.Text);
        var pn = perintah.Parameters.Add("$n", SqliteType.Real);
        perintah.Parameters.AddWithValue("$t", DateTime.UtcNow);
        var acak = new Random(42);
        for (var w = 1; w <= jumlahWilayah; w++)
        {
            pw.Value = "W" + w.ToString("0000", CultureInfo.InvariantCulture);
            foreach (var p in periode)
            {
                pp.Value = p;
                foreach (var (kode, modul) in variabel)
                {
                    pm.Value = modul;
                    pk.Value = kode;
                    pn.Value = acak.Next(1, 100_000);
                    await perintah.ExecuteNonQueryAsync();
                }
            }
        }
        await transaksi.CommitAsync();
        return (variabel.Count, indikator);
    }

    private static string CariRules()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (Directory.Exists(Path.Combine(d.FullName, "rules", "indikator"))) return Path.Combine(d.FullName, "rules");
        throw new DirectoryNotFoundException("rules/ not found above the benchmark");
    }

    /// <summary>No job server here: the benchmark runs the recompute job itself.</summary>
    private sealed class TanpaHangfire : IBackgroundJobClient
    {
        public string Create(Job job, IState state) => "0";

        public bool ChangeState(string jobId, IState state, string expectedState) => false;
    }
}
