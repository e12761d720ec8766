using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang.Data;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// How complete each sheet of the Renstra is, read from the variables the stored sheets of the default region hold
/// (<see cref="NilaiLembar"/>, rows written with each revision — no sheet's JSON is parsed) and the live variable catalog: no formula runs and nothing is recomputed, so the
/// answer is current right after every accepted revision, lock, or a variable declared at run time.
/// A year counts a variable as present when its own sheet has it or all four of its quarters have it; the kabupaten
/// counts a variable as present when its own sheet or one of its kecamatan's has it (the roll-up Kinerja computes).
/// Shared by <see cref="LihatKelengkapan"/>, <see cref="LihatKekurangan"/> and
/// <see cref="HitungKekurangan"/>.
/// </summary>
internal static class KelengkapanLembar
{
    /// <summary>The first and last year of the Renstra 2021–2026.</summary>
    public const int TahunAwal = 2021;

    public const int TahunAkhir = 2026;

    public const string StatusKosong = "Kosong";
    public const string StatusSebagian = "Sebagian";
    public const string StatusLengkap = "Lengkap";

    /// <summary>One period's state: what is missing, how many are filled, whether it is locked and has ended.</summary>
    public sealed record Hasil(Periode Periode, string Status, bool Terkunci, bool Berakhir, int Terisi, IReadOnlyList<VariabelBidang> Kurang);

    /// <summary>Every period of the Renstra in order (each year's quarters, then the year), with its state at <paramref name="sekarang"/>.</summary>
    public static async Task<(string Wilayah, int JumlahVariabel, IReadOnlyList<Hasil> Periode)> HitungAsync(
        IServiceProvider services, IAturanDataBidang aturan, string modul, DateTime sekarang, CancellationToken cancellationToken)
    {
        var wilayah = services.GetRequiredService<DaftarWilayah>().Default;
        var wajib = await aturan.DaftarVariabelAsync(modul, cancellationToken);

        var semua = SemuaPeriode().ToList();
        // Which variables each sheet holds, from the rows written with every revision (NilaiLembar): no sheet's
        // JSON is read. A value of a kecamatan counts for the kabupaten too: Kinerja sums the kecamatan for a variable
        // the kabupaten has no value of its own for (the register writes there). The regions have few sheets beyond
        // the Renstra's 30, so the periods are picked here.
        var wilayahIsi = new List<string> { wilayah };
        wilayahIsi.AddRange(services.GetRequiredService<HierarkiWilayah>().Anak(wilayah));
        var db = services.Database(modul);
        var terkunci = (await db.Lembar.AsNoTracking()
                .Where(l => l.Wilayah == wilayah && l.Terkunci)
                .Select(l => l.Periode)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var isi = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var n in await db.NilaiLembar.AsNoTracking()
                     .Where(n => wilayahIsi.Contains(n.Lembar!.Wilayah))
                     .Select(n => new { n.Lembar!.Periode, n.Variabel })
                     .Distinct()
                     .ToListAsync(cancellationToken))
        {
            if (!isi.TryGetValue(n.Periode, out var kode)) isi[n.Periode] = kode = new HashSet<string>(StringComparer.Ordinal);
            kode.Add(n.Variabel);
        }

        var hasil = new List<Hasil>(semua.Count);
        foreach (var periode in semua)
        {
            var kurang = wajib.Where(v => !Ada(periode, v.Kode)).ToList();
            var terisi = wajib.Count - kurang.Count;
            var status = terisi == wajib.Count ? StatusLengkap : terisi == 0 ? StatusKosong : StatusSebagian;
            hasil.Add(new Hasil(periode, status, terkunci.Contains(periode.ToString()), Berakhir(periode, sekarang), terisi, kurang));
        }
        return (wilayah, wajib.Count, hasil);

        bool Ada(Periode periode, string kode) =>
            isi.TryGetValue(periode.ToString(), out var l) && l.Contains(kode)
            || periode.IsTahunan && periode.KuartalDalamTahun().All(k => isi.TryGetValue(k.ToString(), out var q) && q.Contains(kode));
    }

    /// <summary>The Renstra's periods: for each year its four quarters, then the whole year.</summary>
    public static IEnumerable<Periode> SemuaPeriode()
    {
        for (var tahun = TahunAwal; tahun <= TahunAkhir; tahun++)
        {
            foreach (var k in Periode.TahunPenuh(tahun).KuartalDalamTahun()) yield return k;
            yield return Periode.TahunPenuh(tahun);
        }
    }

    /// <summary>True when <paramref name="periode"/> ended by <paramref name="sekarang"/> (UTC).</summary>
    public static bool Berakhir(Periode periode, DateTime sekarang)
    {
        var akhir = periode.Triwulan is { } t
            ? new DateTime(periode.Tahun, t * 3, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1)
            : new DateTime(periode.Tahun + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return akhir <= sekarang;
    }
}
