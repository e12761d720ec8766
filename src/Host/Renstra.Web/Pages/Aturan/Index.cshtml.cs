using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Kinerja.Features;

namespace Renstra.Web.Pages.Aturan;

/// <summary>Every indicator's live version, for the administrator to pick one to edit.</summary>
public sealed class DaftarAturanModel(ISender sender) : PageModel
{
    public IReadOnlyList<IndikatorTampilan> Indikator { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Indikator = await sender.Send(new DaftarIndikator.Query(null), cancellationToken);
}
