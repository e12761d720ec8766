using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Renstra.Modules.Evaluasi.Contracts;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Modules.Evaluasi.Features;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.Evaluasi;

/// <summary>
/// Entry of the Evaluasi module: budgets (DPA) per year, the realisasi anggaran the bidang modules
/// publish, the history 2016–2020, Formulir E.81 and the LKjIP tables (ADR 0013).
/// </summary>
public static class EvaluasiModule
{
    internal const string Nama = "Evaluasi";
    internal const string Schema = "evaluasi";

    /// <summary>Admin or Pimpinan: who writes the evaluation texts.</summary>
    public const string KebijakanPenilai = "Evaluasi:Penilai";

    public static IServiceCollection AddEvaluasiModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<EvaluasiDbContext, EvaluasiSqliteDbContext>(configuration, Nama, Schema);
        services.AddHealthChecks().AddDbContextCheck<EvaluasiDbContext>(Nama);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IAnggaranEvaluasi, AnggaranEvaluasi>();
        services.AddSingleton<RiwayatRenstraLama>();
        services.AddSingleton(KopDokumen.Dari(configuration));
        services.AddAuthorizationBuilder().AddPolicy(KebijakanPenilai, p => p.RequireRole(Peran.Admin, Peran.Pimpinan));
        services.Scan(scan => scan
            .FromAssemblyOf<EvaluasiDbContext>()
            .AddClasses(c => c.AssignableTo(typeof(FluentValidation.IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        return services;
    }

    public static IEndpointRouteBuilder MapEvaluasiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        LihatAnggaran.Map(api);
        SimpanDpa.Map(api);
        LihatRiwayatRenstraLama.Map(api);
        DaftarAturanAkumulasi.Map(api);
        SimpanAturanAkumulasi.Map(api);
        LihatEvaluasiRenja.Map(api);
        SimpanCatatanEvaluasi.Map(api);
        LihatLkjip.Map(api);
        LihatAturanEfisiensi.Map(api);
        SimpanAturanEfisiensi.Map(api);
        return endpoints;
    }
}
