using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.Kinerja;

/// <summary>Entry of the Kinerja module: indicator rules, targets, realisasi and capaian.</summary>
public static class KinerjaModule
{
    internal const string Nama = "Kinerja";
    internal const string Schema = "kinerja";

    public static IServiceCollection AddKinerjaModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<KinerjaDbContext, KinerjaSqliteDbContext>(configuration, Nama, Schema);
        services.AddHealthChecks().AddDbContextCheck<KinerjaDbContext>(Nama);
        services.Scan(scan => scan
            .FromAssemblyOf<KinerjaDbContext>()
            .AddClasses(c => c.AssignableTo(typeof(FluentValidation.IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        return services;
    }

    public static IEndpointRouteBuilder MapKinerjaEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
