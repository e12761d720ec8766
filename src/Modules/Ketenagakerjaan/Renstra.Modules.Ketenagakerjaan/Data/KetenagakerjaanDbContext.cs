using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Renstra.Modules.Bidang.Data;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.Ketenagakerjaan.Data;

/// <summary>The Ketenagakerjaan module's data: schema <c>ketenagakerjaan</c> on SQL Server, <c>ketenagakerjaan.db</c> on SQLite.</summary>
public class KetenagakerjaanDbContext : BidangDbContext
{
    public KetenagakerjaanDbContext(DbContextOptions<KetenagakerjaanDbContext> options) : base(options)
    {
    }

    protected KetenagakerjaanDbContext(DbContextOptions options) : base(options)
    {
    }

    protected override string? Schema => "ketenagakerjaan";
}

/// <summary>Carries the SQLite migrations of <see cref="KetenagakerjaanDbContext"/>.</summary>
public sealed class KetenagakerjaanSqliteDbContext(DbContextOptions<KetenagakerjaanSqliteDbContext> options) : KetenagakerjaanDbContext(options)
{
    protected override string? Schema => null;
}

internal sealed class KetenagakerjaanDesignTimeFactory : IDesignTimeDbContextFactory<KetenagakerjaanDbContext>
{
    public KetenagakerjaanDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<KetenagakerjaanDbContext>("ketenagakerjaan"));
}

internal sealed class KetenagakerjaanSqliteDesignTimeFactory : IDesignTimeDbContextFactory<KetenagakerjaanSqliteDbContext>
{
    public KetenagakerjaanSqliteDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<KetenagakerjaanSqliteDbContext>("Ketenagakerjaan"));
}
