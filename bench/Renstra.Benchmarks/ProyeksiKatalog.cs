using BenchmarkDotNet.Attributes;
using Renstra.Modules.Kinerja.Data.Bawaan;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Modules.Kinerja.Rules;
using Renstra.Shared.Abstractions;

/// <summary>
/// What peringatan dini adds to a recompute: every shipped indicator (89) for one quarter (2024-T2, two quarters
/// submitted), the capaian alone against the capaian plus its year-end projection (period planning included).
/// </summary>
[MemoryDiagnoser]
public class ProyeksiKatalog
{
    private IndikatorTerkompilasi[] _indikator = [];
    private AturanCapaianTerkompilasi _capaian = null!;
    private AturanProyeksiTerkompilasi _proyeksi = null!;
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> _mentah = null!;
    private Dictionary<string, string> _agregasi = [];
    private readonly Periode _periode = Periode.Kuartal(2024, 2);

    [GlobalSetup]
    public void Setup()
    {
        var berkas = new BerkasAturan(HitungUlangKatalogRules.Cari());
        var variabel = berkas.KatalogVariabel().SelectMany(k => k.Variabel).ToList();
        var skema = SkemaRumus.Indikator(variabel.Select(v => v.Kode));
        var mesin = new MesinRumus();
        _indikator = berkas.Indikator().Select(w => new IndikatorTerkompilasi(w.WorkflowName, 1, "Positif", w.Rules[0].Properti("aturanCapaian")!,
            mesin.Kompilasi("i:" + w.WorkflowName, w.Rules[0].Output!, skema), null)).ToArray();
        _capaian = new AturanCapaianTerkompilasi(
            berkas.Capaian("capaian").Rules.ToDictionary(r => r.RuleName, r => mesin.Kompilasi("c:" + r.RuleName, r.Output!, SkemaRumus.Angka(KonteksCapaian.Skalar))),
            berkas.Capaian("kategori").Rules.Select(r => (r.RuleName, mesin.Kompilasi("k:" + r.RuleName, r.Expression, SkemaRumus.Logika("capaian")))).ToList(),
            berkas.Capaian("predikat").Rules.Select(r => (r.RuleName, int.Parse(r.Properti("peringkat")!, System.Globalization.CultureInfo.InvariantCulture),
                mesin.Kompilasi("p:" + r.RuleName, r.Expression, SkemaRumus.Logika("nilai")))).ToList());
        var aturan = berkas.Capaian("proyeksi").Rules;
        _proyeksi = new AturanProyeksiTerkompilasi(
            aturan.Where(r => r.Output is not null).ToDictionary(r => r.RuleName, r => mesin.Kompilasi("pr:" + r.RuleName, r.Output!, SkemaRumus.Angka(KonteksProyeksi.Skalar))),
            mesin.Kompilasi("pr:Berisiko", aturan.Single(r => r.RuleName == KonteksProyeksi.AturanBerisiko).Expression, SkemaRumus.Logika("capaian")));
        _agregasi = variabel.ToDictionary(v => v.Kode, v => v.Agregasi);
        var acak = new Random(42);
        _mentah = new[] { "2023", "2024-T1", "2024-T2" }.ToDictionary(p => p,
            _ => (IReadOnlyDictionary<string, decimal>)variabel.ToDictionary(v => v.Kode, _ => (decimal)acak.Next(1, 1000)));
    }

    [Benchmark(Baseline = true)]
    public decimal CapaianSaja()
    {
        decimal total = 0;
        var data = AgregasiPeriode.Nilai(_periode, _mentah, _agregasi);
        var lalu = AgregasiPeriode.Nilai(_periode.Sebelumnya(), _mentah, _agregasi);
        foreach (var i in _indikator)
            total += PenghitungCapaian.Hitung(i, data, lalu, new TargetBerlaku(50m, null, "2024"), _capaian).Capaian ?? 0;
        return total;
    }

    [Benchmark]
    public decimal CapaianDanProyeksi()
    {
        decimal total = 0;
        var data = AgregasiPeriode.Nilai(_periode, _mentah, _agregasi);
        var lalu = AgregasiPeriode.Nilai(_periode.Sebelumnya(), _mentah, _agregasi);
        var rencana = ProyeksiPeriode.Untuk(_periode, _mentah, _agregasi)!;
        var laluTahun = AgregasiPeriode.Nilai(rencana.Sampai.Sebelumnya(), _mentah, _agregasi);
        foreach (var i in _indikator)
        {
            total += PenghitungCapaian.Hitung(i, data, lalu, new TargetBerlaku(50m, null, "2024"), _capaian).Capaian ?? 0;
            total += PenghitungProyeksi.Hitung(i, _proyeksi.MetodeUntuk(i.Kode), rencana, laluTahun, new TargetBerlaku(50m, null, "2024"), _capaian, _proyeksi)?.Capaian ?? 0;
        }
        return total;
    }
}

internal static class HitungUlangKatalogRules
{
    public static string Cari()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "rules", "indikator"))) return Path.Combine(dir.FullName, "rules");
        return Path.Combine(Directory.GetCurrentDirectory(), "rules");
    }
}
