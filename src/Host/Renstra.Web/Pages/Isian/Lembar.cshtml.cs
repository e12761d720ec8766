using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Bidang.Features;
using Renstra.Modules.Kinerja.Features;
using Renstra.Modules.KoperasiUmkm.Features;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Web.Akses;
using Renstra.Web.Formatting;
using Renstra.Web.Perintah;

namespace Renstra.Web.Pages.Isian;

/// <summary>
/// One module's sheet for one period: the form of its variables (for that module's operator and Admin),
/// read-only for everyone else, with revisions, lock state, upload and template. Every write is the
/// same Mediator command the API sends, checked by the same <c>PengisiData:{modul}</c> policy.
/// </summary>
public sealed class LembarModel(ISender sender, IAuthorizationService authorization) : PageModel
{
    [FromRoute]
    public string Modul { get; set; } = "";

    [FromRoute(Name = "periode")]
    public string PeriodeTeks { get; set; } = "";

    /// <summary>The values as typed, by variable code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Nilai { get; set; } = [];

    /// <summary>The revision the form was filled on; a newer one stored meanwhile is reported, not overwritten.</summary>
    [BindProperty]
    public int? RevisiDasar { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tersimpan { get; set; }

    public Periode Periode { get; private set; }

    public bool BolehMengisi { get; private set; }

    public bool IsAdmin { get; private set; }

    public IReadOnlyList<VariabelTampilan> Variabel { get; private set; } = [];

    /// <summary>The variables grouped under the indicator they feed (<see cref="KelompokLembar"/>).</summary>
    public IReadOnlyList<KelompokLembar> Kelompok { get; private set; } = [];

    /// <summary>Every variable's name, for codes inside texts written for people (definitions, descriptions) and in revisions.</summary>
    public KamusVariabel Kamus { get; private set; } = new(new Dictionary<string, string>());

    /// <summary>Every indicator reading each variable, by code, to name the ones beyond the variable's group.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IndikatorTampilan>> Pemakai { get; private set; } =
        new Dictionary<string, IReadOnlyList<IndikatorTampilan>>();

    public LembarRespons? Lembar { get; private set; }

    /// <summary>Variables the module derives from a register (per kecamatan); the kabupaten sums them when left empty here.</summary>
    public IReadOnlySet<string> DariRegister { get; private set; } = new HashSet<string>();

    /// <summary>
    /// The numbers the register produced for this period (sum of the kecamatan), by variable code: shown read-only, never
    /// typed over (the sheet refuses a typed change of them).
    /// </summary>
    public IReadOnlyDictionary<string, AngkaRegisterRespons> AngkaRegister { get; private set; } = new Dictionary<string, AngkaRegisterRespons>();

    public IReadOnlyList<RevisiRespons> Revisi { get; private set; } = [];

    public GalatPerintah? Galat { get; private set; }

    public string? Pesan { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await SiapkanAsync()) return NotFound();
        await BacaAsync(isiDariLembar: true, cancellationToken);
        if (Tersimpan is { } r)
            Pesan = $"Data tersimpan sebagai revisi {r}. Capaian dihitung ulang di latar belakang dan tampil di dasbor dalam beberapa detik.";
        return Page();
    }

