using System.Globalization;
using Renstra.Modules.Kinerja.Contracts;

namespace Renstra.Web.Capaian;

/// <summary>One cell of the year × indicator matrix: the stored capaian and its category of one year.</summary>
public sealed record SelMatriks(decimal? Capaian, string? Kategori, decimal? Realisasi, decimal? Target);

/// <summary>One indicator's row of the matrix, a cell per year of the Renstra (null: nothing stored for that year).</summary>
public sealed record BarisMatriks(string Kode, string Nama, string Modul, IReadOnlyList<SelMatriks?> Sel);

/// <summary>
/// The year × indicator matrix 2021–2026 with the category colours, from Kinerja's read facade
/// (<see cref="IBacaanKinerja.HasilAsync"/>: the stored results, nothing evaluated).
/// </summary>
public sealed class MatriksCapaian(IBacaanKinerja kinerja)
{
    public const int TahunAwal = 2021;
    public const int TahunAkhir = 2026;

    /// <summary>The Renstra's years, the matrix's columns.</summary>
    public static IReadOnlyList<int> Tahun { get; } = Enumerable.Range(TahunAwal, TahunAkhir - TahunAwal + 1).ToList();

    /// <summary>A row per indicator of <paramref name="baris"/>, in its order.</summary>
    public async Task<IReadOnlyList<BarisMatriks>> BacaAsync(IReadOnlyList<BarisCapaian> baris, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baris);
        var hasil = (await kinerja.HasilAsync(TahunAwal, TahunAkhir, cancellationToken))
            .Where(h => h.Periode.Length == 4)
            .GroupBy(h => (h.Kode, h.Periode)).ToDictionary(g => g.Key, g => g.First());
        return baris.Select(b => new BarisMatriks(b.Capaian.Kode, b.Capaian.Nama, b.Modul,
                Tahun.Select(t => hasil.TryGetValue((b.Capaian.Kode, t.ToString(CultureInfo.InvariantCulture)), out var h)
                    ? new SelMatriks(h.Capaian, h.Kategori, h.Realisasi, h.Target)
                    : null).ToList()))
            .ToList();
    }
}
