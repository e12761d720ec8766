using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Modules.Ketenagakerjaan.Data;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// Issue 9, session 8: a writer whose client goes away in the middle of its transaction is not an error in the
/// operator's log (nothing is stored, nothing failed); a transaction that really fails still is, with its exception.
/// </summary>
public sealed class TransaksiDibatalkanTests
{
    private const string Lembar = "/api/ketenagakerjaan/data/2023";

    private static readonly object Isi = new { nilai = new Dictionary<string, decimal> { ["AngkatanKerja"] = 70345, ["Pengangguran"] = 2765 } };

    [Fact]
    public async Task A_PUT_cut_off_by_its_client_inside_the_transaction_stores_nothing_and_logs_no_error()
    {
        using var app = new AppDenganPenahan(Penahan.Perilaku.TungguPembatalan);
        using var client = await app.ClientForAsync(RenstraApp.Admin);
        using var batal = new CancellationTokenSource();
        app.Penahan.Aktif = true;

        var kirim = client.PutAsJsonAsync(Lembar, Isi, batal.Token);
        await app.Penahan.SampaiDiKomit.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await batal.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => kirim);
        await app.Penahan.Selesai.Task.WaitAsync(TimeSpan.FromSeconds(30));
        app.Penahan.Aktif = false;

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Lembar)).StatusCode);
        Assert.True(await Eventually.WaitForAsync(() => Task.FromResult(app.Log.Any(c => c.Tingkat == LogLevel.Information && c.Pesan.Contains("did not complete"))), ada => ada));
        Assert.DoesNotContain(app.Log, c => c.Tingkat >= LogLevel.Error);

        // The next PUT of the same sheet is accepted as its first revision.
        var lagi = await client.PutAsJsonAsync(Lembar, Isi);
        Assert.Equal(HttpStatusCode.OK, lagi.StatusCode);
        Assert.Equal("\"1\"", lagi.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_commit_that_really_fails_is_still_logged_as_an_error_with_its_exception()
    {
        using var app = new AppDenganPenahan(Penahan.Perilaku.Gagal);
        using var client = await app.ClientForAsync(RenstraApp.Admin);
        app.Penahan.Aktif = true;

        var jawab = await client.PutAsJsonAsync(Lembar, Isi);
        app.Penahan.Aktif = false;

        Assert.Equal(HttpStatusCode.InternalServerError, jawab.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Lembar)).StatusCode);
        Assert.Contains(app.Log, c => c.Tingkat == LogLevel.Error && c.Kategori == DbLoggerCategory.Database.Transaction.Name
            && c.Galat is SqliteException { SqliteErrorCode: 10 });
    }

    [Fact]
    public async Task A_PUT_whose_sheet_got_another_revision_after_it_was_read_is_merged_again_and_logs_no_error()
    {
        using var app = new AppDenganPenahan(Penahan.Perilaku.TungguPembatalan);
        using var client = await app.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync(Lembar, Isi)).StatusCode);
        app.Penyela.Aktif = true;

        var lagi = await client.PutAsJsonAsync(Lembar, new { nilai = new Dictionary<string, decimal> { ["AngkatanKerja"] = 71000 } });

        Assert.False(app.Penyela.Aktif); // another revision did cut in before its save
        Assert.Equal(HttpStatusCode.OK, lagi.StatusCode);
        Assert.Equal("\"2\"", lagi.Headers.ETag?.Tag);
        var lembar = await (await client.GetAsync(Lembar)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(71000, lembar.GetProperty("nilai").GetProperty("AngkatanKerja").GetDecimal());
        Assert.Equal(2765, lembar.GetProperty("nilai").GetProperty("Pengangguran").GetDecimal());
        Assert.DoesNotContain(app.Log, c => c.Tingkat >= LogLevel.Error);
    }

    /// <summary>While armed, cuts in before the next save of a sheet: raises its revision inside the same transaction, as a
    /// writer that got in between the PUT's read and its save would have (the save's savepoint then takes it back). The
    /// sheet PUT saves without EF's update pipeline (<see cref="SimpanLangsung"/>), which runs this hook as EF runs its
    /// SaveChanges interceptors.</summary>
    private sealed class Penyela : SaveChangesInterceptor, IPengamatSimpan
    {
        public volatile bool Aktif;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } db && Menyela(db))
                await db.Database.ExecuteSqlRawAsync(Sql, cancellationToken);
            return result;
        }

        public void Menyimpan(DbContext db)
        {
            if (Menyela(db)) db.Database.ExecuteSqlRaw(Sql);
        }

        private const string Sql = "UPDATE \"LembarData\" SET \"Revisi\" = \"Revisi\" + 1";

        private bool Menyela(DbContext db)
        {
            if (!Aktif || !db.ChangeTracker.Entries().Any(e => e.Metadata.ClrType.Name == "LembarData" && e.State == EntityState.Modified))
                return false;
            Aktif = false;
            return true;
        }
    }

    private sealed record Catatan(string Kategori, LogLevel Tingkat, string Pesan, Exception? Galat);

    /// <summary>Holds the Ketenagakerjaan commit while armed: until its request is cancelled, or fails it as a disk error would.</summary>
    private sealed class Penahan(Penahan.Perilaku perilaku) : DbTransactionInterceptor
    {
        public enum Perilaku { TungguPembatalan, Gagal }

        public volatile bool Aktif;

        public TaskCompletionSource SampaiDiKomit { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Selesai { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (!Aktif) return result;
            if (perilaku == Perilaku.Gagal) throw new SqliteException("disk I/O error", 10);
            SampaiDiKomit.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            return result;
        }

        public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            Selesai.TrySetResult();
            return Task.CompletedTask;
        }
    }

    private sealed class AppDenganPenahan(Penahan.Perilaku perilaku) : RenstraApp
    {
        public Penahan Penahan { get; } = new(perilaku);

        public Penyela Penyela { get; } = new();

        public ConcurrentQueue<Catatan> Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(l => l.AddProvider(new Penangkap(Log)).AddFilter<Penangkap>(null, LogLevel.Information));
            builder.ConfigureTestServices(s => s.ConfigureDbContext<KetenagakerjaanSqliteDbContext>(o => o.AddInterceptors(Penahan, Penyela)));
        }
    }

    private sealed class Penangkap(ConcurrentQueue<Catatan> log) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Pencatat(categoryName, log);

        public void Dispose()
        {
        }

        private sealed class Pencatat(string kategori, ConcurrentQueue<Catatan> log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) log.Enqueue(new Catatan(kategori, logLevel, formatter(state, exception), exception));
            }
        }
    }
}
