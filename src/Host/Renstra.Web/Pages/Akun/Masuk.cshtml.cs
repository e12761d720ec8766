using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Web.Akses;

namespace Renstra.Web.Pages.Akun;

/// <summary>Sign-in with e-mail and password; Identity's lockout counts the failures.</summary>
public sealed class MasukModel(IPintuMasuk pintuMasuk) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Email wajib diisi.")]
    [StringLength(256, ErrorMessage = "Email terlalu panjang.")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Kata sandi wajib diisi.")]
    [StringLength(256, ErrorMessage = "Kata sandi terlalu panjang.")]
    public string KataSandi { get; set; } = "";

    [BindProperty]
    public bool IngatSaya { get; set; }

    /// <summary>Where to go after signing in; only a local address is ever followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Pesan { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(Tujuan()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var hasil = await pintuMasuk.MasukAsync(Email, KataSandi, IngatSaya);
        if (hasil.Hasil == HasilMasuk.Berhasil) return LocalRedirect(Tujuan());
        Pesan = hasil.Pesan;
        KataSandi = "";
        return Page();
    }

    private string Tujuan() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
