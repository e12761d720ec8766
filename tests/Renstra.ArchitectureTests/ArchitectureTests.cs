using ArchUnitNET.xUnit;

namespace Renstra.ArchitectureTests;

public sealed class ArchitectureTests
{
    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var module in ArchitectureRules.ModulesOf(Architectures.Product)) data.Add(module);
        return data;
    }

    [Fact]
    public void The_product_has_the_five_modules_and_the_bidang_kernel() =>
        Assert.Equal(["Bidang", "Evaluasi", "Ketenagakerjaan", "Kinerja", "KoperasiUmkm", "Sekretariat"],
            ArchitectureRules.ModulesOf(Architectures.Product));

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_reaches_other_modules_only_through_their_contracts(string module) =>
        ArchitectureRules.ModuleDoesNotReachIntoOtherModules(module, ArchitectureRules.ModulesOf(Architectures.Product))
            .Check(Architectures.Product);

    [Fact]
    public void Contracts_depend_only_on_abstractions() =>
        ArchitectureRules.ContractsDependOnlyOnAbstractions().Check(Architectures.Product);

    [Fact]
    public void Shared_code_knows_no_module() =>
        ArchitectureRules.SharedKnowsNoModule().Check(Architectures.Product);

    [Fact]
    public void Host_uses_only_entry_classes_and_contracts() =>
        ArchitectureRules.HostUsesOnlyEntryClassesAndContracts(Architectures.Product).Check(Architectures.Product);

    [Fact]
    public void Web_ui_uses_only_requests_and_contracts() =>
        ArchitectureRules.WebUsesOnlyRequestsAndContracts(Architectures.Product).Check(Architectures.Product);

    [Fact]
    public void Module_internals_are_internal() =>
        ArchitectureRules.ModuleInternalsAreInternal().Check(Architectures.Product);

    [Fact]
    public void Kinerja_domain_is_plain_csharp() =>
        ArchitectureRules.KinerjaDomainIsPlain().Check(Architectures.Product);

    [Fact]
    public void Only_kinerja_rules_touch_rules_engine() =>
        ArchitectureRules.OnlyKinerjaRulesTouchesRulesEngine().Check(Architectures.Product);

    [Fact]
    public void Integration_events_are_named_and_live_in_contracts() =>
        ArchitectureRules.IntegrationEventsAreNamedAndInContracts().Check(Architectures.Product);

    [Fact]
    public void Integration_events_are_immutable() =>
        Assert.Empty(ImmutabilityRule.MutableIntegrationEvents(Architectures.ProductAssemblies));

    [Fact]
    public void Handlers_live_in_features() =>
        ArchitectureRules.HandlersLiveInFeatures(Architectures.Product).Check(Architectures.Product);

    [Fact]
    public void Validators_are_named_and_live_in_features() =>
        ArchitectureRules.ValidatorsAreNamedAndInFeatures(Architectures.Product).Check(Architectures.Product);

    [Fact]
    public void Data_does_not_reach_into_features() =>
        ArchitectureRules.DataDoesNotReachIntoFeatures().Check(Architectures.Product);

    [Fact]
    public void Computation_does_not_reach_into_features() =>
        ArchitectureRules.ComputationDoesNotReachIntoFeatures().Check(Architectures.Product);

    [Fact]
    public void Slices_do_not_reach_into_each_other() =>
        ArchitectureRules.SlicesDoNotReachIntoEachOther(Architectures.Product, "Kinerja").Check(Architectures.Product);
}
