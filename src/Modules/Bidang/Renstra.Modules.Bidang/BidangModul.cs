using Renstra.Modules.Bidang.Contracts;

namespace Renstra.Modules.Bidang;

/// <summary>What distinguishes one bidang module from another in the shared submission kernel.</summary>
/// <param name="Nama">Module name as the API and the variable catalog write it, e.g. <c>KoperasiUmkm</c>.</param>
/// <param name="Slug">Route segment, e.g. <c>koperasi-umkm</c>.</param>
/// <param name="Schema">SQL Server schema, e.g. <c>koperasiumkm</c>.</param>
public sealed record BidangModul(string Nama, string Slug, string Schema);

/// <summary>Creates the module's own (sealed) integration event types.</summary>
internal interface IBidangEvents
{
    LembarDataDiterimaIntegrationEvent LembarDiterima();

    StatusKunciBerubahIntegrationEvent KunciBerubah();
}

/// <summary>The events of one bidang module, resolved by its Contracts types.</summary>
internal sealed class BidangEvents<TDiterima, TKunci> : IBidangEvents
    where TDiterima : LembarDataDiterimaIntegrationEvent, new()
    where TKunci : StatusKunciBerubahIntegrationEvent, new()
{
    public LembarDataDiterimaIntegrationEvent LembarDiterima() => new TDiterima();

    public StatusKunciBerubahIntegrationEvent KunciBerubah() => new TKunci();
}
