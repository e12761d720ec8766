using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Bidang.Contracts;
using Renstra.Modules.Bidang.Data;
using Renstra.Shared.Authorization;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.Bidang;

/// <summary>Registers one bidang module on the shared submission kernel.</summary>
public static class BidangModuleRegistration
{
    public static IServiceCollection AddBidangModule<TContext, TSqliteContext, TDiterima, TKunci>(
        this IServiceCollection services, IConfiguration configuration, BidangModul modul)
        where TContext : BidangDbContext
        where TSqliteContext : TContext
        where TDiterima : LembarDataDiterimaIntegrationEvent, new()
        where TKunci : StatusKunciBerubahIntegrationEvent, new()
    {
        services.AddModuleDbContext<TContext, TSqliteContext>(configuration, modul.Nama, modul.Schema);
        services.AddKeyedScoped<BidangDbContext>(modul.Nama, (sp, _) => sp.GetRequiredService<TContext>());
        services.AddKeyedSingleton<IBidangEvents>(modul.Nama, new BidangEvents<TDiterima, TKunci>());
        services.AddSingleton(modul);
        services.AddHealthChecks().AddDbContextCheck<TContext>(modul.Nama);
        services.AddAuthorizationBuilder().AddPengisiDataPolicy(modul.Nama);
        return services;
    }

    public static IEndpointRouteBuilder MapBidangEndpoints(this IEndpointRouteBuilder endpoints, BidangModul modul)
    {
        var group = endpoints.MapGroup($"/api/{modul.Slug}").WithTags(modul.Nama);
        _ = group;
        return endpoints;
    }
}
