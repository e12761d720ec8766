using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Evaluasi.Features;
using Renstra.Shared.Errors;

namespace Renstra.Web.Pages.Evaluasi;

/// <summary>The LKjIP tables of a year: pengukuran kinerja per sasaran and efisiensi per program, with the XLSX download.</summary>
public sealed class LkjipModel(ISender sender, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    public Lkjip Tabel { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Tabel = await sender.Send(new LihatLkjip.Query(PilihTahun()), cancellationToken);
        }
        catch (ValidationFailedException)
        {
            return BadRequest();
        }
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        try
        {
            var berkas = await sender.Send(new UnduhLkjip.Query(PilihTahun()), cancellationToken);
            return File(berkas.Isi, berkas.JenisKonten, berkas.NamaBerkas);
        }
        catch (ValidationFailedException)
        {
            return BadRequest();
        }
    }

    private int PilihTahun() => Tahun ?? RenjaModel.TahunBawaan(time);
}
