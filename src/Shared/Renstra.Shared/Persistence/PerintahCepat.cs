using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Renstra.Shared.Persistence;

/// <summary>
/// One SQL statement of a module's database for a hot read path that must not build a DbContext per request:
/// run on a pooled ADO.NET connection of the module's own provider and connection string. The statement is made
/// once, from the DbContext's model (table and column names, the provider's quoting), on first use.
/// </summary>
public sealed class PerintahCepat<TContext>(IServiceScopeFactory scopes, Func<TContext, ISqlGenerationHelper, string> buatSql)
    where TContext : DbContext
{
    private sealed record Siap(DbProviderFactory Pabrik, string Koneksi, string Sql);

    private Siap? _siap;

    /// <summary>The first row read by <paramref name="baris"/>, or <paramref name="kosong"/> when there is none.</summary>
    public async Task<T> BacaAsync<T>(
        IReadOnlyList<KeyValuePair<string, object>> parameter, Func<DbDataReader, T> baris, T kosong, CancellationToken cancellationToken)
    {
        var siap = _siap ??= Siapkan();
        await using var koneksi = siap.Pabrik.CreateConnection()!;
        koneksi.ConnectionString = siap.Koneksi;
        await koneksi.OpenAsync(cancellationToken);
        await using var perintah = koneksi.CreateCommand();
        perintah.CommandText = siap.Sql;
        foreach (var (nama, nilai) in parameter)
        {
            var p = perintah.CreateParameter();
            p.ParameterName = nama;
            p.Value = nilai;
            perintah.Parameters.Add(p);
        }
        await using var hasil = await perintah.ExecuteReaderAsync(cancellationToken);
        return await hasil.ReadAsync(cancellationToken) ? baris(hasil) : kosong;
    }

    private Siap Siapkan()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return new Siap(DbProviderFactories.GetFactory(db.Database.GetDbConnection())!, db.Database.GetConnectionString()!,
            buatSql(db, db.GetService<ISqlGenerationHelper>()));
    }
}
