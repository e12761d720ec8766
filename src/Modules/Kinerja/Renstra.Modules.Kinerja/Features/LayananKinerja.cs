using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>
/// Hands the module's internal services to the public Mediator handlers (which the host's source
/// generator must see as public, with public constructor parameter types). Scoped.
/// </summary>
public sealed class LayananKinerja
{
    internal LayananKinerja(KatalogAturan katalog, PenghitungCapaianPeriode penghitung, IMesinRumus mesin)
    {
        Katalog = katalog;
        Penghitung = penghitung;
        Mesin = mesin;
    }

    internal KatalogAturan Katalog { get; }

    internal PenghitungCapaianPeriode Penghitung { get; }

    internal IMesinRumus Mesin { get; }
}
