namespace Renstra.Modules.Kinerja.Domain;

/// <summary>The parameter names the capaian, category and predikat rules read.</summary>
internal static class KonteksCapaian
{
    public const string Realisasi = "realisasi";
    public const string Target = "target";
    public const string PeringkatRealisasi = "peringkatRealisasi";
    public const string PeringkatTarget = "peringkatTarget";
    public const string Capaian = "capaian";
    public const string Nilai = "nilai";

    /// <summary>Every parameter a capaian formula may read.</summary>
    public static readonly string[] Skalar = [Realisasi, Target, PeringkatRealisasi, PeringkatTarget];
}
