using Renstra.Modules.Kinerja.Domain;
using Renstra.Modules.Kinerja.Rules;

namespace Renstra.Modules.Kinerja.Tests;

public sealed class TipeRumusTetapTests
{
    [Fact]
    public void A_formula_may_name_exactly_the_types_RulesEngines_own_parser_knows()
    {
        // RulesEngine's provider searches every loaded assembly for [DynamicLinqType] and adds its own types; with the
        // whole app loaded here, that search finds nothing, so the fixed set must be equal to its answer.
        var rulesEngine = new RulesEngine.CustomTypeProvider(null);

        Assert.Equal(rulesEngine.GetCustomTypes().OrderBy(t => t.FullName), TipeRumusTetap.Instance.GetCustomTypes().OrderBy(t => t.FullName));
        Assert.Equal(
            rulesEngine.GetExtensionMethods().ToDictionary(p => p.Key, p => p.Value.Count),
            TipeRumusTetap.Instance.GetExtensionMethods().ToDictionary(p => p.Key, p => p.Value.Count));
        Assert.Equal(typeof(Enumerable), TipeRumusTetap.Instance.ResolveTypeBySimpleName("Enumerable"));
        Assert.Null(TipeRumusTetap.Instance.ResolveType("System.IO.File"));
    }

    [Theory]
    [InlineData("System.IO.File.Delete(\"x\")")]
    [InlineData("File.ReadAllText(\"x\")")]
    [InlineData("Type.GetType(\"System.IO.File\")")]
    public void A_type_outside_the_formula_language_is_still_refused(string rumus)
    {
        Assert.Throws<RumusDitolakException>(() => new MesinRumus().Periksa(rumus, SkemaRumus.Indikator(["A"])));
    }
}
