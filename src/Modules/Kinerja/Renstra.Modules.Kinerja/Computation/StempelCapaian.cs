using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// The version stamp of what a capaian read of a region shows: the newest <see cref="PerubahanCapaian"/>
/// id of the region and of <c>*</c>, and how many such rows lie in the last <see cref="Jendela"/> ids. The
/// count catches a transaction that committed after a later id (SQL Server identities are handed out
/// before the commit); rows inside the window are never deleted, so a count never returns to an old value.
/// Every call is answered by a statement that started after the call (one of index seeks on a kept connection, no
/// DbContext; concurrent calls for a region share one, <see cref="BacaBersama{TKunci, T}"/>), so an instance sees a
/// change another instance committed before a read began.
/// </summary>
internal sealed class StempelCapaian : IDisposable
{
    public const long Jendela = 1000;

    private readonly PerintahCepat<KinerjaDbContext> _perintah;

    /// <summary>Concurrent reads of one region share a statement that started after each of them arrived.</summary>
    private readonly BacaBersama<string, string> _bersama;

    public StempelCapaian(IServiceScopeFactory scopes)
    {
        _perintah = new(scopes, Sql);
        _bersama = new(BacaSendiriAsync);
    }

    public Task<string> BacaAsync(string wilayah, CancellationToken cancellationToken) => _bersama.BacaAsync(wilayah, cancellationToken);

    /// <summary>Statements executed so far; for tests and benchmarks.</summary>
    internal long JumlahBaca => _bersama.JumlahBaca;

    private Task<string> BacaSendiriAsync(string wilayah, CancellationToken cancellationToken) =>
        _perintah.BacaAsync(
            [new("@w", wilayah), new("@semua", PerubahanCapaian.SemuaWilayah), new("@jendela", Jendela)],
            r => r.IsNull(0) ? "0.0" : string.Create(CultureInfo.InvariantCulture, $"{r.Int64(0)}.{r.Int64(1)}"),
            "0.0", cancellationToken);

    public void Dispose() => _perintah.Dispose();

    /// <summary>Each MAX and each COUNT is a seek on the (Wilayah, Id) index; an OR of the two regions would scan.</summary>
    private static string Sql(KinerjaDbContext db, ISqlGenerationHelper sql)
    {
        var entitas = db.Model.FindEntityType(typeof(PerubahanCapaian))!;
        var t = sql.DelimitIdentifier(entitas.GetTableName()!, entitas.GetSchema());
        var id = sql.DelimitIdentifier(entitas.FindProperty(nameof(PerubahanCapaian.Id))!.GetColumnName());
        var w = sql.DelimitIdentifier(entitas.FindProperty(nameof(PerubahanCapaian.Wilayah))!.GetColumnName());
        return $"""
            WITH m(n) AS (SELECT MAX(x.n) FROM (SELECT MAX({id}) AS n FROM {t} WHERE {w} = @w UNION ALL SELECT MAX({id}) AS n FROM {t} WHERE {w} = @semua) x)
            SELECT m.n,
                (SELECT COUNT(*) FROM {t} q WHERE q.{w} = @w AND q.{id} > m.n - @jendela) +
                (SELECT COUNT(*) FROM {t} q WHERE q.{w} = @semua AND q.{id} > m.n - @jendela)
            FROM m
            """;
    }
}
