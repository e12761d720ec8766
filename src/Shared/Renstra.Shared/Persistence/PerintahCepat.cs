using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace Renstra.Shared.Persistence;

/// <summary>The current row of a <see cref="PerintahCepat{TContext}"/> read, by column position.</summary>
public interface IBarisCepat
{
    bool IsNull(int kolom);

    long Int64(int kolom);

    bool Boolean(int kolom);

    string Teks(int kolom);

    DateTimeOffset WaktuOffset(int kolom);
}

/// <summary>
/// One SQL statement of a module's database for a hot read path that must not build a DbContext per request. The
/// statement is made once, from the DbContext's model (table and column names, the provider's quoting), on first use;
/// up to <see cref="Simpanan"/> statements stay ready on their own open connections, so a read is one execution of an
/// already prepared statement (a fresh read of the committed data each time: nothing is held between reads).
/// </summary>
/// <remarks>
/// Measured on the hot capaian read (docs/benchmarks.md, issue 9): the idle statements sit in a lock-free queue with
/// an interlocked count (a <see cref="ConcurrentBag{T}"/>'s <c>Count</c> takes all of its per-thread locks, which was
/// the largest lock contention of the read); on SQLite the statement is a prepared <c>sqlite3_stmt</c> bound by
/// position, stepped and reset — Microsoft.Data.Sqlite's per-execution work (binding by name, a reader object,
/// statement enumeration) cost about as much as SQLite's own. Other providers run an ordinary command, awaited.
/// </remarks>
public sealed class PerintahCepat<TContext>(IServiceScopeFactory scopes, Func<TContext, ISqlGenerationHelper, string> buatSql) : IDisposable
    where TContext : DbContext
{
    private const int Simpanan = 16;

    private readonly ConcurrentQueue<Perintah> _siapPakai = new();

    private int _jumlahSiap;

    private sealed record Siap(DbProviderFactory Pabrik, string Koneksi, string Sql, bool Sqlite);

    private Siap? _siap;

    /// <summary>The first row read by <paramref name="baris"/>, or <paramref name="kosong"/> when there is none.</summary>
    public async Task<T> BacaAsync<T>(
        IReadOnlyList<KeyValuePair<string, object>> parameter, Func<IBarisCepat, T> baris, T kosong, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Perintah perintah;
        if (_siapPakai.TryDequeue(out var siap))
        {
            Interlocked.Decrement(ref _jumlahSiap);
            perintah = siap;
        }
        else perintah = await BuatAsync(parameter, cancellationToken);
        try
        {
            var hasil = perintah is PerintahSqlite sqlite ? sqlite.Baca(parameter, baris, kosong)
                : await ((PerintahUmum)perintah).BacaAsync(parameter, baris, kosong, cancellationToken);
            if (Interlocked.Increment(ref _jumlahSiap) <= Simpanan) _siapPakai.Enqueue(perintah);
            else
            {
                Interlocked.Decrement(ref _jumlahSiap);
                perintah.Dispose();
            }
            return hasil;
        }
        catch
        {
            perintah.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        while (_siapPakai.TryDequeue(out var perintah)) perintah.Dispose();
    }

    private async Task<Perintah> BuatAsync(IReadOnlyList<KeyValuePair<string, object>> parameter, CancellationToken cancellationToken)
    {
        var siap = _siap ??= Siapkan();
        var koneksi = siap.Pabrik.CreateConnection()!;
        koneksi.ConnectionString = siap.Koneksi;
        try
        {
            if (siap.Sqlite)
            {
                koneksi.Open();
                return new PerintahSqlite((SqliteConnection)koneksi, siap.Sql, parameter);
            }
            await koneksi.OpenAsync(cancellationToken);
            return new PerintahUmum(koneksi, siap.Sql, parameter);
        }
        catch
        {
            await koneksi.DisposeAsync();
            throw;
        }
    }

    private Siap Siapkan()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var koneksi = db.Database.GetDbConnection();
        return new Siap(DbProviderFactories.GetFactory(koneksi)!, db.Database.GetConnectionString()!,
            buatSql(db, db.GetService<ISqlGenerationHelper>()), koneksi is SqliteConnection);
    }

    private abstract class Perintah : IDisposable
    {
        public abstract void Dispose();
    }

    /// <summary>Any provider: a command with its parameters made once, executed asynchronously.</summary>
    private sealed class PerintahUmum : Perintah, IBarisCepat
    {
        private readonly DbConnection _koneksi;
        private readonly DbCommand _perintah;
        private DbDataReader? _r;

        public PerintahUmum(DbConnection koneksi, string sql, IReadOnlyList<KeyValuePair<string, object>> parameter)
        {
            _koneksi = koneksi;
            _perintah = koneksi.CreateCommand();
            _perintah.CommandText = sql;
            foreach (var (nama, _) in parameter)
            {
                var p = _perintah.CreateParameter();
                p.ParameterName = nama;
                _perintah.Parameters.Add(p);
            }
        }

        public async Task<T> BacaAsync<T>(
            IReadOnlyList<KeyValuePair<string, object>> parameter, Func<IBarisCepat, T> baris, T kosong, CancellationToken cancellationToken)
        {
            for (var i = 0; i < parameter.Count; i++) _perintah.Parameters[i].Value = parameter[i].Value;
            await using var r = await _perintah.ExecuteReaderAsync(cancellationToken);
            _r = r;
            try
            {
                return await r.ReadAsync(cancellationToken) ? baris(this) : kosong;
            }
            finally
            {
                _r = null;
            }
        }

        public bool IsNull(int kolom) => _r!.IsDBNull(kolom);

        public long Int64(int kolom) => Convert.ToInt64(_r!.GetValue(kolom), CultureInfo.InvariantCulture);

        public bool Boolean(int kolom) => _r!.GetBoolean(kolom);

        public string Teks(int kolom) => _r!.GetString(kolom);

        public DateTimeOffset WaktuOffset(int kolom) => _r!.GetFieldValue<DateTimeOffset>(kolom);

        public override void Dispose()
        {
            _perintah.Dispose();
            _koneksi.Dispose();
        }
    }

    /// <summary>SQLite: a prepared statement on its own connection; its parameters' positions looked up once.</summary>
    private sealed class PerintahSqlite : Perintah, IBarisCepat
    {
        private const int TungguKunciMs = 30_000;

        private readonly SqliteConnection _koneksi;
        private readonly sqlite3_stmt _stmt;
        private readonly int[] _posisi;
        private readonly object?[] _terikat;

        public PerintahSqlite(SqliteConnection koneksi, string sql, IReadOnlyList<KeyValuePair<string, object>> parameter)
        {
            _koneksi = koneksi;
            var db = koneksi.Handle!;
            raw.sqlite3_busy_timeout(db, TungguKunciMs);
            SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out _stmt), db);
            _posisi = [.. parameter.Select(p => raw.sqlite3_bind_parameter_index(_stmt, p.Key))];
            _terikat = new object?[parameter.Count];
        }

        public T Baca<T>(IReadOnlyList<KeyValuePair<string, object>> parameter, Func<IBarisCepat, T> baris, T kosong)
        {
            var db = _koneksi.Handle!;
            try
            {
                for (var i = 0; i < parameter.Count; i++)
                {
                    // A reset keeps the bindings: the same value (a user's own id, the region of a read) is not bound again.
                    if (Equals(_terikat[i], parameter[i].Value)) continue;
                    _terikat[i] = null;
                    var rc = parameter[i].Value switch
                    {
                        string s => raw.sqlite3_bind_text(_stmt, _posisi[i], s),
                        long l => raw.sqlite3_bind_int64(_stmt, _posisi[i], l),
                        int n => raw.sqlite3_bind_int64(_stmt, _posisi[i], n),
                        null => raw.sqlite3_bind_null(_stmt, _posisi[i]),
                        var lain => throw new NotSupportedException($"Parameter type {lain.GetType().Name} is not bound by PerintahCepat."),
                    };
                    SqliteException.ThrowExceptionForRC(rc, db);
                    _terikat[i] = parameter[i].Value;
                }
                var langkah = raw.sqlite3_step(_stmt);
                if (langkah == raw.SQLITE_ROW) return baris(this);
                if (langkah == raw.SQLITE_DONE) return kosong;
                SqliteException.ThrowExceptionForRC(langkah, db);
                return kosong;
            }
            finally
            {
                raw.sqlite3_reset(_stmt);
            }
        }

        public bool IsNull(int kolom) => raw.sqlite3_column_type(_stmt, kolom) == raw.SQLITE_NULL;

        public long Int64(int kolom) => raw.sqlite3_column_int64(_stmt, kolom);

        public bool Boolean(int kolom) => raw.sqlite3_column_int64(_stmt, kolom) != 0;

        public string Teks(int kolom) => raw.sqlite3_column_text(_stmt, kolom).utf8_to_string();

        /// <summary>EF Core's SQLite provider stores a <see cref="DateTimeOffset"/> as ISO 8601 text with its offset.</summary>
        public DateTimeOffset WaktuOffset(int kolom) => DateTimeOffset.Parse(Teks(kolom), CultureInfo.InvariantCulture);

        public override void Dispose()
        {
            _stmt.Dispose();
            _koneksi.Dispose();
        }
    }
}
