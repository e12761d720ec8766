namespace Renstra.IntegrationTests.Kinerja;

/// <summary>The Ketenagakerjaan sheet the read-model tests submit, and the indicator it drives.</summary>
internal static class LembarTpt
{
    /// <summary>Tingkat pengangguran terbuka = Pengangguran / AngkatanKerja × 100.</summary>
    public const string Kode = "RPJMD-01";

    public static object Lembar(decimal angkatanKerja, decimal pengangguran) =>
        new { nilai = new Dictionary<string, decimal> { ["AngkatanKerja"] = angkatanKerja, ["Pengangguran"] = pengangguran } };

    public static decimal Tpt(decimal angkatanKerja, decimal pengangguran) => Math.Round(pengangguran / angkatanKerja * 100m, 4);
}
