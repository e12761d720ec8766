using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// Reads the live rules from the database (never from memory alone: several instances may share one
/// database) and hands out compiled formulas, cached by rule id + stored version.
/// </summary>
internal sealed class KatalogAturan(KinerjaDbContext db, IMesinRumus mesin)
{
    public async Task<List<Variabel>> VariabelAsync(CancellationToken cancellationToken) =>
        await db.Variabel.AsNoTracking().ToListAsync(cancellationToken);

    public async Task<SkemaRumus> SkemaIndikatorAsync(CancellationToken cancellationToken) =>
        SkemaRumus.Indikator(await db.Variabel.AsNoTracking().Select(v => v.Kode).ToListAsync(cancellationToken));

    /// <summary>Only the live category bands: all a reporting module's read asks for (no capaian form or predikat is compiled).</summary>
    public async Task<AturanCapaianTerkompilasi> AturanKategoriAsync(CancellationToken cancellationToken) =>
        KompilasiCapaian(await db.AturanCapaian.AsNoTracking().Where(a => a.Aktif && a.Jenis == JenisAturanCapaian.Kategori).ToListAsync(cancellationToken));

    /// <summary>
    /// Every live rule from one read: the capaian rules, the early-warning rules, and the versions of all of them
    /// as text (<c>Positif:v2,…</c>) for <see cref="HasilCapaian.VersiMasukan"/>.
    /// </summary>
    public async Task<(AturanCapaianTerkompilasi Aturan, AturanProyeksiTerkompilasi Proyeksi, string Versi)> AturanBerlakuAsync(
        CancellationToken cancellationToken)
    {
        var semua = await db.AturanCapaian.AsNoTracking().Where(a => a.Aktif).ToListAsync(cancellationToken);
        var versi = string.Join(',', semua.OrderBy(a => a.Id).Select(a => $"{a.Nama}:v{a.Versi}"));
        return (KompilasiCapaian(semua), KompilasiProyeksi(semua), versi);
    }

    private RumusTerkompilasi Kompilasi(AturanCapaian a, SkemaRumus skema) => mesin.Kompilasi($"capaian:{a.Jenis}:{a.Nama}:{a.Versi}", a.Ekspresi, skema);

    private AturanCapaianTerkompilasi KompilasiCapaian(List<AturanCapaian> semua) => new(
        semua.Where(a => a.Jenis == JenisAturanCapaian.Capaian).ToDictionary(a => a.Nama, a => Kompilasi(a, SkemaRumus.Angka(KonteksCapaian.Skalar)), StringComparer.Ordinal),
        semua.Where(a => a.Jenis == JenisAturanCapaian.Kategori).OrderBy(a => a.Urutan).ThenBy(a => a.Id).Select(a => (a.Nama, Kompilasi(a, SkemaRumus.Logika(KonteksCapaian.Capaian)))).ToList(),
        semua.Where(a => a.Jenis == JenisAturanCapaian.Predikat).OrderBy(a => a.Urutan).ThenBy(a => a.Id)
            .Select(a => (a.Nama, Peringkat(a.Properti), Kompilasi(a, SkemaRumus.Logika(KonteksCapaian.Nilai)))).ToList());

    /// <summary>The early-warning rules: each active method formula, the active <c>Berisiko</c> band and the indicators each method names.</summary>
    private AturanProyeksiTerkompilasi KompilasiProyeksi(List<AturanCapaian> semua)
    {
        var proyeksi = semua.Where(a => a.Jenis == JenisAturanCapaian.Proyeksi).OrderBy(a => a.Urutan).ThenBy(a => a.Id).ToList();
        RumusTerkompilasi Satu(AturanCapaian a) => Kompilasi(a, KonteksProyeksi.Skema(a.Nama));
        var metode = proyeksi.Where(a => a.Nama != KonteksProyeksi.AturanBerisiko).ToList();
        var perIndikator = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in metode)
            foreach (var kode in DaftarIndikator(a.Properti)) perIndikator.TryAdd(kode, a.Nama);
        return new AturanProyeksiTerkompilasi(
            metode.ToDictionary(a => a.Nama, Satu, StringComparer.Ordinal),
            proyeksi.FirstOrDefault(a => a.Nama == KonteksProyeksi.AturanBerisiko) is { } b ? Satu(b) : null,
            perIndikator);
    }

    internal static IReadOnlyList<string> DaftarIndikator(string properti)
    {
        using var doc = JsonDocument.Parse(properti);
        return doc.RootElement.TryGetProperty("indikator", out var d) && d.ValueKind == JsonValueKind.Array
            ? d.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
    }

    public IndikatorTerkompilasi Kompilasi(IndikatorVersi v, SkemaRumus skema) => new(
        v.Kode, v.Versi, v.Polaritas, v.AturanCapaian,
        mesin.Kompilasi($"indikator:{v.Kode}:{v.Versi}", v.Rumus, skema),
        v.Syarat is null ? null : mesin.Kompilasi($"syarat:{v.Kode}:{v.Versi}", v.Syarat, SkemaRumus.Syarat(skema.Variabel)));

    private static int Peringkat(string properti)
    {
        using var doc = JsonDocument.Parse(properti);
        return doc.RootElement.TryGetProperty("peringkat", out var p) && p.TryGetInt32(out var n) ? n : 0;
    }
}
