using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Shared.Errors;
using Renstra.Web.Akses;
using Renstra.Web.Perintah;

namespace Renstra.Web.Pages.Pengguna;

/// <summary>
/// The administrator's accounts page: every account with its role, bidang and state; create one, deactivate
/// or activate, unlock, set a new password. Each action is the Accounts API's own use case.
/// </summary>
public sealed class IndexModel(IAdministrasiPengguna administrasi) : PageModel
{
    public sealed class FormAkun
    {
        public string? Email { get; set; }
        public string? Nama { get; set; }
        public string? Peran { get; set; }
        public string? Modul { get; set; }
        public string? KataSandi { get; set; }
    }

    [BindProperty]
    public FormAkun Form { get; set; } = new() { Peran = Renstra.Shared.Abstractions.Peran.Operator };

    [BindProperty(SupportsGet = true)]
    public string? Tersimpan { get; set; }

    public IReadOnlyList<AkunTampilan> Akun { get; private set; } = [];

    public GalatPerintah? Galat { get; private set; }

    /// <summary>The account whose action failed, so its error shows in its row.</summary>
    public string? GalatUntuk { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Akun = await administrasi.DaftarAsync(cancellationToken);

    public Task<IActionResult> OnPostBuatAsync(CancellationToken cancellationToken) =>
        JalankanAsync(null, async () =>
        {
            var akun = await administrasi.BuatAsync(new AkunBaru(
                (Form.Email ?? "").Trim(), (Form.Nama ?? "").Trim(), Form.Peran ?? "",
                string.IsNullOrEmpty(Form.Modul) ? null : Form.Modul, Form.KataSandi ?? ""), cancellationToken);
            return $"Akun {akun.Email} dibuat.";
        }, cancellationToken);

    public Task<IActionResult> OnPostAktifAsync(string id, bool aktif, CancellationToken cancellationToken) =>
        JalankanAsync(id, async () =>
        {
            var akun = await administrasi.SetelAktifAsync(id, aktif, cancellationToken);
            return $"Akun {akun.Email} {(akun.Aktif ? "diaktifkan" : "dinonaktifkan")}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostBukaKunciAsync(string id, CancellationToken cancellationToken) =>
        JalankanAsync(id, async () => $"Kunci akun {(await administrasi.BukaKunciAsync(id, cancellationToken)).Email} dibuka.", cancellationToken);

    public Task<IActionResult> OnPostKataSandiAsync(string id, string? kataSandi, CancellationToken cancellationToken) =>
        JalankanAsync(id, async () =>
        {
            await administrasi.SetelKataSandiAsync(id, kataSandi ?? "", cancellationToken);
            return "Kata sandi baru disimpan; sesi lama akun itu berakhir.";
        }, cancellationToken);

    /// <summary>Runs an action; success redirects (post/redirect/get), a refusal shows the page with the message.</summary>
    private async Task<IActionResult> JalankanAsync(string? id, Func<Task<string>> aksi, CancellationToken cancellationToken)
    {
        try
        {
            return RedirectToPage(new { tersimpan = await aksi() });
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
            GalatUntuk = id;
        }
        Form.KataSandi = null;
        Akun = await administrasi.DaftarAsync(cancellationToken);
        return Page();
    }
}
