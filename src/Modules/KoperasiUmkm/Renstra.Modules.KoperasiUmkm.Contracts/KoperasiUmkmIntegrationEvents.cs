using Renstra.Modules.Bidang.Contracts;

namespace Renstra.Modules.KoperasiUmkm.Contracts;

/// <summary>A KoperasiUmkm data sheet was accepted (see <see cref="LembarDataDiterimaIntegrationEvent"/>).</summary>
public sealed record DataKoperasiUmkmDiterimaIntegrationEvent : LembarDataDiterimaIntegrationEvent;

/// <summary>A KoperasiUmkm period was locked or unlocked.</summary>
public sealed record KunciKoperasiUmkmBerubahIntegrationEvent : StatusKunciBerubahIntegrationEvent;
