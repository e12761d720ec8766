using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Bidang;
using Renstra.Modules.Ketenagakerjaan.Contracts;
using Renstra.Modules.Ketenagakerjaan.Data;

namespace Renstra.Modules.Ketenagakerjaan;

/// <summary>Entry of the Ketenagakerjaan module: its data sheets, revisions and locks.</summary>
public static class KetenagakerjaanModule
{
    internal static readonly BidangModul Modul = new("Ketenagakerjaan", "ketenagakerjaan", "ketenagakerjaan");

    public static IServiceCollection AddKetenagakerjaanModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddBidangModule<KetenagakerjaanDbContext, KetenagakerjaanSqliteDbContext, DataKetenagakerjaanDiterimaIntegrationEvent, KunciKetenagakerjaanBerubahIntegrationEvent>(
            configuration, Modul);

    public static IEndpointRouteBuilder MapKetenagakerjaanEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapBidangEndpoints(Modul);
}
