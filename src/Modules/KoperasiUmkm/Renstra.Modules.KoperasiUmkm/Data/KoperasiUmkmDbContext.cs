using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Renstra.Modules.Bidang.Data;
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