    public async Task<IActionResult> OnPostSimpanAsync(CancellationToken cancellationToken)
    {
        if (!await SiapkanAsync()) return NotFound();
        if (!BolehMengisi) return Forbid();
        var nilai = Nilai
            .Where(kv => !string.IsNullOrWhiteSpace(kv.Value))
            .Select(kv => new KeyValuePair<string, JsonElement>(kv.Key, AngkaIsian.KeJson(kv.Value!)))
            .ToList();
        var ifMatch = RevisiDasar is { } d and > 0 ? $"\"{d.ToString(CultureInfo.InvariantCulture)}\"" : null;
        try
        {
            var hasil = await sender.Send(new SimpanLembar.Command(Modul, Periode.ToString(), null, nilai, ifMatch), cancellationToken);
            return RedirectToPage(new { modul = Modul, periode = Periode.ToString(), tersimpan = hasil.Revisi });
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        await BacaAsync(isiDariLembar: false, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Removes the legacy kabupaten value of a register-derived variable (<paramref name="hapus"/>), so the register's sum
    /// counts: a new revision, like the API's <c>DELETE …/nilai/{variabel}</c>.
    /// </summary>
    public async Task<IActionResult> OnPostHapusNilaiAsync(string? hapus, CancellationToken cancellationToken)
    {
        if (!await SiapkanAsync()) return NotFound();
        if (!BolehMengisi) return Forbid();
        var ifMatch = RevisiDasar is { } d and > 0 ? $"\"{d.ToString(CultureInfo.InvariantCulture)}\"" : null;
        return await TulisAsync(
            async () => await sender.Send(new HapusNilaiLembar.Command(Modul, Periode.ToString(), null, hapus ?? "", ifMatch), cancellationToken),
            cancellationToken);
    }

    public async Task<IActionResult> OnPostUnggahAsync(IFormFile? berkas, CancellationToken cancellationToken)
    {
        if (!await SiapkanAsync()) return NotFound();
        if (!BolehMengisi) return Forbid();
        if (berkas is null || berkas.Length == 0)
        {
            Galat = new GalatPerintah("Pilih berkas CSV atau XLSX terlebih dahulu.", new Dictionary<string, string[]>());
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            return await TulisAsync(
                async () =>
                {
                    await using var isi = berkas.OpenReadStream();
                    return await UnggahLembar.UnggahAsync(sender, Modul, Periode.ToString(), isi, berkas.Length, cancellationToken);
                },
                cancellationToken);
        }
        await BacaAsync(isiDariLembar: true, cancellationToken);
        return Page();
    }

    /// <summary>
    /// A write of the sheet that is not the typed form (an upload, a removal): on success back to the page with the
    /// revision; refused, the page with the stored sheet, the reason in words and the API's status (400, 404, 409, 412).
    /// </summary>
    private async Task<IActionResult> TulisAsync(Func<Task<LembarRespons>> tulis, CancellationToken cancellationToken)
    {
        try
        {
            var hasil = await tulis();
            return RedirectToPage(new { modul = Modul, periode = Periode.ToString(), tersimpan = hasil.Revisi });
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
            Response.StatusCode = GalatPerintah.Status(e);
        }
        await BacaAsync(isiDariLembar: true, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetTemplatAsync(string? format, CancellationToken cancellationToken)
    {
        if (!await SiapkanAsync()) return NotFound();
        var berkas = await sender.Send(new UnduhTemplat.Query(Modul, format == "csv" ? "csv" : "xlsx", Periode.ToString(), null), cancellationToken);
        return File(berkas.Isi, berkas.JenisKonten, berkas.NamaBerkas);
    }

    public Task<IActionResult> OnPostKunciAsync(CancellationToken cancellationToken) => UbahKunciAsync(true, cancellationToken);

    public Task<IActionResult> OnPostBukaKunciAsync(CancellationToken cancellationToken) => UbahKunciAsync(false, cancellationToken);

    private async Task<IActionResult> UbahKunciAsync(bool terkunci, CancellationToken cancellationToken)
    {
        if (!await SiapkanAsync()) return NotFound();
        if (!IsAdmin) return Forbid();
        try
        {
            await sender.Send(new UbahStatusKunci.Command(Modul, Periode.ToString(), null, terkunci), cancellationToken);
            return RedirectToPage(new { modul = Modul, periode = Periode.ToString() });
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        await BacaAsync(isiDariLembar: true, cancellationToken);
        return Page();
    }

    private async Task<bool> SiapkanAsync()
    {
        if (!NamaModul.SemuaBidang.Contains(Modul) || !Periode.TryParse(PeriodeTeks, out var periode)) return false;
        Periode = periode;
        BolehMengisi = (await authorization.AuthorizeAsync(User, KebijakanAkses.PengisiData(Modul))).Succeeded;
        IsAdmin = HakPengguna.Dari(User).IsAdmin;
        return true;
    }

    private async Task BacaAsync(bool isiDariLembar, CancellationToken cancellationToken)
    {
        Variabel = await sender.Send(new DaftarVariabel.Query(Modul), cancellationToken);
        var indikator = await sender.Send(new DaftarIndikator.Query(null), cancellationToken);
        Kamus = await KamusVariabel.BacaAsync(sender, cancellationToken);
        Kelompok = KelompokLembar.Susun(Variabel, indikator);
        Pemakai = KelompokLembar.Pemakai(indikator);
        if (Modul == NamaModul.KoperasiUmkm)
        {
            DariRegister = (await sender.Send(new DaftarAturanRegister.Query(), cancellationToken)).Select(a => a.Variabel).ToHashSet(StringComparer.Ordinal);
            AngkaRegister = (await sender.Send(new LihatAngkaRegister.Query(Modul, Periode.ToString()), cancellationToken))
                .ToDictionary(a => a.Variabel, StringComparer.Ordinal);
        }
        try
        {
            Lembar = await sender.Send(new LihatLembar.Query(Modul, Periode.ToString(), null), cancellationToken);
            Revisi = (await sender.Send(new DaftarRevisi.Query(Modul, Periode.ToString(), null), cancellationToken)).Reverse().ToList();
        }
        catch (NotFoundException)
        {
            Lembar = null;
            Revisi = [];
        }
        if (isiDariLembar)
        {
            Nilai = Variabel.ToDictionary(v => v.Kode,
                v => Lembar?.Nilai.TryGetValue(v.Kode, out var n) == true ? AngkaIsian.UntukIsian(n) : null, StringComparer.Ordinal);
            RevisiDasar = Lembar?.Revisi;
        }
    }

    /// <summary>The typed or stored value of a variable for its input.</summary>
    public string? NilaiIsian(string kode) => Nilai.TryGetValue(kode, out var v) ? v : null;

    /// <summary>The refusal's messages for one variable, worded for the form (<see cref="GalatAngka"/>).</summary>
    public IReadOnlyList<string> GalatUntuk(string kode) =>
        Galat is null ? [] : GalatAngka.UntukIsian(Galat.Untuk(kode), NilaiIsian(kode));

    /// <summary>A variable's name for people; the code only when the catalog no longer has it.</summary>
    public string NamaVariabel(string kode) => Kamus.Nama(kode);

    /// <summary>The help under an input: whole numbers or not, the accepted range with Indonesian grouping.</summary>
    public static string Petunjuk(VariabelTampilan v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var jenis = v.BilanganBulat ? "Bilangan bulat" : "Boleh desimal (koma)";
        var satuan = string.IsNullOrWhiteSpace(v.Satuan) ? "" : " " + v.Satuan;
        var rentang = (v.Min, v.Max) switch
        {
            ({ } min, { } max) => $"; {FormatIndonesia.Angka(min, 4)} sampai {FormatIndonesia.Angka(max, 4)}{satuan}",
            ({ } min, null) => $"; paling kecil {FormatIndonesia.Angka(min, 4)}{satuan}",
            (null, { } max) => $"; paling besar {FormatIndonesia.Angka(max, 4)}{satuan}",
            _ => "",
        };
        return jenis + rentang + ".";
    }

    public bool Terkunci => Lembar?.Status == "Terkunci";

    /// <summary>The register's name for people, with its page.</summary>
    public static (string Nama, string Halaman) Register(string register) =>
        register == "UsahaMikro" ? ("register usaha mikro", "/register/usaha-mikro") : ("register koperasi", "/register/koperasi");
}
