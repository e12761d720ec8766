using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Bidang.Contracts;

/// <summary>
/// A bidang module accepted a realisasi anggaran sheet for one quarter: carries the whole sheet after
/// the merge (sub kegiatan id → the quarter's own spending in whole rupiah), so a receiver applies it
/// idempotently and in any order (the higher <see cref="Revisi"/> wins).
/// </summary>
public sealed record RealisasiAnggaranDiterimaIntegrationEvent : IntegrationEvent
{
    /// <summary>Module that owns the sheet, e.g. <c>Ketenagakerjaan</c>.</summary>
    public string Modul { get; init; } = "";

    /// <summary>The quarter, e.g. <c>2024-T2</c>.</summary>
    public string Periode { get; init; } = "";

    /// <summary>Revision number of the sheet after this change (1, 2, …).</summary>
    public int Revisi { get; init; }

    /// <summary>Every sub kegiatan's realisasi of the quarter after the merge.</summary>
    public IReadOnlyDictionary<string, decimal> Realisasi { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Who submitted.</summary>
    public string Oleh { get; init; } = "";
}
