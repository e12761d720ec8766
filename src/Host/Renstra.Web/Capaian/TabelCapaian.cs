using System.Text.Json;
using Mediator;
using Renstra.Modules.Kinerja.Features;
using Renstra.Shared.Abstractions;
using Renstra.Web.Formatting;

namespace Renstra.Web.Capaian;

/// <summary>One row of the Tabel 7.1-style table: the capaian plus where the indicator belongs.</summary>
public sealed record BarisCapaian(CapaianTampilan Capaian, string Modul, string Tingkat)
{
    /// <summary>The target as people read it: a number the Indonesian way, or a grade such as "BB".</summary>
    public string Target => Capaian.Target switch
    {
        null => FormatIndonesia.Kosong,
        decimal d => FormatIndonesia.Angka(d),
        JsonElement { ValueKind: JsonValueKind.Number } j => FormatIndonesia.Angka(j.GetDecimal()),
        JsonElement { ValueKind: JsonValueKind.String } j => j.GetString() ?? FormatIndonesia.Kosong,
        var lain => Convert.ToString(lain, FormatIndonesia.Budaya) ?? FormatIndonesia.Kosong,
    };

    /// <summary>The realisasi, or the predikat for a graded indicator.</summary>
    public string Realisasi => Capaian.Predikat is { } p ? p : FormatIndonesia.Angka(Capaian.Realisasi);

    /// <summary>Status in words.</summary>
    public string Status => Capaian.Status switch
    {
        "Lengkap" => "Lengkap",
        "DataBelumLengkap" => "Data belum lengkap",
        "TidakAdaTarget" => "Tidak ada target",
        "SedangDihitung" => "Sedang dihitung",
        var s => s,
    };
}

/// <summary>The rows of one module and level, in the Renstra's order.</summary>
public sealed record KelompokCapaian(string Modul, string Tingkat, IReadOnlyList<BarisCapaian> Baris);

/// <summary>
/// Builds the capaian table of a year from the same queries <c>GET /api/capaian</c> and
/// <c>GET /api/indikator</c> send.
/// </summary>
public sealed class TabelCapaian(ISender sender)
{
    /// <summary>The levels from the top of the plan down.</summary>
    public static IReadOnlyList<string> UrutanTingkat { get; } = ["RPJMD", "Tujuan", "Sasaran", "IKU", "Program", "Kegiatan", "Sub Kegiatan"];

    private static int IndeksTingkat(string tingkat)
    {
        for (var i = 0; i < UrutanTingkat.Count; i++)
            if (string.Equals(UrutanTingkat[i], tingkat, StringComparison.OrdinalIgnoreCase)) return i;
        return UrutanTingkat.Count;
    }

    public Task<IReadOnlyList<KelompokCapaian>> BacaAsync(int tahun, string? modul, CancellationToken cancellationToken) =>
        BacaAsync(tahun, null, modul, cancellationToken);

    /// <summary>The table of a year, or of one of its quarters when <paramref name="triwulan"/> (1–4) is given (periode <c>2024-T2</c>).</summary>
    public async Task<IReadOnlyList<KelompokCapaian>> BacaAsync(int tahun, int? triwulan, string? modul, CancellationToken cancellationToken)
    {
        var indikator = (await sender.Send(new DaftarIndikator.Query(null), cancellationToken)).ToDictionary(i => i.Kode);
        var periode = triwulan is { } t ? Periode.Kuartal(tahun, t).ToString() : null;
        var capaian = await sender.Send(new DaftarCapaian.Query(tahun, periode, null), cancellationToken);
        return capaian
            .Select(c => indikator.TryGetValue(c.Kode, out var i)
                ? new BarisCapaian(c, i.Modul, i.Tingkat ?? "Lainnya")
                : new BarisCapaian(c, "", "Lainnya"))
            .Where(b => modul is null || b.Modul == modul)
            .GroupBy(b => (b.Modul, b.Tingkat))
            .OrderBy(g => g.Key.Modul, StringComparer.Ordinal)
            .ThenBy(g => IndeksTingkat(g.Key.Tingkat))
            .Select(g => new KelompokCapaian(g.Key.Modul, g.Key.Tingkat, g.ToList()))
            .ToList();
    }
}
