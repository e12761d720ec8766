using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Web.Akses;

namespace Renstra.Web.Pages.Akun;

/// <summary>Sign-out is a POST with the antiforgery token, so no link elsewhere can sign someone out.</summary>
public sealed class KeluarModel(IPintuMasuk pintuMasuk) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await pintuMasuk.KeluarAsync();
        return Redirect("/masuk");
    }
}
