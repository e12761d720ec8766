using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Kinerja.Features;
using Renstra.Shared.Errors;
using Renstra.Web.Formatting;
using Renstra.Web.Perintah;

namespace Renstra.Web.Pages.Aturan;

/// <summary>The variable catalog; the administrator declares a new variable (or edits one) at run time.</summary>
public sealed class VariabelModel(ISender sender) : PageModel
{
    public sealed class FormVariabel
    {
        public string? Kode { get; set; }
        public string? Nama { get; set; }
        public string? Satuan { get; set; }
        public string? Modul { get; set; }
        public bool BilanganBulat { get; set; }
        public string? Min { get; set; }
        public string? Max { get; set; }
        public string? Agregasi { get; set; }
        public string? Keterangan { get; set; }
    }

    [BindProperty]
    public FormVariabel Form { get; set; } = new() { Agregasi = "Terakhir", Min = "0" };

    [BindProperty(SupportsGet = true)]
    public string? Tersimpan { get; set; }

    public IReadOnlyList<VariabelTampilan> Variabel { get; private set; } = [];

    public GalatPerintah? Galat { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Variabel = await sender.Send(new DaftarVariabel.Query(null), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var body = new SimpanVariabel.Body(Form.Nama, Form.Satuan, Form.Modul, Form.BilanganBulat, Angka(Form.Min), Angka(Form.Max),
                Form.Agregasi, string.IsNullOrWhiteSpace(Form.Keterangan) ? null : Form.Keterangan);
            var (baru, v) = await sender.Send(new SimpanVariabel.Command((Form.Kode ?? "").Trim(), body), cancellationToken);
            return RedirectToPage(new { tersimpan = $"{v.Kode} {(baru ? "dibuat" : "diubah")}, versi {v.Versi}" });
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        Variabel = await sender.Send(new DaftarVariabel.Query(null), cancellationToken);
        return Page();
    }

    private static decimal? Angka(string? teks) => AngkaIsian.TryBaca(teks, out var n) ? n : null;
}
