using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Bidang.Features;
using Renstra.Modules.Evaluasi.Features;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Web.Akses;
using Renstra.Web.Formatting;
using Renstra.Web.Perintah;

namespace Renstra.Web.Pages.Evaluasi;

/// <summary>
/// One module's realisasi anggaran of one quarter: its sub kegiatan with the DPA in force, the quarter's
/// spending as entered (for that module's operator and Admin), the sheet's revision. The write is the
/// same Mediator command the API sends.
/// </summary>
public sealed class RealisasiModel(ISender sender) : PageModel
{
    [FromRoute]
    public string Modul { get; set; } = "";

    [FromRoute(Name = "periode")]
    public string PeriodeTeks { get; set; } = "";

    /// <summary>The quarter's spending as typed, by sub kegiatan id.</summary>
    [BindProperty]
    public Dictionary<string, string?> Realisasi { get; set; } = [];

    [BindProperty]
    public int? RevisiDasar { get; set; }

    public Periode Periode { get; private set; }

    public IReadOnlyList<AnggaranNode> SubKegiatan { get; private set; } = [];

    public LembarAnggaranRespons? Lembar { get; private set; }

    public bool BolehMengisi { get; private set; }

    public GalatPerintah? Galat { get; private set; }

    public string? Pesan { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? tersimpan, CancellationToken cancellationToken)
    {
        if (!await BacaAsync(isiDariLembar: true, cancellationToken)) return NotFound();
        if (tersimpan is { } r) Pesan = $"Realisasi anggaran tersimpan sebagai revisi {r}.";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await BacaAsync(isiDariLembar: false, cancellationToken)) return NotFound();
        if (!BolehMengisi) return Forbid();
        var isi = Realisasi.Where(r => !string.IsNullOrWhiteSpace(r.Value))
            .Select(r => KeyValuePair.Create(r.Key, AngkaIsian.KeJson(r.Value!))).ToList();
        var ifMatch = RevisiDasar is { } d and > 0 ? $"\"{d.ToString(CultureInfo.InvariantCulture)}\"" : null;
        try
        {
            var hasil = await sender.Send(new SimpanLembarAnggaran.Command(Modul, Periode.ToString(), isi, ifMatch), cancellationToken);
            return RedirectToPage(new { modul = Modul, periode = Periode.ToString(), tersimpan = hasil.Revisi });
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        return Page();
    }

    private async Task<bool> BacaAsync(bool isiDariLembar, CancellationToken cancellationToken)
    {
        if (!NamaModul.SemuaBidang.Contains(Modul, StringComparer.Ordinal)) return false;
        if (!Periode.TryParse(PeriodeTeks, out var periode) || periode.Triwulan is null || periode.Tahun is < LihatEvaluasiRenja.TahunAwalRenstra or > LihatEvaluasiRenja.TahunAkhirRenstra)
            return false;
        Periode = periode;
        BolehMengisi = HakPengguna.Dari(User).BolehMengisi(Modul);
        var anggaran = await sender.Send(new LihatAnggaran.Query(periode.Tahun), cancellationToken);
        SubKegiatan = anggaran.Node.Where(n => n.Tingkat == "SubKegiatan" && n.Modul == Modul).ToList();
        try
        {
            Lembar = await sender.Send(new LihatLembarAnggaran.Query(Modul, periode.ToString()), cancellationToken);
        }
        catch (NotFoundException)
        {
            Lembar = null;
        }
        if (isiDariLembar)
        {
            RevisiDasar = Lembar?.Revisi;
            Realisasi = SubKegiatan.ToDictionary(s => s.Id,
                s => Lembar is not null && Lembar.Realisasi.TryGetValue(s.Id, out var rp) ? AngkaIsian.UntukIsian(rp) : null);
        }
        return true;
    }
}
