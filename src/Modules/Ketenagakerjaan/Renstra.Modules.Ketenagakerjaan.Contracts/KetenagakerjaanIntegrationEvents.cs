using Renstra.Modules.Bidang.Contracts;

namespace Renstra.Modules.Ketenagakerjaan.Contracts;

/// <summary>A Ketenagakerjaan data sheet was accepted (see <see cref="LembarDataDiterimaIntegrationEvent"/>).</summary>
public sealed record DataKetenagakerjaanDiterimaIntegrationEvent : LembarDataDiterimaIntegrationEvent;

/// <summary>A Ketenagakerjaan period was locked or unlocked.</summary>
public sealed record KunciKetenagakerjaanBerubahIntegrationEvent : StatusKunciBerubahIntegrationEvent;
