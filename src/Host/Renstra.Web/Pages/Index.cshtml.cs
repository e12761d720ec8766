using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Bidang.Features;
using Renstra.Modules.Evaluasi.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Web.Akses;
using Renstra.Web.Capaian;
using Renstra.Web.Formatting;

namespace Renstra.Web.Pages;

/// <summary>
/// Beranda for the head of office: tiles (indicators per category, berisiko, completeness per bidang), one capaian
/// table filterable by bidang, level, plan branch and text, the year × indicator matrix 2021–2026 and the plan tree
/// with each node's indicators and pagu — all from stored results.
/// </summary>
public sealed class BerandaModel(
    TabelCapaian tabel, MatriksCapaian matriks, PohonRencana pohon, DaftarSimpulRencana daftarSimpul, IAnggaranEvaluasi anggaran,
    StatusPekerjaan status, TimeProvider time, ISender sender) : PilihanCapaianModel
{
    /// <summary>The three views of the same period: the table, the matrix of years, the plan tree.</summary>
    public static IReadOnlyList<(string Nilai, string Judul)> DaftarTampilan { get; } =
        [("tabel", "Tabel capaian"), ("matriks", "Matriks 2021–2026"), ("pohon", "Pohon Renstra")];

    /// <summary><c>tabel</c>, <c>matriks</c> or <c>pohon</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Tampilan { get; set; }

    /// <summary>The period shown, in words: "2024" or "Triwulan II 2024".</summary>
    public string JudulPeriode => Tahun is not { } t ? ""
        : Triwulan is { } q ? FormatIndonesia.Periode(Periode.Kuartal(t, q)) : t.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public HakPengguna Hak { get; private set; } = new("", "", []);

    public DateTimeOffset Sekarang { get; private set; }

    /// <summary>The rows the table shows, after every filter.</summary>
    public IReadOnlyList<BarisCapaian> Baris { get; private set; } = [];

    /// <summary>Every row of the period by indicator code (the tree colours its indicators with them).</summary>
    public IReadOnlyDictionary<string, BarisCapaian> PerKode { get; private set; } = new Dictionary<string, BarisCapaian>();

    public RingkasanBeranda? Ringkasan { get; private set; }

    public IReadOnlyList<BarisMatriks> Matriks { get; private set; } = [];

    public IReadOnlyList<SimpulPohon> Pohon { get; private set; } = [];

    /// <summary>The DPA in force of the year per sub kegiatan (Evaluasi), for the tree's pagu lines.</summary>
    public IReadOnlyDictionary<string, decimal> Dpa { get; private set; } = new Dictionary<string, decimal>();

    /// <summary>Programs, kegiatan and sub kegiatan for the branch filter.</summary>
    public IReadOnlyList<SimpulRencana> DaftarCabang { get; private set; } = [];

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
        if (Tahun is not { } tahun || !DaftarTahun.Contains(tahun)) Tahun = Math.Clamp(lokal.Year - 1, DaftarTahun[0], DaftarTahun[^1]);
        if (Triwulan is not (>= 1 and <= 4)) Triwulan = null;
        Tampilan = DaftarTampilan.Any(t => t.Nilai == Tampilan) ? Tampilan : "tabel";
        DaftarCabang = await daftarSimpul.BacaAsync(sender, cancellationToken);
        var saringan = Saringan(DaftarCabang);

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
            var semua = await tabel.BacaAsync(Tahun.Value, Triwulan, cancellationToken);
            PerKode = semua.GroupBy(b => b.Capaian.Kode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            Ringkasan = RingkasanBeranda.Dari(semua, saringan);
            Baris = semua.Where(saringan.Cocok).ToList();
            if (Tampilan == "matriks") Matriks = await matriks.BacaAsync(Baris, cancellationToken);
            if (Tampilan == "pohon")
            {
                Pohon = await pohon.BacaAsync(sender, cancellationToken);
                Dpa = await anggaran.DpaBerlakuAsync(Tahun.Value, cancellationToken);
            }
        }
        catch (UseCaseException e)
        {
            Galat = e.Message;
        }
    }

    /// <summary>The dashboard's address with this page's filters and the given changes (null removes a parameter).</summary>
    public string Alamat(params (string Nama, string? Nilai)[] ubah) => Tautan("/", ubah);

    /// <summary>The export of what this page shows: the same period and filters, as XLSX or CSV.</summary>
    public string AlamatEkspor(string format) => Tautan("/ekspor", ("format", format), ("tampilan", null));

    private string Tautan(string alamat, params (string Nama, string? Nilai)[] ubah)
    {
        var nilai = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["tahun"] = Tahun?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["triwulan"] = Triwulan?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["modul"] = Modul, ["tingkat"] = Tingkat, ["cabang"] = Cabang, ["cari"] = Cari,
            ["berisiko"] = Berisiko ? "true" : null, ["tampilan"] = Tampilan == "tabel" ? null : Tampilan,
        };
        foreach (var (nama, isi) in ubah) nilai[nama] = isi;
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(alamat, nilai.Where(n => !string.IsNullOrEmpty(n.Value)));
    }

    /// <summary>The node matches the bidang filter: one of its indicators (or of the nodes under it) belongs to the bidang.</summary>
    public bool TampilkanSimpul(SimpulPohon simpul) =>
        Modul is null || simpul.DanTurunan().SelectMany(s => s.Indikator).Any(k => PerKode.TryGetValue(k, out var b) && b.Modul == Modul);
}
