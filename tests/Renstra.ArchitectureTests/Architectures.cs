using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Renstra.ArchitectureTests;

/// <summary>The architectures the rules are checked against, each loaded once.</summary>
public static class Architectures
{
    /// <summary>The product: host, web UI, shared code and every module with its Contracts.</summary>
    public static Architecture Product { get; } = new ArchLoader().LoadAssemblies(
            typeof(Program).Assembly,
            typeof(Renstra.Web.WebUiRegistration).Assembly,
            typeof(Renstra.Shared.Abstractions.IntegrationEvent).Assembly,
            typeof(Renstra.Shared.Outbox.OutboxMessage).Assembly,
            typeof(Renstra.Modules.Kinerja.KinerjaModule).Assembly,
            typeof(Renstra.Modules.Kinerja.Contracts.IAturanDataBidang).Assembly,
            typeof(Renstra.Modules.Bidang.BidangModul).Assembly,
            typeof(Renstra.Modules.Bidang.Contracts.LembarDataDiterimaIntegrationEvent).Assembly,
            typeof(Renstra.Modules.Ketenagakerjaan.KetenagakerjaanModule).Assembly,
            typeof(Renstra.Modules.Ketenagakerjaan.Contracts.DataKetenagakerjaanDiterimaIntegrationEvent).Assembly,
            typeof(Renstra.Modules.KoperasiUmkm.KoperasiUmkmModule).Assembly,
            typeof(Renstra.Modules.KoperasiUmkm.Contracts.DataKoperasiUmkmDiterimaIntegrationEvent).Assembly,
            typeof(Renstra.Modules.Sekretariat.SekretariatModule).Assembly,
            typeof(Renstra.Modules.Sekretariat.Contracts.DataSekretariatDiterimaIntegrationEvent).Assembly,
            typeof(Renstra.Modules.Evaluasi.EvaluasiModule).Assembly,
            typeof(Renstra.Modules.Evaluasi.Contracts.IAnggaranEvaluasi).Assembly)
        .Build();

    /// <summary>Deliberate violations (tests/Renstra.ArchitectureTests.Fixtures), for the negative tests.</summary>
    public static Architecture Violations { get; } = new ArchLoader().LoadAssemblies(
            typeof(Renstra.Modules.Alfa.AlfaModule).Assembly,
            typeof(Renstra.Shared.Abstractions.IntegrationEvent).Assembly)
        .Build();

    /// <summary>All product assemblies, for the reflection-based rules.</summary>
    public static IReadOnlyList<System.Reflection.Assembly> ProductAssemblies { get; } =
        Product.Assemblies.Select(a => System.Reflection.Assembly.Load(a.FullName)).ToList();
}
