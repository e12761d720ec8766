using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Renstra.Modules.Bidang.Contracts;
using Renstra.Modules.Bidang.Data;
using Renstra.Modules.Bidang.Features;
using Renstra.Shared.Authorization;
using Renstra.Shared.Hosting;
using Renstra.Shared.Persistence;
using Renstra.Shared.Wilayah;

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
        services.AddBidangKernel();
        return services;
    }

    /// <summary>What the three modules share; registered once however many modules use the kernel.</summary>
    private static void AddBidangKernel(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(DaftarWilayah))) return;
        services.AddSingleton<DaftarWilayah>();
        services.TryAddSingleton<HierarkiWilayah>();
        services.AddSingleton<IPembacaBerkasTabel, PembacaBerkasTabel>();
        services.TryAddScoped<HitungKekurangan.Job>();
        services.AddScoped<IStartupTask, IsiNilaiLembarSaatMulai>();
        services.AddScoped<IStartupTask, HitungKekurangan.Jadwal>();
        // Singletons: a validator holds only its rules and the region list, and building one per request (FluentValidation
        // compiles every rule's expression) was ≈ 1.3 % of a sheet PUT's CPU (docs/benchmarks.md, "Session 10").
        services.Scan(scan => scan
            .FromAssemblyOf<DaftarWilayah>()
            .AddClasses(c => c.AssignableTo(typeof(FluentValidation.IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithSingletonLifetime());
    }

    public static IEndpointRouteBuilder MapBidangEndpoints(this IEndpointRouteBuilder endpoints, BidangModul modul)
    {
        var group = endpoints.MapGroup($"/api/{modul.Slug}").WithTags(modul.Nama);
        SimpanLembar.Map(group, modul);
        HapusNilaiLembar.Map(group, modul);
        LihatLembar.Map(group, modul);
        DaftarRevisi.Map(group, modul);
        LihatRevisi.Map(group, modul);
        UbahStatusKunci.Map(group, modul);
        UnduhTemplat.Map(group, modul);
        UnggahLembar.Map(group, modul);
        LihatKekurangan.Map(group, modul);
        LihatKelengkapan.Map(group, modul);
        HitungKekurangan.Map(group, modul);
        SimpanLembarAnggaran.Map(group, modul);
        LihatLembarAnggaran.Map(group, modul);
        DaftarRevisiAnggaran.Map(group, modul);
        UbahKunciAnggaran.Map(group, modul);
        UnduhTemplatAnggaran.Map(group, modul);
        UnggahLembarAnggaran.Map(group, modul);
        return endpoints;
    }
}
