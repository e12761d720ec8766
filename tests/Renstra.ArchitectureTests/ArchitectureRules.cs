using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Renstra.ArchitectureTests;

/// <summary>
/// The boundaries of the modular monolith, as rules that take the architecture's own module list,
/// so the same rule runs on the product and on the deliberate violations.
/// </summary>
public static partial class ArchitectureRules
{
    /// <summary>
    /// The bidang modules are built on the shared submission kernel <c>Renstra.Modules.Bidang</c>;
    /// that is the one implementation they may use besides their own.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> AllowedImplementationDependencies = new Dictionary<string, string[]>
    {
        ["Ketenagakerjaan"] = ["Bidang"],
        ["KoperasiUmkm"] = ["Bidang"],
        ["Sekretariat"] = ["Bidang"],
    };

    private const string ContractsNamespace = @"^Renstra\.Modules\.\w+\.Contracts(\.|$)";

    public static IReadOnlyList<string> ModulesOf(Architecture architecture) =>
        architecture.Namespaces
            .Select(n => ModuleName().Match(n.FullName))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Types of a module's implementation (everything of the module but its Contracts).</summary>
    public static string ImplementationOf(string module) => $@"^Renstra\.Modules\.{module}(?!\.Contracts(\.|$))(\.|$)";

    /// <summary>Rule 1: a module's implementation never uses another module's implementation.</summary>
    public static IArchRule ModuleDoesNotReachIntoOtherModules(string module, IReadOnlyList<string> modules)
    {
        var allowed = AllowedImplementationDependencies.GetValueOrDefault(module, []);
        var others = modules.Where(m => m != module && !allowed.Contains(m)).ToList();
        var othersPattern = $@"^Renstra\.Modules\.({string.Join("|", others)})(?!\.Contracts(\.|$))(\.|$)";
        return Types().That().ResideInNamespaceMatching(ImplementationOf(module))
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(othersPattern)
            .Because($"module {module} reaches other modules only through their Contracts");
    }

    /// <summary>Rule 2: Contracts depend only on the BCL, Mediator's abstractions, shared abstractions and other Contracts.</summary>
    public static IArchRule ContractsDependOnlyOnAbstractions() =>
        Types().That().ResideInNamespaceMatching(ContractsNamespace)
            .Should().NotDependOnAnyTypesThat().DoNotResideInNamespaceMatching(
                @"^(System|Mediator|Renstra\.Shared\.Abstractions|Renstra\.Modules\.\w+\.Contracts)(\.|$)")
            .Because("Contracts are what other modules compile against; they carry no implementation");

    /// <summary>Rule 3: shared code knows no module and no host.</summary>
    public static IArchRule SharedKnowsNoModule() =>
        Types().That().ResideInNamespaceMatching(@"^Renstra\.Shared(\.|$)")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^Renstra\.(Modules|Host)(\.|$)")
            .Because("shared code serves every module and must not favour one");

    /// <summary>Rule 4: the host uses a module only through its entry class and its Contracts.</summary>
    public static IArchRule HostUsesOnlyEntryClassesAndContracts(Architecture architecture)
    {
        var internals = architecture.Types
            .Where(t => Regex.IsMatch(t.Namespace.FullName, @"^Renstra\.Modules\.\w+(?!\.Contracts(\.|$))(\.|$)"))
            .Where(t => !IsEntryClass(t))
            .ToList();
        return Types().That().ResideInNamespaceMatching(@"^Renstra\.Host(\.|$)")
            .Should().NotDependOnAny(internals)
            .Because("the host composes modules through AddXModule/MapXEndpoints and their Contracts only");
    }

