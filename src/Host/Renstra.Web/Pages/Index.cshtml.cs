using Mediator;
using Microsoft.AspNetCore.Mvc;
using Renstra.Modules.Bidang.Features;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Web.Akses;
using Renstra.Web.Capaian;
using Renstra.Web.Formatting;

namespace Renstra.Web.Pages;

/// <summary>Beranda: the capaian table of a year, grouped by module and level, filterable by module.</summary>
public sealed class BerandaModel(TabelCapaian tabel, StatusPekerjaan status, TimeProvider time, ISender sender) : PageModel
{
    /// <summary>The Renstra's years.</summary>
    public IReadOnlyList<int> DaftarTahun { get; } = Enumerable.Range(2021, 6).ToList();

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Modul { get; set; }

    /// <summary>Only the indicators whose projection (peringatan dini) is berisiko.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Berisiko { get; set; }

    /// <summary>Per bidang: how many indicators of the period shown are projected berisiko (whatever the berisiko filter).</summary>
    public IReadOnlyList<(string Modul, int Jumlah)> BerisikoPerBidang { get; private set; } = [];

    /// <summary>A quarter of the year (1–4), or none for the whole year.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Triwulan { get; set; }

    /// <summary>The period shown, in words: "Tahun 2024" or "Triwulan II 2024".</summary>
    public string JudulPeriode => Tahun is not { } t ? ""
        : Triwulan is { } q ? FormatIndonesia.Periode(Periode.Kuartal(t, q)) : t.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public HakPengguna Hak { get; private set; } = new("", "", []);

    public DateTimeOffset Sekarang { get; private set; }

    public IReadOnlyList<KelompokCapaian> Kelompok { get; private set; } = [];

    public string? Galat { get; private set; }

    public KeadaanPekerjaan Pekerjaan { get; private set; } = new(0, 0);

    /// <summary>For an operator: the modules they fill that still miss data of an ended period, with the number of such periods.</summary>
    public IReadOnlyList<(string Modul, int JumlahPeriode)> Pengingat { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Hak = HakPengguna.Dari(User);
        Pekerjaan = status.Baca();
        Sekarang = time.GetUtcNow();
        // Capaian of a year is reported in the next one: the year before the current one by default.
        var lokal = TimeZoneInfo.ConvertTime(Sekarang, FormatIndonesia.ZonaWaktu);
        Tahun ??= Math.Clamp(lokal.Year - 1, DaftarTahun[0], DaftarTahun[^1]);
        if (Triwulan is not (>= 1 and <= 4)) Triwulan = null;
        if (Modul is not null && !NamaModul.SemuaBidang.Contains(Modul)) Modul = null;
        if (Hak.Peran == Renstra.Shared.Abstractions.Peran.Operator)
        {
            var pengingat = new List<(string, int)>();
            foreach (var m in Hak.ModulDiisi)
            {
                var k = await sender.Send(new LihatKekurangan.Query(m), cancellationToken);
                if (k.Periode.Count > 0) pengingat.Add((m, k.Periode.Select(p => p.Periode).Distinct(StringComparer.Ordinal).Count()));
            }
            Pengingat = pengingat;
        }
        try
        {
            var semua = await tabel.BacaAsync(Tahun.Value, Triwulan, Modul, cancellationToken);
            BerisikoPerBidang = semua.SelectMany(k => k.Baris).GroupBy(b => b.Modul)
                .Select(g => (g.Key, g.Count(b => b.Capaian.Proyeksi?.Berisiko == true))).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
            Kelompok = Berisiko
                ? semua.Select(k => k with { Baris = k.Baris.Where(b => b.Capaian.Proyeksi?.Berisiko == true).ToList() }).Where(k => k.Baris.Count > 0).ToList()
                : semua;
        }
        catch (UseCaseException e)
        {
            Galat = e.Message;
        }
    }
}
