using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Shared.Abstractions;

namespace Renstra.Web.Pages.Isian;

/// <summary>
/// The chooser's GET target: checks the choice and goes to the sheet's own address. A period it cannot read
/// goes back to the chooser with what was typed, which then says why.
/// </summary>
public sealed class BukaIsianModel : PageModel
{
    public IActionResult OnGet(string? modul, string? periode)
    {
        var modulDikenal = modul is not null && NamaModul.SemuaBidang.Contains(modul, StringComparer.Ordinal);
        if (modulDikenal && Periode.TryParse(periode?.Trim(), out var p))
            return Redirect($"/isian/{modul}/{p}");
        return RedirectToPage("/Isian/Index", new { modul = modulDikenal ? modul : null, periode = periode ?? "" });
    }
}