    /// <summary>
    /// Rule 4b: the web UI sends the modules' own Features requests (ADR 0010) but never reaches their
    /// handlers, data, domain or rules.
    /// </summary>
    public static IArchRule WebUsesOnlyRequestsAndContracts(Architecture architecture)
    {
        var forbidden = architecture.Types
            .Where(t => Regex.IsMatch(t.Namespace.FullName, @"^Renstra\.Modules\.\w+\.(Data|Domain|Rules)(\.|$)") || IsHandler(t))
            .ToList();
        return Types().That().ResideInNamespaceMatching(@"^Renstra\.Web(\.|$)")
            .Should().NotDependOnAny(forbidden)
            .Because("the UI goes through the same Mediator requests as the HTTP endpoints, not around them");
    }

    /// <summary>Rule 5: inside a module everything is internal except what others must see.</summary>
    public static IArchRule ModuleInternalsAreInternal() =>
        Types().That().ResideInNamespaceMatching(@"^Renstra\.Modules\.\w+(?!\.Contracts(\.|$))(\.|$)").And().ArePublic()
            .Should().HaveNameMatching(@"(Module|ModuleRegistration|BidangModul|DbContext)$")
            .OrShould().ResideInNamespaceMatching(@"\.Features(\.|$)")
            .OrShould().ResideInNamespaceMatching(@"\.Migrations(\.|$)")
            .Because("only the entry class, DbContexts (for migrations), migrations and the Mediator slices in Features " +
                     "(which the host's source generator must see) are public");

    /// <summary>Rule 6: Kinerja's Domain is plain C#.</summary>
    public static IArchRule KinerjaDomainIsPlain() =>
        Types().That().ResideInNamespaceMatching(@"^Renstra\.Modules\.Kinerja\.Domain(\.|$)")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(
                @"^(Microsoft\.EntityFrameworkCore|Microsoft\.AspNetCore|Hangfire|Mediator|RulesEngine|System\.Linq\.Dynamic\.Core)(\.|$)")
            .Because("the indicator and capaian logic must be testable and portable without infrastructure");

    /// <summary>Rule 7: only Kinerja's Rules namespace touches RulesEngine and its expression parser.</summary>
    public static IArchRule OnlyKinerjaRulesTouchesRulesEngine() =>
        Types().That().ResideInNamespaceMatching(@"^Renstra\.").And()
            .DoNotResideInNamespaceMatching(@"^Renstra\.Modules\.Kinerja\.Rules(\.|$)")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^(RulesEngine|System\.Linq\.Dynamic\.Core)(\.|$)")
            .Because("every formula must pass the allow-list in Kinerja.Rules before anything evaluates it");

    /// <summary>Rule 8a: integration events are named …IntegrationEvent and live in Contracts.</summary>
    public static IArchRule IntegrationEventsAreNamedAndInContracts() =>
        Types().That().AreAssignableTo(typeof(Renstra.Shared.Abstractions.IntegrationEvent))
            .And().DoNotHaveFullName(typeof(Renstra.Shared.Abstractions.IntegrationEvent).FullName!)
            .Should().HaveNameEndingWith("IntegrationEvent")
            .AndShould().ResideInNamespaceMatching(ContractsNamespace)
            .Because("integration events are the published language between modules");

    /// <summary>Rule 9a: Mediator handlers are use-case slices in Features.</summary>
    public static IArchRule HandlersLiveInFeatures(Architecture architecture) =>
        Classes().That().Are(architecture.Classes.Where(c => c.ImplementedInterfaces.Any(i =>
                Regex.IsMatch(i.FullName, @"^Mediator\.I(Command|Query|Request|Notification)Handler`"))))
            .Should().ResideInNamespaceMatching(SliceNamespace)
            .Because("one file per use case under Features/ is where the next engineer looks");

    /// <summary>
    /// Where use-case slices live: a module's Features, or the host's Identity Features (the Accounts API:
    /// accounts belong to the host's Identity, not to a module).
    /// </summary>
    private const string SliceNamespace = @"^Renstra\.(Modules\.\w+|Host\.Identity)\.Features(\.|$)";

