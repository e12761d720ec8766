using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Renstra.Modules.Kinerja.Computation;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Data.Bawaan;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Modules.Kinerja.Features;
using Renstra.Modules.Kinerja.Rules;
using Renstra.Shared.Hosting;
using Renstra.Shared.Inbox;
using Renstra.Shared.Persistence;
using Renstra.Shared.Wilayah;

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
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IMesinRumus, MesinRumus>();
        services.AddSingleton<IStartupWarmUp, PemanasanMesinRumus>();
        services.AddSingleton<LokasiAturan>();
        services.TryAddSingleton<HierarkiWilayah>();
        services.AddSingleton<TembolokAturanBidang>();
        services.AddSingleton<IAturanDataBidang, AturanDataBidang>();
        services.AddScoped<IBacaanKinerja, BacaanKinerja>();
        services.AddScoped<IIntegrationEventBatchHandler, TerimaLembarDataBidang>();
        services.AddScoped<IStartupTask, ImporAturanBawaan>();
        services.AddScoped<KatalogAturan>();
        services.AddScoped<PenghitungCapaianPeriode>();
        services.AddScoped<PemrosesHitungUlang>();
        services.AddSingleton<AntrianHitungUlang>();
        services.AddTembolokSenggang<TembolokCapaian>();
        services.AddSingleton<StempelCapaian>();
        services.AddScoped<IStartupTask, JadwalHitungUlang>();
        services.AddScoped(sp => new LayananKinerja(
            sp.GetRequiredService<KatalogAturan>(), sp.GetRequiredService<IMesinRumus>(),
            sp.GetRequiredService<AntrianHitungUlang>(), sp.GetRequiredService<TembolokCapaian>(),
            sp.GetRequiredService<StempelCapaian>()));
        services.AddSingleton(sp => new RencanaRenstra(sp.GetRequiredService<LokasiAturan>()));
        services.AddSingleton(sp => new SumberAngkaRenstra(sp.GetRequiredService<LokasiAturan>()));
        services.Scan(scan => scan
            .FromAssemblyOf<KinerjaDbContext>()
            .AddClasses(c => c.AssignableTo(typeof(FluentValidation.IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        return services;
    }

    public static IEndpointRouteBuilder MapKinerjaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        DaftarIndikator.Map(api);
        EksporIndikator.Map(api);
        ImporIndikator.Map(api);
        UjiIndikator.Map(api);
        SimpanIndikator.Map(api);
        RiwayatIndikator.Map(api);
        LihatTarget.Map(api);
        SimpanTarget.Map(api);
        DaftarVariabel.Map(api);
        SimpanVariabel.Map(api);
        DaftarCapaian.Map(api);
        LihatRenstra.Map(api);
        DaftarAturanValidasi.Map(api);
        SimpanAturanValidasi.Map(api);
        DaftarAturanCapaian.Map(api);
        SimpanAturanCapaian.Map(api);
        RiwayatAturan.Map(api);
        LihatWilayah.Map(api);
        return endpoints;
    }
}
