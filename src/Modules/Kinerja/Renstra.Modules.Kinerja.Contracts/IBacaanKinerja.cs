namespace Renstra.Modules.Kinerja.Contracts;

/// <summary>
/// What reporting modules (Evaluasi) and the bidang modules read from Kinerja: the plan tree with its
/// stable node ids and owning module, the indicators with their targets, and the stored results.
/// Read-only. Stored results are served as stored; the evaluations offered (<see cref="CapaianAsync"/>,
/// <see cref="HitungRumus"/>) are for values no stored result holds, with Kinerja's own allow-listed, compiled rules.
/// </summary>
public interface IBacaanKinerja
{
    /// <summary>Every program, kegiatan and sub kegiatan of the Renstra, in document order.</summary>
    Task<IReadOnlyList<NodeRencana>> PohonAsync(CancellationToken cancellationToken);

    /// <summary>The indicator catalog with the targets per year (and quarter, where set).</summary>
    Task<IReadOnlyList<IndikatorRencana>> IndikatorAsync(CancellationToken cancellationToken);

    /// <summary>The stored results of every indicator for the years <paramref name="dariTahun"/>–<paramref name="sampaiTahun"/> (years and quarters), kabupaten region.</summary>
    Task<IReadOnlyList<HasilIndikator>> HasilAsync(int dariTahun, int sampaiTahun, CancellationToken cancellationToken);

    /// <summary>
    /// The capaian of each realisasi against its target by that indicator's own capaian rule as Kinerja holds it now (the
    /// rule an administrator chose for the indicator — <c>Positif</c>, <c>Negatif</c>, <c>Predikat</c> or another — the
    /// evaluation the recompute makes), for values no stored result holds, such as Evaluasi's accumulated realisasi
    /// against the final target. In order; null where no value follows (a missing realisasi or target, an unknown
    /// indicator, a target of 0). Not rounded.
    /// </summary>
    Task<IReadOnlyList<decimal?>> CapaianAsync(IReadOnlyList<CapaianDiminta> diminta, CancellationToken cancellationToken);

    /// <summary>The capaian category (the live category rules) of each value, in order; null where none applies.</summary>
    Task<IReadOnlyList<string?>> KategoriAsync(IReadOnlyList<decimal> capaian, CancellationToken cancellationToken);

    /// <summary>
    /// Checks a formula another module keeps (e.g. Evaluasi's efficiency rule) against Kinerja's allow-list:
    /// arithmetic, comparison, conditional and the allowed functions over the named <paramref name="parameter"/> only.
    /// Returns the Indonesian reason it is refused, or null when it is accepted.
    /// </summary>
    string? PeriksaRumus(string rumus, IReadOnlyList<string> parameter);

    /// <summary>Evaluates an accepted formula (compiled once, cached by its text) for each set of values; null where it has no value (e.g. division by zero).</summary>
    IReadOnlyList<decimal?> HitungRumus(string rumus, IReadOnlyList<string> parameter, IReadOnlyList<IReadOnlyList<decimal>> nilai);
}

/// <summary>One node of the plan tree.</summary>
/// <param name="Id">Stable id: <c>P03</c>, <c>P03.K01</c>, <c>P03.K01.S02</c>.</param>
/// <param name="Tingkat"><c>Program</c>, <c>Kegiatan</c> or <c>SubKegiatan</c>.</param>
/// <param name="Nama">The name as the Renstra prints it.</param>
/// <param name="IndukId">The parent node's id; null for a program.</param>
/// <param name="Sasaran">The sasaran the program serves.</param>
/// <param name="SasaranIndikator">The sasaran's indicator codes.</param>
/// <param name="Modul">The bidang module that owns the node (the module of its program's indicators).</param>
/// <param name="Indikator">Indicator codes of the node.</param>
/// <param name="Pagu">The Renstra's printed pagu per year, whole rupiah.</param>
public sealed record NodeRencana(
    string Id, string Tingkat, string Nama, string? IndukId, string Sasaran, IReadOnlyList<string> SasaranIndikator,
    string Modul, IReadOnlyList<string> Indikator, IReadOnlyDictionary<int, decimal> Pagu);

/// <summary>An indicator with its targets.</summary>
/// <param name="Kode">Indicator code.</param>
/// <param name="Nama">Name.</param>
/// <param name="Satuan">Unit.</param>
/// <param name="Polaritas"><c>Positif</c> or <c>Negatif</c>.</param>
/// <param name="Modul">The module whose data feeds it.</param>
/// <param name="Baseline">The kondisi awal, when numeric.</param>
/// <param name="Target">Numeric targets by period text (<c>2024</c>, <c>2024-T2</c>).</param>
public sealed record IndikatorRencana(
    string Kode, string Nama, string Satuan, string Polaritas, string Modul, decimal? Baseline, IReadOnlyDictionary<string, decimal> Target);

/// <summary>A realisasi of an indicator to be compared with a target by the indicator's capaian rule (<see cref="IBacaanKinerja.CapaianAsync"/>).</summary>
/// <param name="Kode">Indicator code.</param>
/// <param name="Realisasi">The realisasi; null gives no capaian.</param>
/// <param name="Target">The numeric target; null gives no capaian.</param>
public sealed record CapaianDiminta(string Kode, decimal? Realisasi, decimal? Target);

/// <summary>A stored result of one indicator for one period.</summary>
public sealed record HasilIndikator(string Kode, string Periode, decimal? Realisasi, decimal? Target, decimal? Capaian, string? Kategori, string Status);
