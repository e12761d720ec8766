using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Computation;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>
/// The read facade for reporting modules: the plan tree with ids and owners, the indicator catalog with
/// targets, and the stored results (<c>HasilCapaian</c>) as the recompute left them — nothing is evaluated here.
/// </summary>
internal sealed class BacaanKinerja(KinerjaDbContext db, RencanaRenstra rencana, KatalogAturan katalog, IMesinRumus mesin, HierarkiWilayah hierarki)
    : IBacaanKinerja
{
    public async Task<IReadOnlyList<NodeRencana>> PohonAsync(CancellationToken cancellationToken)
    {
        var modulIndikator = await ModulIndikatorAsync(cancellationToken);
        var hasil = new List<NodeRencana>();
        foreach (var sasaran in RencanaRenstra.Anak(rencana.Pohon, "tujuan").SelectMany(t => RencanaRenstra.Anak(t, "sasaran")))
        {
            var uraian = Teks(sasaran, "uraian");
            var indikatorSasaran = Kode(sasaran);
            foreach (var program in RencanaRenstra.Anak(sasaran, "program"))
            {
                var kodeProgram = Kode(program);
                var modul = kodeProgram.Select(k => modulIndikator.GetValueOrDefault(k)).FirstOrDefault(m => m is not null)
                    ?? indikatorSasaran.Select(k => modulIndikator.GetValueOrDefault(k)).FirstOrDefault(m => m is not null)
                    ?? NamaModul.Sekretariat;
                void Tambah(JsonObject node, string tingkat, string? induk) =>
                    hasil.Add(new NodeRencana(Teks(node, "id"), tingkat, Teks(node, "nama"), induk, uraian, indikatorSasaran, modul, Kode(node), Pagu(node)));
                Tambah(program, "Program", null);
                foreach (var kegiatan in RencanaRenstra.Anak(program, "kegiatan"))
                {
                    Tambah(kegiatan, "Kegiatan", Teks(program, "id"));
                    foreach (var sub in RencanaRenstra.Anak(kegiatan, "subKegiatan")) Tambah(sub, "SubKegiatan", Teks(kegiatan, "id"));
                }
            }
        }
        return hasil;
    }

    public async Task<IReadOnlyList<IndikatorRencana>> IndikatorAsync(CancellationToken cancellationToken)
    {
        var indikator = await db.Indikator.AsNoTracking().OrderBy(i => i.Urutan).ToListAsync(cancellationToken);
        var versi = await db.IndikatorVersi.AsNoTracking()
            .Where(v => db.Indikator.Any(i => i.Kode == v.Kode && i.VersiTerakhir == v.Versi)).ToDictionaryAsync(v => v.Kode, cancellationToken);
        var target = (await db.TargetIndikator.AsNoTracking().Where(t => t.Nilai != null).ToListAsync(cancellationToken))
            .ToLookup(t => t.Kode);
        return indikator.Where(i => versi.ContainsKey(i.Kode)).Select(i =>
        {
            var v = versi[i.Kode];
            return new IndikatorRencana(i.Kode, v.Nama, v.Satuan, v.Polaritas, v.Modul, i.BaselineNilai,
                target[i.Kode].ToDictionary(t => t.Periode, t => t.Nilai!.Value, StringComparer.Ordinal));
        }).ToList();
    }

    public async Task<IReadOnlyList<HasilIndikator>> HasilAsync(int dariTahun, int sampaiTahun, CancellationToken cancellationToken)
    {
        var wilayah = hierarki.Kabupaten;
        var periode = Enumerable.Range(dariTahun, Math.Max(0, sampaiTahun - dariTahun + 1))
            .SelectMany(t => new[] { $"{t}", $"{t}-T1", $"{t}-T2", $"{t}-T3", $"{t}-T4" }).ToList();
        return await db.HasilCapaian.AsNoTracking()
            .Where(h => h.Wilayah == wilayah && periode.Contains(h.Periode))
            .Select(h => new HasilIndikator(h.Kode, h.Periode, h.Realisasi, h.Target, h.Capaian, h.Kategori, h.Status))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<decimal?>> CapaianAsync(IReadOnlyList<CapaianDiminta> diminta, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diminta);
        if (diminta.Count == 0) return [];
        var (aturan, _, _) = await katalog.AturanBerlakuAsync(cancellationToken);
        var kode = diminta.Select(d => d.Kode).Distinct(StringComparer.Ordinal).ToList();
        // The latest version's rule: the indicator as the catalog (and the rule pages) show it now.
        var aturanIndikator = await db.IndikatorVersi.AsNoTracking()
            .Where(v => kode.Contains(v.Kode) && db.Indikator.Any(i => i.Kode == v.Kode && i.VersiTerakhir == v.Versi))
            .ToDictionaryAsync(v => v.Kode, v => v.AturanCapaian, StringComparer.Ordinal, cancellationToken);
        return diminta.Select(d =>
            d.Realisasi is { } r && d.Target is { } t && t != 0 && aturanIndikator.TryGetValue(d.Kode, out var nama)
                ? aturan.CapaianDari(nama, r, t)
                : null).ToList();
    }

    public async Task<IReadOnlyList<string?>> KategoriAsync(IReadOnlyList<decimal> capaian, CancellationToken cancellationToken)
    {
        var aturan = await katalog.AturanKategoriAsync(cancellationToken);
        return capaian.Select(aturan.KategoriDari).ToList();
    }

    public string? PeriksaRumus(string rumus, IReadOnlyList<string> parameter)
    {
        try
        {
            Kompilasi(rumus, parameter);
            return null;
        }
        catch (RumusDitolakException e)
        {
            return e.Message;
        }
    }

    public IReadOnlyList<decimal?> HitungRumus(string rumus, IReadOnlyList<string> parameter, IReadOnlyList<IReadOnlyList<decimal>> nilai)
    {
        var terkompilasi = Kompilasi(rumus, parameter);
        return nilai.Select(n =>
        {
            var slot = new decimal[terkompilasi.JumlahSlot];
            foreach (var a in terkompilasi.Acuan) slot[a.Slot] = n[parameter.ToList().IndexOf(a.Nama)];
            return terkompilasi.TryHitung(slot, out var hasil, out _) ? hasil : (decimal?)null;
        }).ToList();
    }

    private RumusTerkompilasi Kompilasi(string rumus, IReadOnlyList<string> parameter) =>
        mesin.Kompilasi($"luar:{string.Join(",", parameter)}:{rumus}", rumus, SkemaRumus.Angka([.. parameter]));

    private async Task<Dictionary<string, string>> ModulIndikatorAsync(CancellationToken cancellationToken) =>
        await db.IndikatorVersi.AsNoTracking()
            .Where(v => db.Indikator.Any(i => i.Kode == v.Kode && i.VersiTerakhir == v.Versi))
            .ToDictionaryAsync(v => v.Kode, v => v.Modul, StringComparer.Ordinal, cancellationToken);

    private static string Teks(JsonObject node, string nama) => node[nama]?.GetValue<string>() ?? "";

    private static List<string> Kode(JsonObject node) =>
        node["indikator"] is JsonArray a ? a.Select(k => k?.GetValue<string>()).OfType<string>().ToList() : [];

    private static Dictionary<int, decimal> Pagu(JsonObject node) =>
        node["pagu"] is JsonArray a
            ? a.OfType<JsonObject>().Where(p => p["nilai"] is JsonValue).ToDictionary(p => p["tahun"]!.GetValue<int>(), p => p["nilai"]!.GetValue<decimal>())
            : [];
}
