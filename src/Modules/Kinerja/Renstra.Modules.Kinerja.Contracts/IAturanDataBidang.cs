namespace Renstra.Modules.Kinerja.Contracts;

/// <summary>
/// Kinerja is the authority on variables and rules; the bidang modules own the data. A bidang module
/// asks this facade which variables it may accept and whether a sheet keeps the consistency rules.
/// Always answers from the live (database) version, so a variable or rule declared at run time counts.
/// </summary>
public interface IAturanDataBidang
{
    /// <summary>The variables a module's operators submit, as currently declared.</summary>
    Task<IReadOnlyList<VariabelBidang>> DaftarVariabelAsync(string modul, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the module's consistency rules on a whole (merged) sheet. A rule runs only when every
    /// variable it names is present. Returns the broken rules; empty when the sheet is consistent.
    /// </summary>
    Task<IReadOnlyList<PelanggaranKonsistensi>> PeriksaKonsistensiAsync(
        string modul, IReadOnlyDictionary<string, decimal> nilai, CancellationToken cancellationToken);
}

/// <summary>A declared variable of a bidang module.</summary>
/// <param name="Kode">PascalCase name used in formulas, e.g. <c>AngkatanKerja</c>.</param>
/// <param name="Nama">Indonesian name for people.</param>
/// <param name="Satuan">Unit, e.g. <c>orang</c>.</param>
/// <param name="Modul">Owning module.</param>
/// <param name="BilanganBulat">True for counts: only whole numbers are accepted.</param>
/// <param name="Min">Smallest accepted value, if bounded.</param>
/// <param name="Max">Largest accepted value, if bounded.</param>
/// <param name="Agregasi"><c>Jumlah</c> (flows: quarters add up), <c>Terakhir</c> (stocks: last quarter counts) or <c>Kumulatif</c> (distinct counts: a quarter is the year to date and may not fall).</param>
public sealed record VariabelBidang(
    string Kode, string Nama, string Satuan, string Modul, bool BilanganBulat, decimal? Min, decimal? Max, string Agregasi);

/// <summary>A broken consistency rule.</summary>
/// <param name="Aturan">The rule's name.</param>
/// <param name="Pesan">Indonesian message for the operator.</param>
/// <param name="Variabel">The variables the rule names (for field-level errors).</param>
public sealed record PelanggaranKonsistensi(string Aturan, string Pesan, IReadOnlyList<string> Variabel);
