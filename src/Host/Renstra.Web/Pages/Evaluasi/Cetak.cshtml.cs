using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Evaluasi.Features;
using Renstra.Shared.Errors;

namespace Renstra.Web.Pages.Evaluasi;

/// <summary>The print page of Formulir E.81: A4 landscape, the office's heading, the table and the signature block.</summary>
public sealed class CetakModel(ISender sender, TimeProvider time) : PageModel
{
    public EvaluasiRenja Formulir { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? tahun, int? triwulan, CancellationToken cancellationToken)
    {
        try
        {
            Formulir = await sender.Send(new LihatEvaluasiRenja.Query(tahun ?? RenjaModel.TahunBawaan(time), triwulan ?? 4), cancellationToken);
        }
        catch (ValidationFailedException)
        {
            return BadRequest();
        }
        return Page();
    }
}
