namespace Renstra.Modules.Kinerja.Domain;

/// <summary>How a variable's quarterly values make a year's value (when the year has no value of its own).</summary>
internal static class Agregasi
{
    /// <summary>Flows (e.g. JumlahSengketa): the submitted quarters are added up (year to date).</summary>
    public const string Jumlah = "Jumlah";

    /// <summary>Stocks (e.g. JumlahKoperasi): the value of the latest submitted quarter.</summary>
    public const string Terakhir = "Terakhir";

    public static bool Sah(string? agregasi) => agregasi is Jumlah or Terakhir;
}
