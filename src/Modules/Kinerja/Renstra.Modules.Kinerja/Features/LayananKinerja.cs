using Renstra.Modules.Kinerja.Computation;
using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>
/// Hands the module's internal services to the public Mediator handlers (which the host's source
/// generator must see as public, with public constructor parameter types). Scoped.
/// </summary>
public sealed class LayananKinerja
{
    internal LayananKinerja(KatalogAturan katalog, IMesinRumus mesin, AntrianHitungUlang antrian, TembolokCapaian tembolok, StempelCapaian stempel)
    {
        Katalog = katalog;
        Mesin = mesin;
        Antrian = antrian;
        Tembolok = tembolok;
        Stempel = stempel;
    }

    internal KatalogAturan Katalog { get; }

    internal IMesinRumus Mesin { get; }

    /// <summary>Where a change records the recompute it makes necessary (same transaction).</summary>
    internal AntrianHitungUlang Antrian { get; }

    internal TembolokCapaian Tembolok { get; }

    internal StempelCapaian Stempel { get; }
}
