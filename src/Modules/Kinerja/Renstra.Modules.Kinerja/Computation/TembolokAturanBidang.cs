using System.Collections.ObjectModel;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// The bidang modules' variable catalog and active consistency rules (what every sheet PUT asks Kinerja), held in
/// memory for exactly one stored version stamp: the row count and the sum of <c>Versi</c> of <see cref="Variabel"/>
/// and of <see cref="AturanValidasi"/>. Every edit of either raises its row's <c>Versi</c> (a concurrency token) or
/// inserts a row in the edit's own transaction, and no row is ever deleted, so the stamp changes with every edit and
/// never returns to an old value. Each call reads the stamp (one prepared statement on a kept connection, no
/// DbContext) and serves memory only when it matches, so an edit committed on any instance sharing the database
/// counts on the next call.
/// </summary>
internal sealed class TembolokAturanBidang : IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IMesinRumus _mesin;
    private readonly PerintahCepat<KinerjaDbContext> _stempel;
    private volatile Katalog? _katalog;

    public TembolokAturanBidang(IServiceScopeFactory scopes, IMesinRumus mesin)
    {
        _scopes = scopes;
        _mesin = mesin;
        _stempel = new(scopes, SqlStempel);
    }

    /// <summary>One stored version of the catalog, per module; read-only, shared by every caller.</summary>
    internal sealed record Katalog(
        string Stempel,
        IReadOnlyDictionary<string, ReadOnlyCollection<VariabelBidang>> Variabel,
        IReadOnlyDictionary<string, IReadOnlyList<AturanTerkompilasi>> Aturan);

    /// <summary>An active consistency rule, compiled; in the order the rules run (<c>Urutan</c>, then id).</summary>
    internal sealed record AturanTerkompilasi(string Nama, string Pesan, RumusTerkompilasi Rumus);

    /// <summary>Catalogs loaded from the database so far; for tests.</summary>
    internal long JumlahMuat => Interlocked.Read(ref _jumlahMuat);

    private long _jumlahMuat;

    public async Task<Katalog> BacaAsync(CancellationToken cancellationToken)
    {
        var stempel = await _stempel.BacaAsync<string>([], r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Int64(0)}.{r.Int64(1)}.{r.Int64(2)}.{r.Int64(3)}"), "", cancellationToken);
        var katalog = _katalog;
        if (katalog?.Stempel == stempel) return katalog;
        // Loaded after the stamp was read: the rows are at least as new as the stamp they are kept under.
        katalog = await MuatAsync(stempel, cancellationToken);
        _katalog = katalog;
        return katalog;
    }

    public void Dispose() => _stempel.Dispose();

    private async Task<Katalog> MuatAsync(string stempel, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _jumlahMuat);
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        var variabel = await db.Variabel.AsNoTracking().ToListAsync(cancellationToken);
        var aturan = await db.AturanValidasi.AsNoTracking().Where(a => a.Aktif).ToListAsync(cancellationToken);
        var skema = SkemaRumus.Syarat(variabel.Select(v => v.Kode));
        return new Katalog(
            stempel,
            variabel.OrderBy(v => v.Id).GroupBy(v => v.Modul, StringComparer.Ordinal).ToDictionary(
                g => g.Key,
                g => g.Select(v => new VariabelBidang(v.Kode, v.Nama, v.Satuan, v.Modul, v.BilanganBulat, v.Min, v.Max, v.Agregasi)).ToList().AsReadOnly(),
                StringComparer.Ordinal),
            aturan.OrderBy(a => a.Urutan).ThenBy(a => a.Id).GroupBy(a => a.Modul, StringComparer.Ordinal).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<AturanTerkompilasi>)[.. g.Select(a => Kompilasi(a, skema)).OfType<AturanTerkompilasi>()],
                StringComparer.Ordinal));
    }

    private AturanTerkompilasi? Kompilasi(AturanValidasi a, SkemaRumus skema)
    {
        try
        {
            return new(a.Nama, a.Pesan, _mesin.Kompilasi($"validasi:{a.Id}:{a.Versi}", a.Ekspresi, skema));
        }
        catch (RumusDitolakException)
        {
            return null; // a stored rule naming a variable that no longer exists cannot judge a sheet
        }
    }

    private static string SqlStempel(KinerjaDbContext db, ISqlGenerationHelper sql)
    {
        string Jumlah<T>()
        {
            var entitas = db.Model.FindEntityType(typeof(T))!;
            var tabel = sql.DelimitIdentifier(entitas.GetTableName()!, entitas.GetSchema());
            var versi = sql.DelimitIdentifier(entitas.FindProperty("Versi")!.GetColumnName());
            return $"(SELECT COUNT(*) FROM {tabel}), (SELECT COALESCE(SUM(CAST({versi} AS BIGINT)), 0) FROM {tabel})";
        }
        return $"SELECT {Jumlah<Variabel>()}, {Jumlah<AturanValidasi>()}";
    }
}
