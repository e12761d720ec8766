namespace Renstra.Shared.Abstractions;

/// <summary>The region a sheet or a capaian query is about when none is named: the kabupaten.</summary>
public static class WilayahBawaan
{
    /// <summary>Configuration key of the default region code.</summary>
    public const string KunciKonfigurasi = "Renstra:Wilayah:Default";

    /// <summary>Kabupaten Belitung Timur.</summary>
    public const string KabupatenBelitungTimur = "1906";
}
