using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Renstra.Shared.Outbox;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.Kinerja.Data;

/// <summary>Kinerja's data: schema <c>kinerja</c> on SQL Server, <c>kinerja.db</c> on SQLite.</summary>
public class KinerjaDbContext : DbContext, IKonteksModul
{
    public KeadaanKonteks Keadaan { get; } = new();

    public KinerjaDbContext(DbContextOptions<KinerjaDbContext> options) : base(options)
    {
    }

    protected KinerjaDbContext(DbContextOptions options) : base(options)
    {
    }

    /// <summary>SQL Server schema; null on SQLite, which has no schemas.</summary>
    protected virtual string? Schema => KinerjaModule.Schema;

    internal DbSet<NilaiVariabel> NilaiVariabel => Set<NilaiVariabel>();

    internal DbSet<KunciPeriode> KunciPeriode => Set<KunciPeriode>();

    internal DbSet<Variabel> Variabel => Set<Variabel>();

    internal DbSet<VariabelRiwayat> VariabelRiwayat => Set<VariabelRiwayat>();

    internal DbSet<AturanValidasi> AturanValidasi => Set<AturanValidasi>();

    internal DbSet<ImporBawaan> ImporBawaan => Set<ImporBawaan>();

    internal DbSet<Indikator> Indikator => Set<Indikator>();

    internal DbSet<IndikatorVersi> IndikatorVersi => Set<IndikatorVersi>();

    internal DbSet<TargetIndikator> TargetIndikator => Set<TargetIndikator>();

    internal DbSet<TargetRiwayat> TargetRiwayat => Set<TargetRiwayat>();

    internal DbSet<AturanCapaian> AturanCapaian => Set<AturanCapaian>();

    internal DbSet<HasilCapaian> HasilCapaian => Set<HasilCapaian>();

    internal DbSet<PermintaanHitungUlang> PermintaanHitungUlang => Set<PermintaanHitungUlang>();

    internal DbSet<PerubahanCapaian> PerubahanCapaian => Set<PerubahanCapaian>();

    internal DbSet<AturanRiwayat> AturanRiwayat => Set<AturanRiwayat>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Schema is not null) modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KinerjaDbContext).Assembly);
    }
}

/// <summary>Carries the SQLite migrations of <see cref="KinerjaDbContext"/>.</summary>
public sealed class KinerjaSqliteDbContext(DbContextOptions<KinerjaSqliteDbContext> options) : KinerjaDbContext(options)
{
    protected override string? Schema => null;
}

internal sealed class KinerjaDesignTimeFactory : IDesignTimeDbContextFactory<KinerjaDbContext>
{
    public KinerjaDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<KinerjaDbContext>(KinerjaModule.Schema));
}

internal sealed class KinerjaSqliteDesignTimeFactory : IDesignTimeDbContextFactory<KinerjaSqliteDbContext>
{
    public KinerjaSqliteDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<KinerjaSqliteDbContext>(KinerjaModule.Nama));
}
