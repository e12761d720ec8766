namespace Renstra.Shared.Abstractions;

/// <summary>The bidang modules' names as the Renstra and the API write them.</summary>
public static class NamaModul
{
    /// <summary>Bidang Ketenagakerjaan.</summary>
    public const string Ketenagakerjaan = "Ketenagakerjaan";

    /// <summary>Bidang Koperasi dan UMKM.</summary>
    public const string KoperasiUmkm = "KoperasiUmkm";

    /// <summary>Sekretariat.</summary>
    public const string Sekretariat = "Sekretariat";

    /// <summary>Every bidang module that submits data.</summary>
    public static IReadOnlyList<string> SemuaBidang { get; } = [Ketenagakerjaan, KoperasiUmkm, Sekretariat];
}
