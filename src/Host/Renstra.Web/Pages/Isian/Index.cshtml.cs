using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Shared.Abstractions;
using Renstra.Web.Akses;

namespace Renstra.Web.Pages.Isian;

/// <summary>Choose a module and a period to fill in (or read).</summary>
public sealed class DaftarIsianModel(TimeProvider time) : PageModel
{
    public HakPengguna Hak { get; private set; } = new("", "", []);

    public string PeriodeBawaan { get; private set; } = "";

    public void OnGet()
    {
        Hak = HakPengguna.Dari(User);
        PeriodeBawaan = (time.GetUtcNow().Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
