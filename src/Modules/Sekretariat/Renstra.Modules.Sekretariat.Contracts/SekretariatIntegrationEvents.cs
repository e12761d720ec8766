using Renstra.Modules.Bidang.Contracts;

namespace Renstra.Modules.Sekretariat.Contracts;

/// <summary>A Sekretariat data sheet was accepted (see <see cref="LembarDataDiterimaIntegrationEvent"/>).</summary>
public sealed record DataSekretariatDiterimaIntegrationEvent : LembarDataDiterimaIntegrationEvent;

/// <summary>A Sekretariat period was locked or unlocked.</summary>
public sealed record KunciSekretariatBerubahIntegrationEvent : StatusKunciBerubahIntegrationEvent;
