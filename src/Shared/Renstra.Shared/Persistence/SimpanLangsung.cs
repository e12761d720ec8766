using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Renstra.Shared.Persistence;

/// <summary>
/// A SaveChanges hook that <see cref="SimpanLangsung"/> runs as EF runs it before a save (the audit row, the outbox
/// signal): the interceptor keeps one implementation for both ways of saving.
/// </summary>
public interface IPengamatSimpan
{
    /// <summary>Before the statements; the changes are already detected (no need to detect them again).</summary>
    void Menyimpan(DbContext db);
}

/// <summary>
/// <c>SaveChanges</c> for a hot write without EF Core's update pipeline: each tracked change becomes one plain statement on
/// the caller's transaction — <c>INSERT</c> of an added row, <c>UPDATE</c> of the modified columns and <c>DELETE</c>, each
/// guarded by its key and its concurrency tokens' original values as EF's would be. The statements are made from the
/// model (names quoted by the provider, values through each property's type mapping, so SQLite and SQL Server get their
/// own types and formats) and kept per entity type and set of modified columns. A sheet PUT's save was a quarter of the
/// host's CPU inside the module file's single write turn (docs/benchmarks.md, "PUT → capaian visible", Session 19).
/// </summary>
/// <remarks>
/// The same outcomes as <c>SaveChanges</c>: a row that is not as read (0 rows changed) throws
/// <see cref="DbUpdateConcurrencyException"/>, a statement the database refuses throws <see cref="DbUpdateException"/>, and
/// the hooks of <see cref="IPengamatSimpan"/> run first. What needs the pipeline — no transaction to join, an added row
/// whose store-generated key another row needs, and the rarer cases of <see cref="PerluPipeline"/> — goes to <c>SaveChanges</c>.
/// </remarks>
public static class SimpanLangsung
{
    private static readonly ConcurrentDictionary<(IEntityType, EntityState, string), Pernyataan> Tersimpan = new();

    public static async Task SimpanLangsungAsync(this DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction?.GetDbTransaction() is not { } transaksi)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        if (db.ChangeTracker.AutoDetectChangesEnabled) db.ChangeTracker.DetectChanges();
        if (Berubah(db).Exists(PerluPipeline))
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        foreach (var pengamat in db.InterseptorBerperan<IPengamatSimpan>()) pengamat.Menyimpan(db);
        var entri = Berubah(db);

        foreach (var e in entri)
        {
            await using var perintah = transaksi.Connection!.CreateCommand();
            perintah.Transaction = transaksi;
            SiapkanPerintah(db, e, perintah);
            int baris;
            try
            {
                baris = await perintah.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException galat)
            {
                throw new DbUpdateException($"Menyimpan {e.Metadata.DisplayName()} gagal: {galat.Message}", galat, new List<EntityEntry> { e });
            }
            if (e.State != EntityState.Added && baris != 1)
                throw new DbUpdateConcurrencyException($"{e.Metadata.DisplayName()} sudah diubah atau dihapus sejak dibaca.");
        }