    /// <summary>Rule 9b: validators are named …Validator and live beside their use case.</summary>
    public static IArchRule ValidatorsAreNamedAndInFeatures(Architecture architecture) =>
        Classes().That().Are(architecture.Classes.Where(c => c.ImplementedInterfaces.Any(i =>
                Regex.IsMatch(i.FullName, @"^FluentValidation\.IValidator(`|$)"))))
            .Should().HaveNameEndingWith("Validator")
            .AndShould().ResideInNamespaceMatching(SliceNamespace)
            .Because("a use case's validation sits in its slice");

    /// <summary>Rule 10: a module's Data never reaches up into its Features (the use cases sit on top of the data, not under it).</summary>
    public static IArchRule DataDoesNotReachIntoFeatures() =>
        Types().That().ResideInNamespaceMatching(@"^Renstra\.Modules\.\w+\.Data(\.|$)")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^Renstra\.Modules\.\w+\.Features(\.|$)")
            .Because("the data layer serves every use case and must not depend on one");

    /// <summary>Rule 11: Kinerja's computation (results, the recompute queue, the rule catalog) never reaches into Features.</summary>
    public static IArchRule ComputationDoesNotReachIntoFeatures() =>
        Types().That().ResideInNamespaceMatching(@"^Renstra\.Modules\.\w+\.Computation(\.|$)")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^Renstra\.Modules\.\w+\.Features(\.|$)")
            .Because("the slices use the computation; the computation is the one place results are made and knows no slice");

    /// <summary>
    /// Rule 12: no slice of <paramref name="module"/> reaches into another slice. A slice is a top-level type in
    /// Features that is, or holds, a Mediator handler. Another slice's requests and their results may be sent
    /// (through <c>ISender</c>, the slice's public face); its helpers, constants and handlers may not be used:
    /// what several slices share is a top-level type of its own, or lives in Domain, Data or Computation.
    /// </summary>
    public static IArchRule SlicesDoNotReachIntoEachOther(Architecture architecture, string module)
    {
        var features = architecture.Types
            .Where(t => Regex.IsMatch(t.Namespace.FullName, $@"^Renstra\.Modules\.{module}\.Features(\.|$)"))
            .ToList();
        var slices = features.GroupBy(TopLevelName).Where(g => g.Any(IsHandler)).ToList();
        IArchRule? rule = null;
        foreach (var slice in slices)
        {
            var others = slices.Where(s => s.Key != slice.Key).SelectMany(s => s).Where(t => !IsMessage(t)).ToList();
            if (others.Count == 0) continue;
            var one = Types().That().Are(slice.ToList()).Should().NotDependOnAny(others)
                .Because("a slice is one use case; what two slices share moves out of both");
            rule = rule is null ? one : rule.And(one);
        }
        return rule ?? Types().Should().Exist();
    }

    /// <summary>A Mediator request, or a record nested in a slice that a request returns (<c>Hasil</c>).</summary>
    private static bool IsMessage(IType type) =>
        TopLevelName(type) != type.FullName &&
        (type.ImplementedInterfaces.Any(i => Regex.IsMatch(i.FullName, @"^Mediator\.I(Command|Query|Request|BaseRequest|Message)")) || type.Name.EndsWith("Hasil", StringComparison.Ordinal));

    private static string TopLevelName(IType type)
    {
        var name = type.FullName;
        var cut = name.IndexOfAny(['+', '/']);
        return cut < 0 ? name : name[..cut];
    }

    private static bool IsHandler(IType type) =>
        type is Class c && c.ImplementedInterfaces.Any(i => Regex.IsMatch(i.FullName, @"^Mediator\.I(Command|Query|Request|Notification)Handler`"));

    private static bool IsEntryClass(IType type) =>
        Regex.IsMatch(type.Name, @"(Module|BidangModul)$");

    [GeneratedRegex(@"^Renstra\.Modules\.(\w+)(\.|$)")]
    private static partial Regex ModuleName();
}
