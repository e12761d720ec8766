using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Hosting;

namespace Renstra.Modules.Kinerja.Rules;

/// <summary>
/// The formula engine's first parse pays a one-time set-up (Dynamic LINQ's keyword tables, the parser's own code
/// compiled): done while the databases migrate, not inside the rules import that follows them.
/// </summary>
internal sealed class PemanasanMesinRumus(IMesinRumus mesin) : IStartupWarmUp
{
    public void WarmUp() => mesin.Periksa("data.A + 1", SkemaRumus.Indikator(["A"]));
}
