namespace Renstra.Web;

/// <summary>Settings of the web UI (section <c>Renstra:Web</c>).</summary>
public sealed class WebUiOptions
{
    /// <summary>The office shown in the header of every page.</summary>
    public string NamaDinas { get; set; } =
        "Dinas Tenaga Kerja, Koperasi, Usaha Kecil dan Menengah Kabupaten Belitung Timur";

    /// <summary>
    /// The host's rate-limiting policy for sign-in attempts, applied to the sign-in page as well, so the
    /// web form is no easier to brute-force than <c>POST /api/auth/login</c>. Null: no limit.
    /// </summary>
    public string? KebijakanBatasMasuk { get; set; }
}
