using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Renstra.Modules.Bidang.Data;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.Sekretariat.Data;

/// <summary>The Sekretariat module's data: schema <c>sekretariat</c> on SQL Server, <c>sekretariat.db</c> on SQLite.</summary>
public class SekretariatDbContext : BidangDbContext
{
    public SekretariatDbContext(DbContextOptions<SekretariatDbContext> options) : base(options)
    {
    }

    protected SekretariatDbContext(DbContextOptions options) : base(options)
    {
    }

    protected override string? Schema => "sekretariat";
}

/// <summary>Carries the SQLite migrations of <see cref="SekretariatDbContext"/>.</summary>
public sealed class SekretariatSqliteDbContext(DbContextOptions<SekretariatSqliteDbContext> options) : SekretariatDbContext(options)
{
    protected override string? Schema => null;
}

internal sealed class SekretariatDesignTimeFactory : IDesignTimeDbContextFactory<SekretariatDbContext>
{
    public SekretariatDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SekretariatDbContext>("sekretariat"));
}

internal sealed class SekretariatSqliteDesignTimeFactory : IDesignTimeDbContextFactory<SekretariatSqliteDbContext>
{
    public SekretariatSqliteDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SekretariatSqliteDbContext>("Sekretariat"));
}
