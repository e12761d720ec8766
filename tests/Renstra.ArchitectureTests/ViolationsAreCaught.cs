using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;

namespace Renstra.ArchitectureTests;

/// <summary>
/// Each rule run on deliberate violations: it must fail and name the offending type, so a rule that
/// matches nothing (a typo in a namespace pattern) cannot pass silently.
/// </summary>
public sealed class ViolationsAreCaught
{
    private static readonly IReadOnlyList<string> ViolationModules = ArchitectureRules.ModulesOf(Architectures.Violations);

    private static void AssertCaught(IArchRule rule, string offendingType)
    {
        var failure = Assert.Throws<FailedArchRuleException>(() => rule.Check(Architectures.Violations));
        Assert.Contains(offendingType, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reaching_into_another_module_is_caught() =>
        AssertCaught(ArchitectureRules.ModuleDoesNotReachIntoOtherModules("Alfa", ViolationModules), "ReadsBetaTables");

    [Fact]
    public void A_contract_leaking_infrastructure_is_caught() =>
        AssertCaught(ArchitectureRules.ContractsDependOnlyOnAbstractions(), "LeakyContract");

    [Fact]
    public void Shared_code_using_a_module_is_caught() =>
        AssertCaught(ArchitectureRules.SharedKnowsNoModule(), "SharedKnowsAlfa");

    [Fact]
    public void Host_peeking_into_module_internals_is_caught() =>
        AssertCaught(ArchitectureRules.HostUsesOnlyEntryClassesAndContracts(Architectures.Violations), "HostPeeksIntoModule");

    [Fact]
    public void Web_ui_reading_module_tables_is_caught() =>
        AssertCaught(ArchitectureRules.WebUsesOnlyRequestsAndContracts(Architectures.Violations), "PageReadsModuleTables");

    [Fact]
    public void A_public_module_internal_is_caught() =>
        AssertCaught(ArchitectureRules.ModuleInternalsAreInternal(), "PublicInternals");

    [Fact]
    public void Infrastructure_in_kinerja_domain_is_caught() =>
        AssertCaught(ArchitectureRules.KinerjaDomainIsPlain(), "DomainWithDatabase");

    [Fact]
    public void RulesEngine_outside_kinerja_rules_is_caught() =>
        AssertCaught(ArchitectureRules.OnlyKinerjaRulesTouchesRulesEngine(), "EvaluatesRulesItself");

    [Fact]
    public void A_badly_named_integration_event_is_caught() =>
        AssertCaught(ArchitectureRules.IntegrationEventsAreNamedAndInContracts(), "AlfaBerubah");

    [Fact]
    public void An_integration_event_outside_contracts_is_caught() =>
        AssertCaught(ArchitectureRules.IntegrationEventsAreNamedAndInContracts(), "MisplacedIntegrationEvent");

    [Fact]
    public void A_mutable_integration_event_is_caught() =>
        Assert.Equal(["Renstra.Modules.Alfa.Contracts.MutableIntegrationEvent.Nama"],
            ImmutabilityRule.MutableIntegrationEvents([typeof(Renstra.Modules.Alfa.AlfaModule).Assembly]));

    [Fact]
    public void A_handler_outside_features_is_caught() =>
        AssertCaught(ArchitectureRules.HandlersLiveInFeatures(Architectures.Violations), "StrayHandler");

    [Fact]
    public void A_badly_named_validator_is_caught() =>
        AssertCaught(ArchitectureRules.ValidatorsAreNamedAndInFeatures(Architectures.Violations), "CheckInput");

    [Fact]
    public void Data_using_a_feature_is_caught() =>
        AssertCaught(ArchitectureRules.DataDoesNotReachIntoFeatures(), "DataCallsAFeature");

    [Fact]
    public void Computation_using_a_feature_is_caught() =>
        AssertCaught(ArchitectureRules.ComputationDoesNotReachIntoFeatures(), "ComputationCallsAFeature");

    [Fact]
    public void A_slice_reaching_into_another_is_caught() =>
        AssertCaught(ArchitectureRules.SlicesDoNotReachIntoEachOther(Architectures.Violations, "Alfa"), "SliceReachesIntoAnother");
}
