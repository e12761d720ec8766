using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Renstra.Shared.Persistence;

/// <summary>
/// One SQL statement of a module's database for a hot read path that must not build a DbContext per request. The
/// statement is made once, from the DbContext's model (table and column names, the provider's quoting), on first use;
/// up to <see cref="Simpanan"/> commands stay ready on their own open connections, so a read is one execution of an
/// already prepared statement (a fresh read of the committed data each time: nothing is held between reads). The idle
/// commands sit in a lock-free queue with an interlocked count: every signed-in request passes here, and a
/// <see cref="ConcurrentBag{T}"/>'s <c>Count</c> takes all of its per-thread locks (measured: the largest lock
/// contention of a hot read, docs/benchmarks.md). SQLite executes synchronously whatever the API, so its command
/// is run with the synchronous one (no task machinery per read); other providers are awaited.
/// </summary>
public sealed class PerintahCepat<TContext>(IServiceScopeFactory scopes, Func<TContext, ISqlGenerationHelper, string> buatSql) : IDisposable
    where TContext : DbContext
{
    private const int Simpanan = 16;

    private readonly ConcurrentQueue<DbCommand> _siapPakai = new();

    private int _jumlahSiap;

    private sealed record Siap(DbProviderFactory Pabrik, string Koneksi, string Sql, bool Sinkron);

    private Siap? _siap;

    /// <summary>The first row read by <paramref name="baris"/>, or <paramref name="kosong"/> when there is none.</summary>
    public async Task<T> BacaAsync<T>(
        IReadOnlyList<KeyValuePair<string, object>> parameter, Func<DbDataReader, T> baris, T kosong, CancellationToken cancellationToken)
    {
        DbCommand perintah;
        if (_siapPakai.TryDequeue(out var siap)) { Interlocked.Decrement(ref _jumlahSiap); perintah = siap; }
        else perintah = await BuatAsync(parameter, cancellationToken);
        try
        {
            for (var i = 0; i < parameter.Count; i++) perintah.Parameters[i].Value = parameter[i].Value;
            T hasil;
            if (_siap!.Sinkron)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var r = perintah.ExecuteReader();
                hasil = r.Read() ? baris(r) : kosong;
            }
            else
            {
                await using var r = await perintah.ExecuteReaderAsync(cancellationToken);
                hasil = await r.ReadAsync(cancellationToken) ? baris(r) : kosong;
            }
            if (Interlocked.Increment(ref _jumlahSiap) <= Simpanan) _siapPakai.Enqueue(perintah);
            else
            {
                Interlocked.Decrement(ref _jumlahSiap);
                Tutup(perintah);
            }
            return hasil;
        }
        catch
        {
            Tutup(perintah);
            throw;
        }
    }

    public void Dispose()
    {
        while (_siapPakai.TryDequeue(out var perintah)) Tutup(perintah);
    }

    private async Task<DbCommand> BuatAsync(IReadOnlyList<KeyValuePair<string, object>> parameter, CancellationToken cancellationToken)
    {
        var siap = _siap ??= Siapkan();
        var koneksi = siap.Pabrik.CreateConnection()!;
        koneksi.ConnectionString = siap.Koneksi;
        if (siap.Sinkron) koneksi.Open();
        else await koneksi.OpenAsync(cancellationToken);
        var perintah = koneksi.CreateCommand();
        perintah.CommandText = siap.Sql;
        foreach (var (nama, _) in parameter)
        {
            var p = perintah.CreateParameter();
            p.ParameterName = nama;
            perintah.Parameters.Add(p);
        }
        return perintah;
    }

    private static void Tutup(DbCommand perintah)
    {
        var koneksi = perintah.Connection;
        perintah.Dispose();
        koneksi?.Dispose();
    }

    private Siap Siapkan()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var koneksi = db.Database.GetDbConnection();
        return new Siap(DbProviderFactories.GetFactory(koneksi)!, db.Database.GetConnectionString()!,
            buatSql(db, db.GetService<ISqlGenerationHelper>()), koneksi is Microsoft.Data.Sqlite.SqliteConnection);
    }
}
