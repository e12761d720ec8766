using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Bidang;
using Renstra.Modules.Sekretariat.Contracts;
using Renstra.Modules.Sekretariat.Data;

namespace Renstra.Modules.Sekretariat;

/// <summary>Entry of the Sekretariat module: its data sheets, revisions and locks.</summary>
public static class SekretariatModule
{
    internal static readonly BidangModul Modul = new("Sekretariat", "sekretariat", "sekretariat");

    public static IServiceCollection AddSekretariatModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddBidangModule<SekretariatDbContext, SekretariatSqliteDbContext, DataSekretariatDiterimaIntegrationEvent, KunciSekretariatBerubahIntegrationEvent>(
            configuration, Modul);

    public static IEndpointRouteBuilder MapSekretariatEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapBidangEndpoints(Modul);
}
