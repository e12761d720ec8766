using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Renstra.Modules.Bidang.Data;
using Renstra.Modules.KoperasiUmkm.Data.Register;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.KoperasiUmkm.Data;

/// <summary>The KoperasiUmkm module's data: schema <c>koperasiumkm</c> on SQL Server, <c>koperasiumkm.db</c> on SQLite.</summary>
public class KoperasiUmkmDbContext : BidangDbContext
{
    public KoperasiUmkmDbContext(DbContextOptions<KoperasiUmkmDbContext> options) : base(options)
    {
    }

    protected KoperasiUmkmDbContext(DbContextOptions options) : base(options)
    {
    }

    protected override string? Schema => "koperasiumkm";

    internal DbSet<Koperasi> Koperasi => Set<Koperasi>();

    internal DbSet<DataTahunanKoperasi> DataTahunanKoperasi => Set<DataTahunanKoperasi>();

    internal DbSet<LayananKoperasi> LayananKoperasi => Set<LayananKoperasi>();

    internal DbSet<UsahaMikro> UsahaMikro => Set<UsahaMikro>();

    internal DbSet<SkalaUsahaMikro> SkalaUsahaMikro => Set<SkalaUsahaMikro>();

    internal DbSet<LayananUsahaMikro> LayananUsahaMikro => Set<LayananUsahaMikro>();

    internal DbSet<RiwayatRegister> RiwayatRegister => Set<RiwayatRegister>();

    internal DbSet<AturanRegister> AturanRegister => Set<AturanRegister>();

    internal DbSet<AturanRegisterRiwayat> AturanRegisterRiwayat => Set<AturanRegisterRiwayat>();

    internal DbSet<ImporAturanRegisterBawaan> ImporAturanRegisterBawaan => Set<ImporAturanRegisterBawaan>();

    internal DbSet<PermintaanTurunan> PermintaanTurunan => Set<PermintaanTurunan>();

    /// <summary>The kernel's sheets plus this module's registers (koperasi, usaha mikro) and their derivation rules.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KoperasiUmkmDbContext).Assembly);
    }
}

/// <summary>Carries the SQLite migrations of <see cref="KoperasiUmkmDbContext"/>.</summary>
public sealed class KoperasiUmkmSqliteDbContext(DbContextOptions<KoperasiUmkmSqliteDbContext> options) : KoperasiUmkmDbContext(options)
{
    protected override string? Schema => null;
}

internal sealed class KoperasiUmkmDesignTimeFactory : IDesignTimeDbContextFactory<KoperasiUmkmDbContext>
{
    public KoperasiUmkmDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<KoperasiUmkmDbContext>("koperasiumkm"));
}

internal sealed class KoperasiUmkmSqliteDesignTimeFactory : IDesignTimeDbContextFactory<KoperasiUmkmSqliteDbContext>
{
    public KoperasiUmkmSqliteDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<KoperasiUmkmSqliteDbContext>("KoperasiUmkm"));
}
