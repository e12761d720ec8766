namespace Renstra.Modules.Kinerja.Domain;

/// <summary>How a variable's quarterly values make a year's value (when the year has no value of its own).</summary>
internal static class Agregasi
{
    /// <summary>Flows of events (e.g. JumlahSengketa): the submitted quarters are added up (year to date).</summary>
    public const string Jumlah = "Jumlah";

    /// <summary>Stocks (e.g. JumlahKoperasi): the value of the latest submitted quarter.</summary>
    public const string Terakhir = "Terakhir";

    /// <summary>
    /// Distinct things counted without a register (e.g. PerusahaanBerselisih): a quarter's value is the
    /// year to date (each thing once), so the year takes the latest quarter, and a quarter below an
    /// earlier one of the same year is refused on submission.
    /// </summary>
    public const string Kumulatif = "Kumulatif";

    public static bool Sah(string? agregasi) => agregasi is Jumlah or Terakhir or Kumulatif;
}
