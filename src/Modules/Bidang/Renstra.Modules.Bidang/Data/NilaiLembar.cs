using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Shared.Hosting;

namespace Renstra.Modules.Bidang.Data;

/// <summary>
/// One value of a sheet as a row: what a read needs to know of a sheet without parsing its JSON (which variables
/// it holds, and their values for a sum across kecamatan). Written in the same transaction as every revision
/// (<see cref="NilaiLembarSalinan.Salin"/>); <see cref="LembarData.Nilai"/> stays the sheet of record.
/// </summary>
internal sealed class NilaiLembar
{
    public long LembarId { get; set; }

    public LembarData? Lembar { get; set; }

    public string Variabel { get; set; } = "";

    public decimal Nilai { get; set; }
}

internal sealed class NilaiLembarConfiguration : IEntityTypeConfiguration<NilaiLembar>
{
    public void Configure(EntityTypeBuilder<NilaiLembar> builder)
    {
        builder.ToTable("NilaiLembar");
        builder.HasKey(n => new { n.LembarId, n.Variabel });
        builder.Property(n => n.Variabel).HasMaxLength(100);
        // |x| ≤ 10^15 (BatasNilai) with room for the fractional digits people type.
        builder.Property(n => n.Nilai).HasPrecision(38, 18);
        builder.HasOne(n => n.Lembar).WithMany().HasForeignKey(n => n.LembarId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Keeps <see cref="NilaiLembar"/> in step with the sheet.</summary>
internal static class NilaiLembarSalinan
{
    /// <summary>
    /// Adds, updates or (for a removed value, <see cref="PerubahanNilai.Sesudah"/> null) deletes the rows of the values
    /// <paramref name="perubahan"/> changed, inside the caller's transaction. The rows mirror the sheet's values (every
    /// revision writes them here; sheets older than the rows are filled in at start), so a change's
    /// <see cref="PerubahanNilai.Sebelum"/> says whether its row exists: the rows are written by key, not read first — the
    /// read of every row of the sheet was ≈ 12 % of a PUT's write on the module file's single writer (docs/benchmarks.md,
    /// "PUT → capaian visible", Sessions 13 and 16). A row that is not where the sheet says fails the write (EF's
    /// concurrency check: nothing of it is stored).
    /// </summary>
    public static void Salin(this BidangDbContext db, LembarData lembar, IReadOnlyList<PerubahanNilai> perubahan)
    {
        foreach (var p in perubahan)
        {
            if (p.Sebelum is null)
            {
                if (p.Sesudah is { } baru) db.NilaiLembar.Add(new NilaiLembar { Lembar = lembar, Variabel = p.Variabel, Nilai = baru });
            }
            else if (p.Sesudah is not { } sesudah)
            {
                db.NilaiLembar.Remove(new NilaiLembar { LembarId = lembar.Id, Variabel = p.Variabel });
            }
            else
            {
                var baris = db.NilaiLembar.Attach(new NilaiLembar { LembarId = lembar.Id, Variabel = p.Variabel, Nilai = sesudah });
                baris.Property(n => n.Nilai).IsModified = true;
            }
        }
    }

    /// <summary>
    /// Whether any sheet with a revision has no value row at all — what <see cref="IsiYangBelumAsync"/> would fill. One
    /// plain statement on the connection: asked at every start, where almost always the answer is no, it spares the
    /// start translating the back-fill's query for each bidang context (docs/benchmarks.md, "Cold start").
    /// </summary>
    public static async Task<bool> AdaYangBelumAsync(this BidangDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var lembar = db.Model.FindEntityType(typeof(LembarData))!.GetTableMappings().Single();
        var nilai = db.Model.FindEntityType(typeof(NilaiLembar))!.GetTableMappings().Single();
        string Tabel(ITableMapping t) => sql.DelimitIdentifier(t.Table.Name, t.Table.Schema);
        string Kolom(ITableMapping t, string properti) => sql.DelimitIdentifier(t.ColumnMappings.Single(m => m.Property.Name == properti).Column.Name);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var perintah = db.Database.GetDbConnection().CreateCommand();
            perintah.CommandText =
                $"SELECT CASE WHEN EXISTS (SELECT 1 FROM {Tabel(lembar)} l WHERE l.{Kolom(lembar, nameof(LembarData.Revisi))} > 0 " +
                $"AND NOT EXISTS (SELECT 1 FROM {Tabel(nilai)} n WHERE n.{Kolom(nilai, nameof(NilaiLembar.LembarId))} = l.{Kolom(lembar, nameof(LembarData.Id))})) " +
                "THEN 1 ELSE 0 END";
            return Convert.ToInt32(await perintah.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The rows of sheets stored before this table existed (or by a writer that skipped it), from their JSON; run at
    /// start, before requests. Idempotent: only sheets with a revision and no row at all are filled.
    /// </summary>
    public static async Task<int> IsiYangBelumAsync(this BidangDbContext db, CancellationToken cancellationToken)
    {
        var lembar = await db.Lembar.AsNoTracking()
            .Where(l => l.Revisi > 0 && !db.NilaiLembar.Any(n => n.LembarId == l.Id))
            .Select(l => new { l.Id, l.Nilai })
            .ToListAsync(cancellationToken);
        if (lembar.Count == 0) return 0;
        foreach (var l in lembar)
        foreach (var (kode, nilai) in l.Nilai)
            db.NilaiLembar.Add(new NilaiLembar { LembarId = l.Id, Variabel = kode, Nilai = nilai });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return lembar.Count;
    }
}

/// <summary>At start: fills <see cref="NilaiLembar"/> for the sheets stored before it existed, in every bidang module.</summary>
internal sealed class IsiNilaiLembarSaatMulai(IEnumerable<BidangModul> modul, IServiceProvider services) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var m in modul)
        {
            var db = services.GetRequiredKeyedService<BidangDbContext>(m.Nama);
            if (!await db.AdaYangBelumAsync(cancellationToken)) continue;
            try
            {
                await db.IsiYangBelumAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance starting on the same database filled them first; what it wrote is the same.
                db.ChangeTracker.Clear();
            }
        }
    }
}
