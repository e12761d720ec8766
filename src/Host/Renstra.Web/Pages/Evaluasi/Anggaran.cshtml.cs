using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Evaluasi.Features;
using Renstra.Shared.Errors;
using Renstra.Web.Akses;
using Renstra.Web.Formatting;
using Renstra.Web.Perintah;

namespace Renstra.Web.Pages.Evaluasi;

/// <summary>
/// A year's budget per program, kegiatan and sub kegiatan: the Renstra's pagu (printed and summed), the
/// DPA (set here by Admin), realisasi per quarter and serapan. Operators see their module's rows and open
/// the realisasi sheet of a quarter from here.
/// </summary>
public sealed class AnggaranModel(ISender sender, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    /// <summary>DPA as typed, by sub kegiatan id.</summary>
    [BindProperty]
    public Dictionary<string, IsianDpa> Dpa { get; set; } = [];

    public AnggaranTahunan Anggaran { get; private set; } = null!;

    public HakPengguna Hak { get; private set; } = null!;

    public IReadOnlyList<AnggaranNode> Baris { get; private set; } = [];

    public GalatPerintah? Galat { get; private set; }

    public string? Pesan { get; private set; }

    public static IReadOnlyList<int> DaftarTahun => RenjaModel.DaftarTahun;

    public async Task<IActionResult> OnGetAsync(bool tersimpan, CancellationToken cancellationToken)
    {
        if (!await BacaAsync(cancellationToken)) return BadRequest();
        if (tersimpan) Pesan = "DPA tersimpan.";
        return Page();
    }

    public async Task<IActionResult> OnPostDpaAsync(CancellationToken cancellationToken)
    {
        if (!await BacaAsync(cancellationToken)) return BadRequest();
        if (!Hak.IsAdmin) return Forbid();
        var isi = Dpa
            .Where(d => !string.IsNullOrWhiteSpace(d.Value.Murni) || !string.IsNullOrWhiteSpace(d.Value.Perubahan))
            .Select(d => KeyValuePair.Create(d.Key, JsonSerializer.SerializeToElement(new Dictionary<string, JsonElement?>
            {
                ["murni"] = string.IsNullOrWhiteSpace(d.Value.Murni) ? null : AngkaIsian.KeJson(d.Value.Murni),
                ["perubahan"] = string.IsNullOrWhiteSpace(d.Value.Perubahan) ? null : AngkaIsian.KeJson(d.Value.Perubahan),
            })))
            .ToList();
        try
        {
            await sender.Send(new SimpanDpa.Command(Anggaran.Tahun, isi), cancellationToken);
            return RedirectToPage(new { tahun = Anggaran.Tahun, tersimpan = true });
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        return Page();
    }

    private async Task<bool> BacaAsync(CancellationToken cancellationToken)
    {
        var tahun = Tahun ?? RenjaModel.TahunBawaan(time);
        try
        {
            Anggaran = await sender.Send(new LihatAnggaran.Query(tahun), cancellationToken);
        }
        catch (ValidationFailedException)
        {
            return false;
        }
        Hak = HakPengguna.Dari(User);
        Baris = Hak.Peran == Renstra.Shared.Abstractions.Peran.Operator
            ? Anggaran.Node.Where(n => Hak.BolehMengisi(n.Modul)).ToList()
            : Anggaran.Node;
        if (Request.Method == "GET")
            Dpa = Anggaran.Node.Where(n => n.Tingkat == "SubKegiatan").ToDictionary(n => n.Id, n => new IsianDpa
            {
                Murni = n.Dpa.Murni is { } m ? FormatIndonesia.Angka(m, 0) : null,
                Perubahan = n.Dpa.Perubahan is { } p ? FormatIndonesia.Angka(p, 0) : null,
            });
        return true;
    }

    /// <summary>The two DPA inputs of a sub kegiatan, as typed (Indonesian number format accepted).</summary>
    public sealed class IsianDpa
    {
        public string? Murni { get; set; }

        public string? Perubahan { get; set; }
    }
}
