using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Bidang.Features;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Web.Akses;

namespace Renstra.Web.Pages.Isian;

/// <summary>
/// Choose a module and a period to fill in (or read), with the missing-data reminder of the modules the
/// person fills (every module for a reader): the bidang modules' own <c>LihatKekurangan</c> query, and
/// for an Admin the <c>HitungKekurangan</c> command to refresh it now.
/// </summary>
public sealed class DaftarIsianModel(ISender sender, TimeProvider time) : PageModel
{
    public HakPengguna Hak { get; private set; } = new("", "", []);

    public string PeriodeBawaan { get; private set; } = "";

    /// <summary>The reminder of each module shown, in the modules' order.</summary>
    public IReadOnlyList<KekuranganRespons> Kekurangan { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Dihitung { get; set; }

    public string? Galat { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Hak = HakPengguna.Dari(User);
        PeriodeBawaan = (time.GetUtcNow().Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var daftar = new List<KekuranganRespons>();
        foreach (var modul in ModulDitampilkan(Hak))
        {
            try
            {
                daftar.Add(await sender.Send(new LihatKekurangan.Query(modul), cancellationToken));
            }
            catch (UseCaseException e)
            {
                Galat = e.Message;
            }
        }
        Kekurangan = daftar;
    }

    /// <summary>Admin only: runs the reminder of <paramref name="modul"/> now (the API's <c>POST …/kekurangan/hitung</c>).</summary>
    public async Task<IActionResult> OnPostHitungAsync(string? modul, CancellationToken cancellationToken)
    {
        if (!HakPengguna.Dari(User).IsAdmin) return Forbid();
        if (modul is null || !NamaModul.SemuaBidang.Contains(modul, StringComparer.Ordinal)) return NotFound();
        await sender.Send(new HitungKekurangan.Command(modul), cancellationToken);
        return RedirectToPage(new { dihitung = modul });
    }

    /// <summary>An operator sees the modules they fill; Admin and Pimpinan see every module.</summary>
    internal static IReadOnlyList<string> ModulDitampilkan(HakPengguna hak) =>
        hak.Peran == Renstra.Shared.Abstractions.Peran.Operator ? hak.ModulDiisi : NamaModul.SemuaBidang;
}
