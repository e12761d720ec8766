using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Renstra.Shared.Outbox;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.Evaluasi.Data;

/// <summary>Evaluasi's data: schema <c>evaluasi</c> on SQL Server, <c>evaluasi.db</c> on SQLite.</summary>
public class EvaluasiDbContext : DbContext, IKonteksModul
{
    public KeadaanKonteks Keadaan { get; } = new();

    public EvaluasiDbContext(DbContextOptions<EvaluasiDbContext> options) : base(options)
    {
    }

    protected EvaluasiDbContext(DbContextOptions options) : base(options)
    {
    }

    /// <summary>SQL Server schema; null on SQLite, which has no schemas.</summary>
    protected virtual string? Schema => EvaluasiModule.Schema;

    internal DbSet<DpaSubKegiatan> Dpa => Set<DpaSubKegiatan>();

    internal DbSet<RealisasiAnggaran> RealisasiAnggaran => Set<RealisasiAnggaran>();

    internal DbSet<CatatanEvaluasi> Catatan => Set<CatatanEvaluasi>();

    internal DbSet<CatatanEvaluasiRiwayat> CatatanRiwayat => Set<CatatanEvaluasiRiwayat>();

    internal DbSet<AturanAkumulasi> AturanAkumulasi => Set<AturanAkumulasi>();

    internal DbSet<AturanEfisiensi> AturanEfisiensi => Set<AturanEfisiensi>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Schema is not null) modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EvaluasiDbContext).Assembly);
    }
}

/// <summary>Carries the SQLite migrations of <see cref="EvaluasiDbContext"/>.</summary>
public sealed class EvaluasiSqliteDbContext(DbContextOptions<EvaluasiSqliteDbContext> options) : EvaluasiDbContext(options)
{
    protected override string? Schema => null;
}

internal sealed class EvaluasiDesignTimeFactory : IDesignTimeDbContextFactory<EvaluasiDbContext>
{
    public EvaluasiDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<EvaluasiDbContext>(EvaluasiModule.Schema));
}

internal sealed class EvaluasiSqliteDesignTimeFactory : IDesignTimeDbContextFactory<EvaluasiSqliteDbContext>
{
    public EvaluasiSqliteDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<EvaluasiSqliteDbContext>(EvaluasiModule.Nama));
}