        // As after SaveChanges: what was written is now the tracked original. An added row with a store-generated key
        // leaves the tracker instead (its key is not read back; nothing here reads it).
        foreach (var e in entri)
            if (e.State == EntityState.Added && e.Properties.Any(p => p.IsTemporary)) e.State = EntityState.Detached;
        db.ChangeTracker.AcceptAllChanges();
    }

    /// <summary>The statement that stores <paramref name="e"/>'s change, with its parameters, on <paramref name="perintah"/>
    /// (public for the test that reads the SQL Server statements without a server).</summary>
    public static void SiapkanPerintah(DbContext db, EntityEntry e, DbCommand perintah)
    {
        var pernyataan = Tersimpan.GetOrAdd((e.Metadata, e.State, Diubah(e)),
            static (k, a) => Buat(k.Item1, k.Item2, a.e, a.db.GetService<ISqlGenerationHelper>()), (e, db));
        perintah.CommandText = pernyataan.Sql;
        perintah.Parameters.Clear();
        for (var i = 0; i < pernyataan.Nilai.Count; i++)
        {
            var (properti, pemetaan, asli) = pernyataan.Nilai[i];
            var isian = e.Property(properti);
            perintah.Parameters.Add(pemetaan.CreateParameter(perintah, "@p" + i, asli ? isian.OriginalValue : isian.CurrentValue, properti.IsNullable));
        }
    }

    private static List<EntityEntry> Berubah(DbContext db) =>
        db.ChangeTracker.SemuaEntri().FindAll(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    /// <summary>An added row whose store-generated key another row refers to (its key must be read back), a row not
    /// mapped to one table of its own, an update with no column to set, or a guard on a nullable concurrency token (EF
    /// compares a null one with <c>IS NULL</c>; <c>= NULL</c> would refuse every such write).</summary>
    private static bool PerluPipeline(EntityEntry e) =>
        e.Metadata.GetTableName() is null || e.Metadata.IsOwned() || e.Metadata.GetDeclaredForeignKeys().Any(fk => fk.IsOwnership)
        || (e.State == EntityState.Added && e.Properties.Any(p => p.IsTemporary) && e.Metadata.GetReferencingForeignKeys().Any())
        || (e.State == EntityState.Modified && !e.Properties.Any(p => p.IsModified))
        || (e.State != EntityState.Added && e.Metadata.GetProperties().Any(p => p.IsConcurrencyToken && p.IsNullable));

    /// <summary>What shapes the statement besides its entity type and state: the columns an update sets, the
    /// store-generated columns an insert leaves out; empty for a delete.</summary>
    private static string Diubah(EntityEntry e)
    {
        if (e.State == EntityState.Deleted) return "";
        var kunci = new StringBuilder();
        foreach (var p in e.Properties)
            if (e.State == EntityState.Added ? p.IsTemporary : p.IsModified) kunci.Append(p.Metadata.Name).Append(',');
        return kunci.ToString();
    }

    private static Pernyataan Buat(IEntityType jenis, EntityState keadaan, EntityEntry contoh, ISqlGenerationHelper sql)
    {
        var tabel = StoreObjectIdentifier.Table(jenis.GetTableName()!, jenis.GetSchema());
        string Kolom(IProperty p) => sql.DelimitIdentifier(p.GetColumnName(tabel)!);
        var namaTabel = sql.DelimitIdentifier(tabel.Name, tabel.Schema);
        var nilai = new List<(IProperty, RelationalTypeMapping, bool)>();
        string Parameter(IProperty p, bool asli)
        {
            nilai.Add((p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), asli));
            return "@p" + (nilai.Count - 1);
        }

        // The key and the concurrency tokens as read: a row that changed since fails the statement (0 rows).
        string Syarat() => string.Join(" AND ", jenis.GetProperties()
            .Where(p => p.IsPrimaryKey() || p.IsConcurrencyToken)
            .Select(p => $"{Kolom(p)} = {Parameter(p, asli: true)}"));

        string teks;
        switch (keadaan)
        {
            case EntityState.Added:
            {
                // A store-generated key is left to the database (the caller checked that no other row needs it).
                var kolom = contoh.Properties.Where(p => !p.IsTemporary && p.Metadata.GetColumnName(tabel) is not null).Select(p => p.Metadata).ToList();
                teks = $"INSERT INTO {namaTabel} ({string.Join(", ", kolom.Select(Kolom))}) VALUES ({string.Join(", ", kolom.Select(p => Parameter(p, asli: false)))})";
                break;
            }
            case EntityState.Modified:
            {
                var set = string.Join(", ", contoh.Properties.Where(p => p.IsModified).Select(p => $"{Kolom(p.Metadata)} = {Parameter(p.Metadata, asli: false)}"));
                teks = $"UPDATE {namaTabel} SET {set} WHERE {Syarat()}";
                break;
            }
            default:
                teks = $"DELETE FROM {namaTabel} WHERE {Syarat()}";
                break;
        }
        return new Pernyataan(teks, nilai);
    }

    /// <summary>A statement and, in order, the property each of its parameters carries (its original or current value) with
    /// the property's type mapping.</summary>
    private sealed record Pernyataan(string Sql, List<(IProperty Properti, RelationalTypeMapping Pemetaan, bool Asli)> Nilai);
}
