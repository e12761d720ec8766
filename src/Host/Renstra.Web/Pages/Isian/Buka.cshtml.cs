using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Shared.Abstractions;

namespace Renstra.Web.Pages.Isian;

/// <summary>The chooser's GET target: checks the choice and goes to the sheet's own address.</summary>
public sealed class BukaIsianModel : PageModel
{
    public IActionResult OnGet(string? modul, string? periode)
    {
        if (modul is null || !NamaModul.SemuaBidang.Contains(modul) || !Periode.TryParse(periode?.Trim(), out var p))
            return Redirect("/isian");
        return Redirect($"/isian/{modul}/{p}");
    }
}
