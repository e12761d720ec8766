using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Kinerja.Features;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Web.Capaian;
using Renstra.Web.Perintah;

namespace Renstra.Web.Pages.Aturan;

/// <summary>
/// Every indicator's live version, for the administrator to pick one to edit; export of the live rules
/// as RulesEngine workflow JSON and import of such a file (the API's <c>EksporIndikator</c> and
/// <c>ImporIndikator</c> requests: every workflow checked first, each becomes a new version).
/// </summary>
public sealed class DaftarAturanModel(ISender sender, DaftarSimpulRencana daftarSimpul) : PageModel
{
    /// <summary>The largest rules file accepted: the API's limit.</summary>
    public const long UkuranMaksimum = ImporIndikator.UkuranMaksimum;

    // As strict as the API: an unknown field or a duplicated key is refused, never dropped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        MaxDepth = 32,
    };

    public IReadOnlyList<IndikatorTampilan> Indikator { get; private set; } = [];

    public GalatPerintah? Galat { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Diimpor { get; set; }

    /// <summary>Catalog filter: level (<see cref="DaftarIndikator.DaftarTingkat"/>), module, plan-tree branch (node id).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Tingkat { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Modul { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cabang { get; set; }

    /// <summary>The programs, kegiatan and sub kegiatan of the plan, for the branch filter: id, name, depth.</summary>
    public IReadOnlyList<SimpulRencana> Simpul { get; private set; } = [];

    public string? GalatSaring { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Simpul = await daftarSimpul.BacaAsync(sender, cancellationToken);
        try
        {
            Indikator = await sender.Send(new DaftarIndikator.Query(null, Tingkat, Modul, Cabang), cancellationToken);
        }
        catch (ValidationFailedException e)
        {
            GalatSaring = e.Message;
            Indikator = await sender.Send(new DaftarIndikator.Query(null), cancellationToken);
        }
    }

    /// <summary>Downloads the live rules as JSON (the shape of <c>GET /api/indikator/ekspor</c>).</summary>
    public async Task<IActionResult> OnGetEksporAsync(CancellationToken cancellationToken)
    {
        var workflow = await sender.Send(new EksporIndikator.Query(), cancellationToken);
        return File(JsonSerializer.SerializeToUtf8Bytes(workflow, Json), "application/json", "aturan-indikator.json");
    }

    /// <summary>Imports an uploaded rules file; a refused file shows the module's Indonesian errors per indicator.</summary>
    public async Task<IActionResult> OnPostImporAsync(IFormFile? berkas, CancellationToken cancellationToken)
    {
        try
        {
            var workflow = await BacaBerkasAsync(berkas, cancellationToken);
            var hasil = await sender.Send(new ImporIndikator.Command(workflow), cancellationToken);
            return RedirectToPage(new { diimpor = $"{hasil.Jumlah} indikator: {string.Join(", ", hasil.Indikator)}" });
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        await OnGetAsync(cancellationToken);
        return Page();
    }

    private static async Task<IReadOnlyList<WorkflowIndikator>?> BacaBerkasAsync(IFormFile? berkas, CancellationToken cancellationToken)
    {
        if (berkas is null || berkas.Length == 0) throw ValidationFailedException.For("berkas", "Pilih berkas aturan indikator (.json) yang diunduh dari halaman ini.");
        if (berkas.Length > UkuranMaksimum) throw ValidationFailedException.For("berkas", $"Berkas terlalu besar (paling besar {UkuranMaksimum / 1024} KB).");
        try
        {
            await using var isi = berkas.OpenReadStream();
            using var dokumen = await JsonDocument.ParseAsync(isi, cancellationToken: cancellationToken);
            // One workflow or a list of them, as in rules/indikator/*.json or the export.
            return dokumen.RootElement.ValueKind == JsonValueKind.Object
                ? [dokumen.RootElement.Deserialize<WorkflowIndikator>(Json)!]
                : dokumen.RootElement.Deserialize<List<WorkflowIndikator>>(Json);
        }
        catch (JsonException e)
        {
            var tempat = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" (di {TeksPengguna.Kutip(e.Path, 80)})";
            throw ValidationFailedException.For("berkas", $"Berkas ini bukan berkas aturan indikator yang dapat dibaca{tempat}: ada bagian yang tidak dikenal, ganda atau bertipe salah.");
        }
    }
}
