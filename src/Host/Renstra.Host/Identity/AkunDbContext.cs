using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Renstra.Shared.Audit;
using Renstra.Shared.Persistence;

namespace Renstra.Host.Identity;

/// <summary>
/// Users, roles and the data-protection keys that sign tokens and cookies (shared by every app
/// instance). Schema <c>akun</c> on SQL Server, <c>akun.db</c> on SQLite.
/// </summary>
public class AkunDbContext : IdentityDbContext<Pengguna>, IDataProtectionKeyContext, IKonteksModul
{
    public KeadaanKonteks Keadaan { get; } = new();

    internal const string Nama = "Akun";
    internal const string SchemaName = "akun";

    public AkunDbContext(DbContextOptions<AkunDbContext> options) : base(options)
    {
    }

    protected AkunDbContext(DbContextOptions options) : base(options)
    {
    }

    protected virtual string? Schema => SchemaName;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<TokenSegar> TokenSegar => Set<TokenSegar>();

    public DbSet<PercobaanMasukTakDikenal> PercobaanMasukTakDikenal => Set<PercobaanMasukTakDikenal>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        if (Schema is not null) builder.HasDefaultSchema(Schema);
        builder.Entity<Pengguna>().Property(p => p.NamaLengkap).HasMaxLength(200);
        builder.Entity<TokenSegar>(t =>
        {
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).HasMaxLength(40);
            t.Property(x => x.Keluarga).HasMaxLength(40);
            t.Property(x => x.PenggunaId).HasMaxLength(450);
            t.HasIndex(x => x.Keluarga);
            t.HasIndex(x => new { x.PenggunaId, x.KedaluwarsaUtc });
        });
        builder.Entity<PercobaanMasukTakDikenal>(p =>
        {
            p.HasKey(x => x.Kunci);
            p.Property(x => x.Kunci).HasMaxLength(64);
            p.HasIndex(x => x.DiubahPadaUtc);
        });
        builder.ApplyAuditLog();
    }
}

/// <summary>Carries the SQLite migrations of <see cref="AkunDbContext"/>.</summary>
public sealed class AkunSqliteDbContext(DbContextOptions<AkunSqliteDbContext> options) : AkunDbContext(options)
{
    protected override string? Schema => null;
}

internal sealed class AkunDesignTimeFactory : IDesignTimeDbContextFactory<AkunDbContext>
{
    public AkunDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<AkunDbContext>(AkunDbContext.SchemaName));
}

internal sealed class AkunSqliteDesignTimeFactory : IDesignTimeDbContextFactory<AkunSqliteDbContext>
{
    public AkunSqliteDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<AkunSqliteDbContext>(AkunDbContext.Nama));
}
