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
/// already prepared statement (a fresh read of the committed data each time: nothing is held between reads).
/// </summary>
public sealed class PerintahCepat<TContext>(IServiceScopeFactory scopes, Func<TContext, ISqlGenerationHelper, string> buatSql) : IDisposable
    where TContext : DbContext
{
    private const int Simpanan = 16;

    private readonly ConcurrentBag<DbCommand> _siapPakai = [];

    private sealed record Siap(DbProviderFactory Pabrik, string Koneksi, string Sql);

    private Siap? _siap;

    /// <summary>The first row read by <paramref name="baris"/>, or <paramref name="kosong"/> when there is none.</summary>
    public async Task<T> BacaAsync<T>(
        IReadOnlyList<KeyValuePair<string, object>> parameter, Func<DbDataReader, T> baris, T kosong, CancellationToken cancellationToken)
    {
        if (!_siapPakai.TryTake(out var perintah)) perintah = await BuatAsync(parameter, cancellationToken);
        try
        {
            for (var i = 0; i < parameter.Count; i++) perintah.Parameters[i].Value = parameter[i].Value;
            T hasil;
            await using (var r = await perintah.ExecuteReaderAsync(cancellationToken))
                hasil = await r.ReadAsync(cancellationToken) ? baris(r) : kosong;
            if (_siapPakai.Count < Simpanan) _siapPakai.Add(perintah);
            else Tutup(perintah);
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
        while (_siapPakai.TryTake(out var perintah)) Tutup(perintah);
    }

    private async Task<DbCommand> BuatAsync(IReadOnlyList<KeyValuePair<string, object>> parameter, CancellationToken cancellationToken)
    {
        var siap = _siap ??= Siapkan();
        var koneksi = siap.Pabrik.CreateConnection()!;
        koneksi.ConnectionString = siap.Koneksi;
        await koneksi.OpenAsync(cancellationToken);
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
        return new Siap(DbProviderFactories.GetFactory(db.Database.GetDbConnection())!, db.Database.GetConnectionString()!,
            buatSql(db, db.GetService<ISqlGenerationHelper>()));
    }
}
