using Renstra.Modules.Kinerja.Features;

namespace Renstra.Web.Pages.Aturan;

/// <summary>The fields of an indicator definition as the edit form posts them.</summary>
public sealed class FormIndikator
{
    public string? Kode { get; set; }
    public string? Nama { get; set; }
    public string? Satuan { get; set; }
    public string? Polaritas { get; set; }
    public string? Modul { get; set; }
    public string? Tingkat { get; set; }
    public string? Rumus { get; set; }
    public string? Syarat { get; set; }
    public string? DefinisiOperasional { get; set; }
    public string? BerlakuMulai { get; set; }
    public string? AturanCapaian { get; set; }

    public static FormIndikator Dari(IndikatorTampilan i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new()
        {
            Kode = i.Kode, Nama = i.Nama, Satuan = i.Satuan, Polaritas = i.Polaritas, Modul = i.Modul, Tingkat = i.Tingkat,
            Rumus = i.Rumus, Syarat = i.Syarat, DefinisiOperasional = i.DefinisiOperasional, BerlakuMulai = null,
            AturanCapaian = i.AturanCapaian,
        };
    }

    /// <summary>The definition the API's PUT and uji take; blank optional fields are absent.</summary>
    public IndikatorDefinisi KeDefinisi(string kode) => new(
        kode, Nama, Satuan, Polaritas, Modul, Rumus, Kosong(Syarat), Kosong(DefinisiOperasional), Kosong(BerlakuMulai),
        Kosong(AturanCapaian), Kosong(Tingkat));

    private static string? Kosong(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
