using Microsoft.EntityFrameworkCore;

namespace Renstra.Shared.Persistence;

/// <summary>
/// Options for design-time factories (<c>dotnet ef migrations add</c>) and for the offline SQL Server
/// script tests: no database is contacted.
/// </summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<TContext> SqlServer<TContext>(string schema) where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseSqlServer("Server=(design-time);Database=Renstra;Trusted_Connection=True;TrustServerCertificate=True",
                sql => sql.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .Options;

    public static DbContextOptions<TContext> Sqlite<TContext>(string moduleName) where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseSqlite($"Data Source={moduleName.ToLowerInvariant()}.db")
            .Options;
}
