using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Bidang.Features;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Web.Akses;
using Renstra.Web.Formatting;

namespace Renstra.Web.Pages.Isian;

/// <summary>
/// Choose a module and a period to fill in (or read): every sheet of the Renstra with its state (kosong,
/// sebagian, lengkap, terkunci) and, for the modules the person fills (every module for a reader), the
/// ended periods that still lack data, named in words — the bidang modules' <c>LihatKelengkapan</c> query,
/// read from the stored sheets and so current after every change.
/// </summary>
public sealed class DaftarIsianModel(ISender sender, TimeProvider time) : PageModel
{
    public HakPengguna Hak { get; private set; } = new("", "", []);

    /// <summary>The chooser's period: as typed when it was refused, else last year.</summary>
    [BindProperty(SupportsGet = true, Name = "periode")]
    public string? PeriodeDipilih { get; set; }

    /// <summary>The chooser's module, kept when the period was refused.</summary>
    [BindProperty(SupportsGet = true, Name = "modul")]
    public string? ModulDipilih { get; set; }

    /// <summary>Why the chosen period was refused, shown under its field.</summary>
    public string? GalatPeriode { get; private set; }

    /// <summary>Every module's sheets, in the modules' order.</summary>
    public IReadOnlyList<KelengkapanRespons> Kelengkapan { get; private set; } = [];

    public string? Galat { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Hak = HakPengguna.Dari(User);
        if (PeriodeDipilih is not null && !Periode.TryParse(PeriodeDipilih.Trim(), out _))
            GalatPeriode = PesanPeriodeSalah(PeriodeDipilih);
        PeriodeDipilih ??= (time.GetUtcNow().Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (ModulDipilih is null || !NamaModul.SemuaBidang.Contains(ModulDipilih, StringComparer.Ordinal))
            ModulDipilih = NamaModul.SemuaBidang.FirstOrDefault(Hak.BolehMengisi) ?? NamaModul.SemuaBidang[0];
        var daftar = new List<KelengkapanRespons>();
        foreach (var modul in NamaModul.SemuaBidang)
        {
            try
            {
                daftar.Add(await sender.Send(new LihatKelengkapan.Query(modul), cancellationToken));
            }
            catch (UseCaseException e)
            {
                Galat = e.Message;
            }
        }
        // The modules this person fills first: an operator's own grid is the one they look for.
        Kelengkapan = daftar.OrderBy(k => Hak.BolehMengisi(k.Modul) ? 0 : 1).ToList();
    }

    /// <summary>The modules whose missing data this person is reminded of: an operator's own; every module for Admin and Pimpinan.</summary>
    public IEnumerable<KelengkapanRespons> Pengingat =>
        Kelengkapan.Where(k => Hak.Peran != Renstra.Shared.Abstractions.Peran.Operator || Hak.BolehMengisi(k.Modul));

    /// <summary>What the chooser says of a period it cannot open; the typed text is echoed only as far as it is short.</summary>
    internal static string PesanPeriodeSalah(string teks) => string.IsNullOrWhiteSpace(teks)
        ? $"Isi periode: tahun (mis. 2024) atau triwulan (mis. 2024-T2), antara {KelengkapanTampilan.TahunAwal} dan {KelengkapanTampilan.TahunAkhir}."
        : $"Periode \"{TeksPengguna.Kutip(teks.Trim(), 20)}\" tidak dikenal. Tulis tahun (mis. 2024) atau triwulan (mis. 2024-T2), antara {KelengkapanTampilan.TahunAwal} dan {KelengkapanTampilan.TahunAkhir}.";
}
