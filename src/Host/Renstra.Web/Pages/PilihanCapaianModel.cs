using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Web.Capaian;

namespace Renstra.Web.Pages;

/// <summary>
/// The choice of period and filters the dashboard and the export share (<c>?tahun=&amp;triwulan=&amp;modul=&amp;tingkat=&amp;cabang=&amp;cari=&amp;berisiko=</c>),
/// so a download carries exactly what the page showed.
/// </summary>
public abstract class PilihanCapaianModel : PageModel
{
    /// <summary>The Renstra's years.</summary>
    public IReadOnlyList<int> DaftarTahun { get; } = MatriksCapaian.Tahun;

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    /// <summary>A quarter of the year (1–4), or none for the whole year.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Triwulan { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Modul { get; set; }

    /// <summary>A level of the plan (RPJMD, IKU, Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Tingkat { get; set; }

    /// <summary>A program, kegiatan or sub kegiatan: the indicators of that branch of the plan tree.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Cabang { get; set; }

    /// <summary>Text searched in indicator codes and names.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Cari { get; set; }

    /// <summary>Only the indicators whose projection (peringatan dini) is berisiko.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Berisiko { get; set; }

    /// <summary>The filter of the request; an unknown bidang, level or branch is dropped, and the page's values follow.</summary>
    protected SaringanCapaian Saringan(IReadOnlyList<SimpulRencana> cabang)
    {
        ArgumentNullException.ThrowIfNull(cabang);
        var saringan = SaringanCapaian.Dari(Modul, Tingkat, Cabang, Cari, Berisiko, cabang.Select(s => s.Id));
        (Modul, Tingkat, Cabang, Cari) = (saringan.Modul, saringan.Tingkat, saringan.Cabang, saringan.Cari);
        return saringan;
    }
}
