using System.Text.Json;
using Renstra.Modules.Kinerja.Data.Bawaan;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>A value as another table of the Renstra printed it.</summary>
/// <param name="Sumber">The table (and reading) that printed it, e.g. "Tabel 7.1".</param>
/// <param name="Nilai">The printed value: a number, a text as printed, or a list.</param>
public sealed record NilaiTercetak(string Sumber, JsonElement Nilai);

/// <summary>One place where the shipped value differs from (some of) the printed text, and why.</summary>
/// <param name="Bagian">Which part: "target 2025–2026", "baseline", "rumus (pembilang)", "nama indikator"…</param>
/// <param name="Dipakai">The value the catalog ships.</param>
/// <param name="Tercetak">The other printed values.</param>
/// <param name="Alasan">Why the shipped value was chosen.</param>
public sealed record PerbedaanSumber(string Bagian, JsonElement Dipakai, IReadOnlyList<NilaiTercetak> Tercetak, string Alasan);

/// <summary>Provenance of an indicator's shipped baseline and targets (rules/target/target.json, <c>sumber</c>).</summary>
/// <param name="Baseline">Table, row and column of the kondisi awal 2020.</param>
/// <param name="Target">Table, row and columns of the yearly targets.</param>
/// <param name="Perbedaan">Every deviation from the printed text, with the other printed values and the reason.</param>
public sealed record SumberAngka(string? Baseline, string? Target, IReadOnlyList<PerbedaanSumber> Perbedaan);

/// <summary>
/// The provenance of the shipped numbers, read once from rules/target/target.json: reference data of the
/// document (like the plan tree), not editable. A target an administrator changed says so on its own row.
/// </summary>
public sealed class SumberAngkaRenstra
{
    private readonly Lazy<IReadOnlyDictionary<string, SumberAngka>> _sumber;

    internal SumberAngkaRenstra(LokasiAturan lokasi) => _sumber = new(() => Baca(new BerkasAturan(lokasi.Direktori)));

    internal SumberAngka? Untuk(string kode) => _sumber.Value.GetValueOrDefault(kode);

    internal static IReadOnlyDictionary<string, SumberAngka> Baca(BerkasAturan berkas) =>
        berkas.Target().Where(t => t.Sumber is not null).ToDictionary(
            t => t.Kode,
            t => new SumberAngka(t.Sumber!.Baseline, t.Sumber.Target, (t.Sumber.Perbedaan ?? [])
                .Select(p => new PerbedaanSumber(p.Bagian, p.Dipakai.Clone(), (p.Tercetak ?? []).Select(c => new NilaiTercetak(c.Sumber, c.Nilai.Clone())).ToList(), p.Alasan))
                .ToList()),
            StringComparer.Ordinal);
}
