using Microsoft.EntityFrameworkCore;
using Renstra.Shared.Outbox;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.Bidang.Data;

/// <summary>
/// The model every bidang module stores its data in. Each bidang module derives its own context
/// (own SQLite file, own SQL Server schema, own migrations); none shares another's tables.
/// </summary>
public abstract class BidangDbContext(DbContextOptions options) : DbContext(options), IKonteksModul
{
    public KeadaanKonteks Keadaan { get; } = new();

    /// <summary>SQL Server schema of the module; null on SQLite, which has no schemas.</summary>
    protected abstract string? Schema { get; }

    internal DbSet<LembarData> Lembar => Set<LembarData>();

    internal DbSet<RevisiLembar> Revisi => Set<RevisiLembar>();

    internal DbSet<NilaiLembar> NilaiLembar => Set<NilaiLembar>();

    internal DbSet<RiwayatKunci> RiwayatKunci => Set<RiwayatKunci>();

    internal DbSet<KekuranganData> Kekurangan => Set<KekuranganData>();

    internal DbSet<LembarAnggaran> LembarAnggaran => Set<LembarAnggaran>();

    internal DbSet<RevisiLembarAnggaran> RevisiAnggaran => Set<RevisiLembarAnggaran>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Schema is not null) modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BidangDbContext).Assembly);
    }
}
