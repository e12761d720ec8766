using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Bidang.Contracts;

/// <summary>
/// A bidang module accepted a data sheet: carries the whole sheet after the merge, so a receiver
/// can apply it idempotently and in any order (the higher <see cref="Revisi"/> wins). Each bidang
/// module publishes its own sealed subtype from its Contracts.
/// </summary>
public abstract record LembarDataDiterimaIntegrationEvent : IntegrationEvent
{
    /// <summary>Module that owns the sheet, e.g. <c>Ketenagakerjaan</c>.</summary>
    public string Modul { get; init; } = "";

    /// <summary>The period, <c>2024</c> or <c>2024-T2</c>.</summary>
    public string Periode { get; init; } = "";

    /// <summary>Region code; the kabupaten by default.</summary>
    public string Wilayah { get; init; } = "";

    /// <summary>Revision number of the sheet after this change (1, 2, …).</summary>
    public int Revisi { get; init; }

    /// <summary>Every variable value of the sheet after the merge.</summary>
    public IReadOnlyDictionary<string, decimal> Nilai { get; init; } = new Dictionary<string, decimal>();

    /// <summary>
    /// Variables this revision removed from the sheet (a legacy kabupaten value giving way to the register's sum); a
    /// receiver drops its copy of them unless it holds a newer revision. Empty for every ordinary submission.
    /// </summary>
    public IReadOnlyList<string> Dihapus { get; init; } = [];

    /// <summary>Who submitted (user name / e-mail).</summary>
    public string Oleh { get; init; } = "";
}

/// <summary>An Admin locked or unlocked a period's sheet of a bidang module.</summary>
public abstract record StatusKunciBerubahIntegrationEvent : IntegrationEvent
{
    /// <summary>Module that owns the sheet.</summary>
    public string Modul { get; init; } = "";

    /// <summary>The period, <c>2024</c> or <c>2024-T2</c>.</summary>
    public string Periode { get; init; } = "";

    /// <summary>Region code.</summary>
    public string Wilayah { get; init; } = "";

    /// <summary>True when the period is now locked, false when it was unlocked.</summary>
    public bool Terkunci { get; init; }

    /// <summary>Who locked or unlocked.</summary>
    public string Oleh { get; init; } = "";
}
