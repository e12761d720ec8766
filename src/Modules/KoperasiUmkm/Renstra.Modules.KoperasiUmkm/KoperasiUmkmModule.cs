using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Bidang;
using Renstra.Modules.KoperasiUmkm.Contracts;
using Renstra.Modules.KoperasiUmkm.Data;

namespace Renstra.Modules.KoperasiUmkm;

/// <summary>Entry of the KoperasiUmkm module: its data sheets, revisions and locks.</summary>
public static class KoperasiUmkmModule
{
    internal static readonly BidangModul Modul = new("KoperasiUmkm", "koperasi-umkm", "koperasiumkm");

    public static IServiceCollection AddKoperasiUmkmModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddBidangModule<KoperasiUmkmDbContext, KoperasiUmkmSqliteDbContext, DataKoperasiUmkmDiterimaIntegrationEvent, KunciKoperasiUmkmBerubahIntegrationEvent>(
            configuration, Modul);

    public static IEndpointRouteBuilder MapKoperasiUmkmEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapBidangEndpoints(Modul);
}
