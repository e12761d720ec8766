using Mediator;
using Renstra.Modules.Kinerja.Features;
using Renstra.Shared.Abstractions;
using Renstra.Web.Formatting;

namespace Renstra.Web.Capaian;

/// <summary>One row of the Tabel 7.1-style table: the capaian plus where the indicator belongs.</summary>
/// <param name="Capaian">The stored result of the period.</param>
/// <param name="Modul">The bidang whose data feed the indicator.</param>
/// <param name="Tingkat">The indicator's level in the plan.</param>
/// <param name="Simpul">The plan-tree node (program, kegiatan or sub kegiatan) that lists the indicator; null above program level.</param>
/// <param name="Kurang">The missing variables named in words (<see cref="TabelCapaian"/> looks their names up).</param>
public sealed record BarisCapaian(CapaianTampilan Capaian, string Modul, string Tingkat, string? Simpul = null, IReadOnlyList<string>? Kurang = null)
{
    /// <summary>The target as people read it: a number the Indonesian way, or a grade such as "BB".</summary>
    public string Target => TeksTarget.Dari(Capaian.Target);

    /// <summary>The realisasi, or the predikat for a graded indicator.</summary>
    public string Realisasi => Capaian.Predikat is { } p ? p : FormatIndonesia.Angka(Capaian.Realisasi);

    /// <summary>The missing variables in words; the stored codes only when no name is known.</summary>
    public IReadOnlyList<string> VariabelKurang => Kurang ?? Capaian.VariabelKurang;

    /// <summary>The data of the period are in: nothing is missing and a value (or a grade) was computed.</summary>
    public bool DataLengkap => Capaian.VariabelKurang.Count == 0 && (Capaian.Realisasi is not null || Capaian.Predikat is not null);

    /// <summary>The stored projection says the end of the period falls below the Berisiko band.</summary>
    public bool Berisiko => Capaian.Proyeksi?.Berisiko == true;

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

/// <summary>
/// What the dashboard table shows: the bidang, level and plan branch (a node and everything under it) narrow
/// the scope the tiles count; the search text and "only berisiko" narrow the table further.
/// </summary>
public sealed record SaringanCapaian(string? Modul = null, string? Tingkat = null, string? Cabang = null, string? Cari = null, bool HanyaBerisiko = false)
{
    /// <summary>The longest search text kept.</summary>
    public const int PanjangCariMaksimum = 100;

    /// <summary>
    /// The filter from what a request asked: an unknown bidang, level or branch (one not in <paramref name="cabangDikenal"/>)
    /// is dropped rather than refused, and the search text is trimmed to <see cref="PanjangCariMaksimum"/> characters.
    /// </summary>
    public static SaringanCapaian Dari(string? modul, string? tingkat, string? cabang, string? cari, bool berisiko, IEnumerable<string> cabangDikenal)
    {
        ArgumentNullException.ThrowIfNull(cabangDikenal);
        var teks = cari?.Trim();
        return new(
            modul is not null && NamaModul.SemuaBidang.Contains(modul) ? modul : null,
            TabelCapaian.UrutanTingkat.FirstOrDefault(t => string.Equals(t, tingkat?.Trim(), StringComparison.OrdinalIgnoreCase)),
            cabang is not null && cabangDikenal.Contains(cabang, StringComparer.Ordinal) ? cabang : null,
            string.IsNullOrEmpty(teks) ? null : teks[..Math.Min(teks.Length, PanjangCariMaksimum)],
            berisiko);
    }

    /// <summary>The filter in words for a title line ("Bidang Ketenagakerjaan · tingkat IKU"); empty when nothing is filtered.</summary>
    public string Keterangan(IReadOnlyList<SimpulRencana> simpul)
    {
        ArgumentNullException.ThrowIfNull(simpul);
        var bagian = new List<string>();
        if (Modul is not null) bagian.Add("Bidang " + FormatIndonesia.Modul(Modul));
        if (Tingkat is not null) bagian.Add("tingkat " + Tingkat);
        if (Cabang is not null) bagian.Add(simpul.FirstOrDefault(s => s.Id == Cabang)?.Nama ?? Cabang);
        if (Cari is not null) bagian.Add($"pencarian \"{Cari}\"");
        if (HanyaBerisiko) bagian.Add("hanya yang berisiko");
        return string.Join(" · ", bagian);
    }

    /// <summary>The row is inside the chosen bidang, level and branch.</summary>
    public bool DalamLingkup(BarisCapaian baris)
    {
        ArgumentNullException.ThrowIfNull(baris);
        return (Modul is null || baris.Modul == Modul)
            && (Tingkat is null || string.Equals(baris.Tingkat, Tingkat, StringComparison.OrdinalIgnoreCase))
            && (Cabang is null || (baris.Simpul is { } s && (s == Cabang || s.StartsWith(Cabang + ".", StringComparison.Ordinal))));
    }

    /// <summary>The row is in scope, matches the search text (code or name) and, when asked, is berisiko.</summary>
    public bool Cocok(BarisCapaian baris) =>
        DalamLingkup(baris)
        && (!HanyaBerisiko || baris.Berisiko)
        && (string.IsNullOrWhiteSpace(Cari)
            || baris.Capaian.Kode.Contains(Cari.Trim(), StringComparison.OrdinalIgnoreCase)
            || baris.Capaian.Nama.Contains(Cari.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Builds the capaian table of a period from the same queries <c>GET /api/capaian</c> and
/// <c>GET /api/indikator</c> send: stored results only, nothing evaluated here.
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

    /// <summary>
    /// Every indicator's row of a year, or of one of its quarters when <paramref name="triwulan"/> (1–4) is given
    /// (periode <c>2024-T2</c>), ordered by bidang, then level from the top of the plan, then the Renstra's order.
    /// </summary>
    public async Task<IReadOnlyList<BarisCapaian>> BacaAsync(int tahun, int? triwulan, CancellationToken cancellationToken)
    {
        var indikator = (await sender.Send(new DaftarIndikator.Query(null), cancellationToken)).ToDictionary(i => i.Kode);
        var nama = (await sender.Send(new DaftarVariabel.Query(null), cancellationToken))
            .GroupBy(v => v.Kode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Nama, StringComparer.Ordinal);
        var periode = triwulan is { } t ? Periode.Kuartal(tahun, t).ToString() : null;
        var capaian = await sender.Send(new DaftarCapaian.Query(tahun, periode, null), cancellationToken);
        return capaian
            .Select(c =>
            {
                var kurang = c.VariabelKurang.Select(v => RumusTampilan.NamaVariabel(v, nama)).ToList();
                return indikator.TryGetValue(c.Kode, out var i)
                    ? new BarisCapaian(c, i.Modul, i.Tingkat ?? "Lainnya", i.Simpul, kurang)
                    : new BarisCapaian(c, "", "Lainnya", null, kurang);
            })
            .OrderBy(b => b.Modul, StringComparer.Ordinal)
            .ThenBy(b => IndeksTingkat(b.Tingkat))
            .ToList();
    }
}
