using Renstra.Modules.Evaluasi;
using Renstra.Modules.Ketenagakerjaan;
using Renstra.Modules.Kinerja;
using Renstra.Modules.KoperasiUmkm;
using Renstra.Modules.Sekretariat;

namespace Renstra.Host;

/// <summary>The one place that lists the modules of this host. A new module adds one line to each method.</summary>
internal static class ModuleRegistry
{
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddKinerjaModule(configuration)
            .AddKetenagakerjaanModule(configuration)
            .AddKoperasiUmkmModule(configuration)
            .AddSekretariatModule(configuration)
            .AddEvaluasiModule(configuration);

    public static IEndpointRouteBuilder MapModuleEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints
            .MapKinerjaEndpoints()
            .MapKetenagakerjaanEndpoints()
            .MapKoperasiUmkmEndpoints()
            .MapSekretariatEndpoints()
            .MapEvaluasiEndpoints();
}
