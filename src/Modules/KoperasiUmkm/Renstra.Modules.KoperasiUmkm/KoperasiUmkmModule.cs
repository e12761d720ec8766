using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Bidang;
using Renstra.Modules.KoperasiUmkm.Contracts;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Features;
using Renstra.Modules.KoperasiUmkm.Register;
using Renstra.Shared.Hosting;

namespace Renstra.Modules.KoperasiUmkm;

/// <summary>Entry of the KoperasiUmkm module: its data sheets, revisions and locks, and the koperasi / usaha mikro registers.</summary>
public static class KoperasiUmkmModule
{
    internal static readonly BidangModul Modul = new("KoperasiUmkm", "koperasi-umkm", "koperasiumkm");

    public static IServiceCollection AddKoperasiUmkmModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBidangModule<KoperasiUmkmDbContext, KoperasiUmkmSqliteDbContext, DataKoperasiUmkmDiterimaIntegrationEvent, KunciKoperasiUmkmBerubahIntegrationEvent>(
            configuration, Modul);
        services.AddScoped<PenurunanVariabel>();
        services.AddSingleton<AntrianTurunan>();
        services.AddScoped<PemrosesTurunan>();
        services.AddScoped(sp => new LayananRegister(sp.GetRequiredService<AntrianTurunan>(), sp.GetRequiredService<IPembacaBerkasTabel>()));
        services.AddKeyedScoped<IVariabelDariRegister>(Modul.Nama, (sp, _) => sp.GetRequiredService<PenurunanVariabel>());
        services.AddScoped<IVariabelRegister>(sp => sp.GetRequiredService<PenurunanVariabel>());
        services.AddScoped<IStartupTask, ImporAturanRegisterAwal>();
        services.AddScoped<IStartupTask, JadwalTurunan>();
        return services;
    }

    public static IEndpointRouteBuilder MapKoperasiUmkmEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBidangEndpoints(Modul);
        var api = endpoints.MapGroup("/api");
        var koperasi = api.MapGroup("/koperasi").WithTags("Register koperasi");
        DaftarKoperasi.Map(koperasi);
        LihatKoperasi.Map(koperasi);
        DaftarkanKoperasi.Map(koperasi);
        UbahKoperasi.Map(koperasi);
        SimpanDataTahunanKoperasi.Map(koperasi);
        CatatLayananKoperasi.Map(koperasi);
        ImporKoperasi.Map(koperasi);
        var usaha = api.MapGroup("/usaha-mikro").WithTags("Register usaha mikro");
        DaftarUsahaMikro.Map(usaha);
        LihatUsahaMikro.Map(usaha);
        DaftarkanUsahaMikro.Map(usaha);
        UbahUsahaMikro.Map(usaha);
        SimpanSkalaUsahaMikro.Map(usaha);
        CatatLayananUsahaMikro.Map(usaha);
        ImporUsahaMikro.Map(usaha);
        DaftarAturanRegister.Map(api);
        LihatAntrianTurunan.Map(api);
        SimpanAturanRegister.Map(api);
        return endpoints;
    }
}
