namespace Renstra.Web.Formatting;

/// <summary>
/// The CSS class of a capaian category. The colours themselves live in the style sheet (the content
/// security policy allows no inline styles) and match <c>rules/capaian/kategori.json</c>.
/// </summary>
public static class WarnaKategori
{
    /// <summary>The categories from best to worst, as Permendagri 86/2017 names them.</summary>
    public static IReadOnlyList<string> Semua { get; } = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"];

    /// <summary><c>kategori-sangat-tinggi</c> for "Sangat Tinggi"; <c>kategori-kosong</c> when there is none.</summary>
    public static string KelasCss(string? kategori) =>
        string.IsNullOrWhiteSpace(kategori) || !Semua.Contains(kategori.Trim(), StringComparer.OrdinalIgnoreCase)
            ? "kategori-kosong"
            : "kategori-" + kategori.Trim().ToLowerInvariant().Replace(' ', '-');
}
