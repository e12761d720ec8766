using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Kinerja.Domain;

/// <summary>A variable's value for a period and where it came from (for the trace).</summary>
internal readonly record struct NilaiPeriode(decimal Nilai, string Sumber);

/// <summary>
/// The values a formula sees for a period. A quarter sees its own sheet. A year sees, per variable, the
/// year's own value when one was submitted (the year's sheet wins); otherwise its quarters aggregated by
/// the variable's <see cref="Agregasi"/>: <c>Jumlah</c> adds the submitted quarters (year to date),
/// <c>Terakhir</c> takes the latest submitted quarter, and so does <c>Kumulatif</c> (its quarters are already
/// year to date).
/// </summary>
internal static class AgregasiPeriode
{
    /// <param name="mentah">Submitted values by period text, then variable.</param>
    /// <param name="agregasi">Each variable's aggregation; unknown variables count as <c>Terakhir</c>.</param>
    public static Dictionary<string, NilaiPeriode> Nilai(
        Periode periode,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> mentah,
        IReadOnlyDictionary<string, string> agregasi)
    {
        var hasil = new Dictionary<string, NilaiPeriode>(StringComparer.Ordinal);
        var teks = periode.ToString();
        if (mentah.TryGetValue(teks, out var sendiri))
            foreach (var (kode, nilai) in sendiri) hasil[kode] = new NilaiPeriode(nilai, teks);
        if (!periode.IsTahunan) return hasil;

        var kuartal = periode.KuartalDalamTahun()
            .Select(k => (Periode: k.ToString(), Nilai: mentah.TryGetValue(k.ToString(), out var n) ? n : null))
            .Where(k => k.Nilai is not null)
            .ToList();
        var semuaKode = kuartal.SelectMany(k => k.Nilai!.Keys).Distinct(StringComparer.Ordinal);
        foreach (var kode in semuaKode)
        {
            if (hasil.ContainsKey(kode)) continue;
            var ada = kuartal.Where(k => k.Nilai!.ContainsKey(kode)).ToList();
            if (agregasi.GetValueOrDefault(kode) == Agregasi.Jumlah)
            {
                var jumlah = ada.Sum(k => k.Nilai![kode]);
                hasil[kode] = new NilaiPeriode(jumlah, $"{Agregasi.Jumlah} {string.Join(" + ", ada.Select(k => k.Periode))}");
            }
            else
            {
                var akhir = ada[^1];
                var cara = agregasi.GetValueOrDefault(kode) == Agregasi.Kumulatif ? Agregasi.Kumulatif : Agregasi.Terakhir;
                hasil[kode] = new NilaiPeriode(akhir.Nilai![kode], $"{cara} {akhir.Periode}");
            }
        }
        return hasil;
    }
}
