using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Modules.Bidang.Features;
using Renstra.Modules.Kinerja.Features;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Web.Formatting;
using Renstra.Web.Perintah;

namespace Renstra.Web.Pages.Aturan;

/// <summary>
/// Edit (or create, at <c>/aturan/baru</c>) one indicator: its definition with a "uji" panel that runs
/// the API's own uji command on sample values before saving, its yearly targets, and its versions.
/// </summary>
public sealed partial class IndikatorModel(ISender sender, TimeProvider time) : PageModel
{
    public const string KodeBaru = "baru";

    /// <summary>The Renstra's years, whose targets are edited here.</summary>
    public static IReadOnlyList<int> TahunTarget { get; } = Enumerable.Range(2021, 6).ToList();

    [FromRoute]
    public string Kode { get; set; } = "";

    [BindProperty]
    public FormIndikator Form { get; set; } = new();

    /// <summary>Sample values for <c>data.X</c>, as typed.</summary>
    [BindProperty]
    public Dictionary<string, string?> Data { get; set; } = [];

    /// <summary>Sample values for <c>sebelumnya.X</c>, as typed.</summary>
    [BindProperty]
    public Dictionary<string, string?> Sebelumnya { get; set; } = [];

    /// <summary>Targets by year, as typed.</summary>
    [BindProperty]
    public Dictionary<int, string?> Target { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Tersimpan { get; set; }

    public bool Baru => Kode == KodeBaru;

    /// <summary>The first version compared (older by default).</summary>
    [BindProperty(SupportsGet = true)]
    public int? VersiA { get; set; }

    /// <summary>The second version compared (the latest by default).</summary>
    [BindProperty(SupportsGet = true)]
    public int? VersiB { get; set; }

    /// <summary>Each field of versions A and B side by side, when both exist.</summary>
    public IReadOnlyList<BedaVersi> Perbandingan { get; private set; } = [];

    public IReadOnlyList<IndikatorTampilan> Versi { get; private set; } = [];

    public UjiIndikator.Hasil? HasilUji { get; private set; }

    /// <summary>The period whose stored data fill the uji inputs (default: last year); typed as <c>2024</c> or <c>2024-T2</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "contoh")]
    public string? PeriodeContoh { get; set; }

    /// <summary>The period the uji inputs were filled from, once they were.</summary>
    public Periode? ContohDari { get; private set; }

    /// <summary>Every declared variable by code, to name them for people.</summary>
    public IReadOnlyDictionary<string, VariabelTampilan> Katalog { get; private set; } = new Dictionary<string, VariabelTampilan>();

    /// <summary>The live capaian forms (Positif, Negatif, Predikat, and any an admin added), for the capaian choice.</summary>
    public IReadOnlyList<AturanCapaianTampilan> RumusCapaian { get; private set; } = [];

    public GalatPerintah? Galat { get; private set; }

    /// <summary>The variables the formula and condition in the form read, for the uji inputs.</summary>
    public IReadOnlyList<(string Sumber, string Nama)> VariabelRumus =>
        VariabelDalam().Matches($"{Form.Rumus} {Form.Syarat}")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value)).Distinct().ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Baru)
        {
            try
            {
                var indikator = (await sender.Send(new DaftarIndikator.Query(Kode), cancellationToken))[0];
                Form = FormIndikator.Dari(indikator);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }
        await BacaAsync(isiTarget: true, cancellationToken);
        await IsiContohAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUjiAsync(CancellationToken cancellationToken)
    {
        try
        {
            HasilUji = await sender.Send(new UjiIndikator.Command(Form.KeDefinisi(KodeFormulir), Angka(Data), Angka(Sebelumnya)), cancellationToken);
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        await BacaAsync(isiTarget: false, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Checks the typed formula and condition without saving (the uji command with no values), for the
    /// script that validates while the administrator types: answers <c>{ valid, pesan }</c> in Indonesian.
    /// </summary>
    public async Task<IActionResult> OnPostPeriksaAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Form.Rumus))
            return new JsonResult(new HasilPeriksa(false, "Rumus wajib diisi."));
        try
        {
            await sender.Send(new UjiIndikator.Command(Form.KeDefinisi(KodeFormulir), null, null), cancellationToken);
            return new JsonResult(new HasilPeriksa(true, PesanValid));
        }
        catch (UseCaseException e)
        {
            var galat = GalatPerintah.Dari(e);
            var pesan = galat.Untuk("rumus").Concat(galat.Untuk("syarat")).ToList();
            // Only the formula and condition are judged here; other fields are checked when saving.
            return new JsonResult(pesan.Count > 0 ? new HasilPeriksa(false, string.Join(" ", pesan)) : new HasilPeriksa(true, PesanValid));
        }
    }

    /// <summary>What the live check says of a formula the allow-list accepts.</summary>
    public const string PesanValid = "Rumus dan syarat lolos pemeriksaan (hanya operasi yang diizinkan).";

    /// <summary>The answer of <see cref="OnPostPeriksaAsync"/>.</summary>
    public sealed record HasilPeriksa(bool Valid, string Pesan);

    public async Task<IActionResult> OnPostSimpanAsync(CancellationToken cancellationToken)
    {
        try
        {
            var hasil = await sender.Send(new SimpanIndikator.Command(KodeFormulir, Form.KeDefinisi(KodeFormulir)), cancellationToken);
            return RedirectToPage(new { kode = hasil.Indikator.Kode, tersimpan = $"versi {hasil.Indikator.Versi}" });
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        await BacaAsync(isiTarget: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostTargetAsync(CancellationToken cancellationToken)
    {
        if (Baru) return NotFound();
        var sekarang = await TargetTersimpanAsync(cancellationToken);
        var berubah = 0;
        try
        {
            foreach (var (tahun, teks) in Target.Where(t => TahunTarget.Contains(t.Key)).OrderBy(t => t.Key))
            {
                if (string.IsNullOrWhiteSpace(teks) || teks.Trim() == sekarang.GetValueOrDefault(tahun)) continue;
                await sender.Send(new SimpanTarget.Command(Kode, tahun.ToString(CultureInfo.InvariantCulture), AngkaIsian.KeJson(teks)), cancellationToken);
                berubah++;
            }
            return RedirectToPage(new { kode = Kode, tersimpan = $"{berubah} target" });
        }
        catch (UseCaseException e)
        {
            Galat = GalatPerintah.Dari(e);
        }
        await BacaAsync(isiTarget: false, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Fills the uji inputs with the stored data of <see cref="PeriodeContoh"/> (and the period before it for
    /// <c>sebelumnya</c>): the bidang sheets as submitted, and where a sheet has no value (a year filled by
    /// quarters) the value the stored result was computed from. Reads only stored data; nothing is evaluated.
    /// </summary>
    private async Task IsiContohAsync(CancellationToken cancellationToken)
    {
        var variabel = VariabelRumus;
        if (variabel.Count == 0) return;
        var tahunLalu = Math.Clamp(time.GetUtcNow().Year - 1, KelengkapanTampilan.TahunAwal, KelengkapanTampilan.TahunAkhir);
        if (!Periode.TryParse(PeriodeContoh?.Trim(), out var periode)) periode = Periode.TahunPenuh(tahunLalu);
        PeriodeContoh = periode.ToString();
        ContohDari = periode;
        var data = await NilaiLembarAsync(periode, cancellationToken);
        var sebelumnya = periode.Tahun > Periode.TahunMinimum ? await NilaiLembarAsync(periode.Sebelumnya(), cancellationToken)
            : new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (!Baru)
        {
            var hasil = await sender.Send(new DaftarCapaian.Query(null, periode.ToString(), null), cancellationToken);
            if (hasil.FirstOrDefault(h => h.Kode == Kode) is { } h && h.Jejak.Elemen() is { ValueKind: JsonValueKind.Object } jejak
                && jejak.TryGetProperty("masukan", out var masukan) && masukan.ValueKind == JsonValueKind.Object)
            {
                foreach (var m in masukan.EnumerateObject().Where(m => m.Value.ValueKind == JsonValueKind.Number))
                {
                    var (tujuan, nama) = m.Name.StartsWith("sebelumnya.", StringComparison.Ordinal) ? (sebelumnya, m.Name["sebelumnya.".Length..]) : (data, m.Name);
                    tujuan.TryAdd(nama, m.Value.GetDecimal());
                }
            }
        }
        foreach (var (sumber, nama) in variabel)
        {
            var dari = sumber == "data" ? data : sebelumnya;
            var ke = sumber == "data" ? Data : Sebelumnya;
            ke[nama] = dari.TryGetValue(nama, out var n) ? AngkaIsian.UntukIsian(n) : null;
        }
    }

    /// <summary>Every bidang module's stored sheet of <paramref name="periode"/> (default region), merged: variable codes are unique across modules.</summary>
    private async Task<Dictionary<string, decimal>> NilaiLembarAsync(Periode periode, CancellationToken cancellationToken)
    {
        var nilai = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var modul in NamaModul.SemuaBidang)
        {
            try
            {
                var lembar = await sender.Send(new LihatLembar.Query(modul, periode.ToString(), null), cancellationToken);
                foreach (var (k, v) in lembar.Nilai) nilai.TryAdd(k, v);
            }
            catch (NotFoundException)
            {
                // No sheet of this module for the period.
            }
        }
        return nilai;
    }

    /// <summary>Variable codes in a message (the uji's explanation) written as names.</summary>
    public KamusVariabel Kamus => new(Katalog.ToDictionary(k => k.Key, k => k.Value.Nama, StringComparer.Ordinal));

    /// <summary>A variable's name for people, or its code when the catalog does not have it.</summary>
    public string NamaVariabel(string kode) => Katalog.TryGetValue(kode, out var v) ? v.Nama : kode;

    /// <summary>A capaian form in words for the choice: what it computes.</summary>
    public static string LabelRumusCapaian(AturanCapaianTampilan a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Nama switch
        {
            "Positif" => "Positif: realisasi ÷ target × 100",
            "Negatif" => "Negatif: (2 × target − realisasi) ÷ target × 100",
            "Predikat" => "Predikat: peringkat realisasi ÷ peringkat target × 100",
            var nama => nama,
        };
    }

    /// <summary>The code being created (typed into the form) or edited (from the address).</summary>
    private string KodeFormulir => Baru ? (Form.Kode ?? "").Trim() : Kode;

    private async Task BacaAsync(bool isiTarget, CancellationToken cancellationToken)
    {
        Katalog = (await sender.Send(new DaftarVariabel.Query(null), cancellationToken)).ToDictionary(v => v.Kode, StringComparer.Ordinal);
        RumusCapaian = (await sender.Send(new DaftarAturanCapaian.Query("Capaian"), cancellationToken)).Where(a => a.Aktif).ToList();
        if (Baru) return;
        Versi = await sender.Send(new RiwayatIndikator.Query(Kode), cancellationToken);
        if (Versi.Count > 0)
        {
            VersiB ??= Versi.Max(v => v.Versi);
            VersiA ??= Versi.Where(v => v.Versi < VersiB).Select(v => (int?)v.Versi).Max() ?? VersiB;
            var a = Versi.FirstOrDefault(v => v.Versi == VersiA);
            var b = Versi.FirstOrDefault(v => v.Versi == VersiB);
            if (a is not null && b is not null) Perbandingan = BedaVersi.Bandingkan(a, b);
        }
        if (isiTarget || Target.Count == 0) // the definition form does not post the targets
            Target = (await TargetTersimpanAsync(cancellationToken)).ToDictionary(t => t.Key, t => (string?)t.Value);
    }

    /// <summary>The stored yearly targets as they appear in the inputs.</summary>
    private async Task<Dictionary<int, string>> TargetTersimpanAsync(CancellationToken cancellationToken)
    {
        var hasil = await sender.Send(new LihatTarget.Query(Kode), cancellationToken);
        return hasil.Target
            .Where(b => !b.Periode.Contains('-', StringComparison.Ordinal))
            .ToDictionary(b => b.Tahun, b => b.Nilai switch
            {
                decimal d => AngkaIsian.UntukIsian(d),
                JsonElement { ValueKind: JsonValueKind.Number } j => AngkaIsian.UntukIsian(j.GetDecimal()),
                null => "",
                var lain => Convert.ToString(lain, CultureInfo.InvariantCulture) ?? "",
            });
    }

    private static Dictionary<string, decimal> Angka(Dictionary<string, string?> teks) =>
        teks.Where(kv => AngkaIsian.TryBaca(kv.Value, out _))
            .ToDictionary(kv => kv.Key, kv => AngkaIsian.TryBaca(kv.Value, out var n) ? n : 0, StringComparer.Ordinal);

    [GeneratedRegex(@"\b(data|sebelumnya)\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariabelDalam();
}

/// <summary>One field of two indicator versions side by side.</summary>
public sealed record BedaVersi(string Isian, string? NilaiA, string? NilaiB, bool Aturan = true)
{
    public bool Berbeda => !string.Equals(NilaiA, NilaiB, StringComparison.Ordinal);

    /// <summary>The fields of a version people edit, plus who saved it and when.</summary>
    public static IReadOnlyList<BedaVersi> Bandingkan(IndikatorTampilan a, IndikatorTampilan b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return
        [
            new("Nama", a.Nama, b.Nama),
            new("Satuan", a.Satuan, b.Satuan),
            new("Polaritas", a.Polaritas, b.Polaritas),
            new("Bidang", FormatIndonesia.Modul(a.Modul), FormatIndonesia.Modul(b.Modul)),
            new("Tingkat", a.Tingkat, b.Tingkat),
            new("Rumus", a.Rumus, b.Rumus),
            new("Syarat", a.Syarat, b.Syarat),
            new("Rumus capaian", a.AturanCapaian, b.AturanCapaian),
            new("Berlaku mulai", a.BerlakuMulai, b.BerlakuMulai),
            new("Definisi operasional", a.DefinisiOperasional, b.DefinisiOperasional),
            new("Diubah oleh", a.DiubahOleh, b.DiubahOleh, Aturan: false),
            new("Diubah pada", FormatIndonesia.TanggalJam(a.DiubahPada), FormatIndonesia.TanggalJam(b.DiubahPada), Aturan: false),
        ];
    }
}
