using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Shared.Outbox;

namespace Renstra.Shared.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider. <typeparamref name="TSqliteContext"/>
    /// derives from <typeparamref name="TContext"/> only to carry the SQLite migrations (EF Core keeps one
    /// migration set per context type); code always asks for <typeparamref name="TContext"/>.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqliteContext>(
        this IServiceCollection services, IConfiguration configuration, string moduleName, string schema)
        where TContext : DbContext
        where TSqliteContext : TContext
    {
        var options = DatabaseOptions.From(configuration);
        services.AddSingleton(options);
        services.AddScoped<OutboxSignalInterceptor<TContext>>();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<TContext, TSqliteContext>((sp, o) => o
                .UseSqlite(options.SqliteConnectionString(moduleName))
                .AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor<TContext>>()));
        }
        else
        {
            services.AddDbContext<TContext>((sp, o) => o
                .UseSqlServer(options.SqlServerConnectionString(), sql => sql
                    .MigrationsHistoryTable("__EFMigrationsHistory", schema)
                    .EnableRetryOnFailure())
                .AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor<TContext>>()));
        }
        services.AddSingleton<IModuleDatabase>(new ModuleDatabase<TContext>(moduleName));
        return services;
    }
}
