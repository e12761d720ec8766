using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Evaluasi.Features;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Web.Akses;
using Renstra.Web.Evaluasi;
using Renstra.Web.Perintah;

namespace Renstra.Web.Pages.Evaluasi;

/// <summary>
/// Formulir E.81 of a year up to a quarter: the table, the averages and predikat, the serapan-vs-capaian
/// chart, the texts (written by Admin and Pimpinan), the XLSX download and the print page.
/// </summary>
public sealed class RenjaModel(ISender sender, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Triwulan { get; set; }

    [BindProperty]
    public SimpanCatatanEvaluasi.Body Catatan { get; set; } = new(null, null, null, null);

    public EvaluasiRenja Formulir { get; private set; } = null!;

    public IReadOnlyList<TitikSerapan> Serapan { get; private set; } = [];

    public bool BolehMenulis { get; private set; }

    public GalatPerintah? Galat { get; private set; }

    public string? Pesan { get; private set; }

    public static IReadOnlyList<int> DaftarTahun { get; } = Enumerable.Range(LihatEvaluasiRenja.TahunAwalRenstra, LihatEvaluasiRenja.TahunAkhirRenstra - LihatEvaluasiRenja.TahunAwalRenstra + 1).ToList();

    public async Task<IActionResult> OnGetAsync(bool tersimpan, CancellationToken cancellationToken)
    {
        if (!await BacaAsync(cancellationToken)) return BadRequest();
        if (tersimpan) Pesan = $"Catatan evaluasi tersimpan sebagai versi {Formulir.Catatan?.Versi}.";
        return Page();
    }

    public async Task<IActionResult> OnPostCatatanAsync(CancellationToken cancellationToken)
    {
        if (!await BacaAsync(cancellationToken)) return BadRequest();
        if (!BolehMenulis) return Forbid();
        try
        {
            var isi = Catatan with
            {
                FaktorPendorong = Catatan.FaktorPendorong ?? "",
                FaktorPenghambat = Catatan.FaktorPenghambat ?? "",
                TindakLanjutTriwulan = Catatan.TindakLanjutTriwulan ?? "",
                TindakLanjutRenja = Catatan.TindakLanjutRenja ?? "",
            };
            await sender.Send(new SimpanCatatanEvaluasi.Command(Formulir.Tahun, isi), cancellationToken);
            return RedirectToPage(new { tahun = Formulir.Tahun, triwulan = Formulir.SampaiTriwulan, tersimpan = true });
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        var (tahun, triwulan) = Pilihan();
        try
        {
            var berkas = await sender.Send(new UnduhEvaluasiRenja.Query(tahun, triwulan), cancellationToken);
            return File(berkas.Isi, berkas.JenisKonten, berkas.NamaBerkas);
        }
        catch (ValidationFailedException)
        {
            return BadRequest();
        }
    }

    private (int Tahun, int Triwulan) Pilihan() => (Tahun ?? TahunBawaan(time), Triwulan ?? 4);

    /// <summary>The year the evaluation pages open on: this year, kept inside the Renstra's period.</summary>
    public static int TahunBawaan(TimeProvider time) =>
        Math.Clamp(time.GetUtcNow().Year, LihatEvaluasiRenja.TahunAwalRenstra, LihatEvaluasiRenja.TahunAkhirRenstra);

    private async Task<bool> BacaAsync(CancellationToken cancellationToken)
    {
        var (tahun, triwulan) = Pilihan();
        try
        {
            Formulir = await sender.Send(new LihatEvaluasiRenja.Query(tahun, triwulan), cancellationToken);
        }
        catch (ValidationFailedException)
        {
            return false;
        }
        Serapan = GrafikSerapan.Dari(Formulir);
        var hak = HakPengguna.Dari(User);
        BolehMenulis = hak.IsAdmin || hak.Peran == Peran.Pimpinan;
        if (Formulir.Catatan is { } c && Request.Method == "GET")
            Catatan = new SimpanCatatanEvaluasi.Body(c.FaktorPendorong, c.FaktorPenghambat, c.TindakLanjutTriwulan, c.TindakLanjutRenja);
        return true;
    }
}
