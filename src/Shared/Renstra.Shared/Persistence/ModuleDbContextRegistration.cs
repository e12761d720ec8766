using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Renstra.Shared.Audit;
using Renstra.Shared.Outbox;

namespace Renstra.Shared.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider. <typeparamref name="TSqliteContext"/>
    /// derives from <typeparamref name="TContext"/> only to carry the SQLite migrations (EF Core keeps one
    /// migration set per context type); code always asks for <typeparamref name="TContext"/>. Each of the two has its
    /// compiled model (<see cref="CompiledModelAttribute"/>), used unless <c>Renstra:Database:CompiledModels</c> is <c>false</c>.
    /// The context is scoped as before, leased from a pool with options built once: its interceptors are singletons that
    /// read what they need of the scope from the context (<see cref="IKonteksModul"/>).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqliteContext>(
        this IServiceCollection services, IConfiguration configuration, string moduleName, string schema,
        Func<Type, bool>? alsoAudit = null)
        where TContext : DbContext, IKonteksModul
        where TSqliteContext : TContext
    {
        var options = DatabaseOptions.From(configuration);
        services.TryAddSingleton(options);
        services.AddSingleton<OutboxSignalInterceptor<TContext>>();
        services.AddSingleton<OutboxDispatchSchedule<TContext>>();
        var audit = new AuditInterceptor(moduleName, alsoAudit);
        services.AddSingleton<IAuditSource, AuditSource<TContext>>();
        services.TryAddSingleton<KomitBersama>();
        services.TryAddSingleton<KomitBersamaInterceptor>();
        // A container without logging (a tool, a test) still gets its contexts: nothing is logged there.
        services.TryAddSingleton(sp => new TransaksiGagalInterceptor(sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        IInterceptor[] Modul(IServiceProvider sp) =>
            [sp.GetRequiredService<OutboxSignalInterceptor<TContext>>(), audit, sp.GetRequiredService<TransaksiGagalInterceptor>()];
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var connectionString = options.SqliteConnectionString(moduleName);
            // The group commit first: the outbox signal then fires for a commit that is already on disk.
            services.AddPooledDbContextFactory<TSqliteContext>((sp, o) =>
            {
                if (options.CompiledModels) o.UseModel(CompiledModelAttribute.Of<TSqliteContext>());
                o.UseSqlite(connectionString)
                    .ConfigureWarnings(Peringatan)
                    .AddInterceptors(options.GroupCommit ? [sp.GetRequiredService<KomitBersamaInterceptor>(), .. Modul(sp)] : Modul(sp));
            });
            services.AddScoped(sp => Sewa<TContext, TSqliteContext>(sp, sp.GetRequiredService<IDbContextFactory<TSqliteContext>>()));
        }
        else
        {
            services.AddPooledDbContextFactory<TContext>((sp, o) =>
            {
                if (options.CompiledModels) o.UseModel(CompiledModelAttribute.Of<TContext>());
                // No retrying execution strategy: it forbids the explicit transactions some use cases
                // need, and every write here is a single SaveChanges the client may safely repeat.
                o.UseSqlServer(options.SqlServerConnectionString(), sql => sql
                        .MigrationsHistoryTable("__EFMigrationsHistory", schema))
                    .ConfigureWarnings(Peringatan)
                    .AddInterceptors(Modul(sp));
            });
            services.AddScoped(sp => Sewa<TContext, TContext>(sp, sp.GetRequiredService<IDbContextFactory<TContext>>()));
        }
        services.AddSingleton<IModuleDatabase>(new ModuleDatabase<TContext>(moduleName,
            options.Provider == DatabaseProvider.Sqlite ? typeof(TSqliteContext).Assembly : null));
        return services;
    }

    /// <summary>A context from the pool for the scope <paramref name="scope"/>, which returns it when it ends.</summary>
    private static TContext Sewa<TContext, TPooled>(IServiceProvider scope, IDbContextFactory<TPooled> pool)
        where TContext : DbContext, IKonteksModul
        where TPooled : TContext
    {
        TContext db = pool.CreateDbContext();
        db.Keadaan.Sewa(scope);
        return db;
    }

    /// <summary>
    /// With the pending-model-changes warning on, every <c>MigrateAsync</c> that has work to do first builds the model
    /// snapshot and diffs it against the model (docs/benchmarks.md, "Cold start"). Whether the migrations keep up with
    /// the model is proven once, by SqlServerScriptTests for both providers, not again at every start. A failed
    /// transaction operation is logged by <see cref="TransaksiGagalInterceptor"/> at its due level (a cancelled
    /// request's below Error), so EF's own log of it goes to Debug.
    /// </summary>
    private static void Peringatan(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(RelationalEventId.PendingModelChangesWarning)
            .Log((RelationalEventId.TransactionError, LogLevel.Debug));
}
