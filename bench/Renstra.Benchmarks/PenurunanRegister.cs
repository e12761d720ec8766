using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Renstra.Modules.KoperasiUmkm.Domain;
using Renstra.Shared.Abstractions;

/// <summary>
/// The in-memory part of a register derivation: every shipped koperasi rule × 30 periods (2021–2026, year +
/// quarters) × 7 kecamatan over a register of 700 koperasi (100 per kecamatan) with 4 services a year each.
/// </summary>
[MemoryDiagnoser]
public class PenurunanRegister
{
    private static readonly string[] Kecamatan = ["190601", "190602", "190603", "190604", "190605", "190606", "190607"];
    private static readonly string[] Layanan = ["Pemeriksaan", "Pendampingan", "Diklat", "FasilitasiKemitraan", "PenilaianKesehatan"];
    private List<AturanTurunan> _aturan = [];
    private DataRegister _data = null!;
    private List<Periode> _periode = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(dir, "rules", "register"))) dir = Path.GetDirectoryName(dir)!;
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "rules", "register", "KoperasiUmkm.json")));
        _aturan = json.RootElement.GetProperty("aturan").EnumerateObject()
            .Select(p => PemeriksaAturanTurunan.Baca(p.Value).Aturan!).Where(a => a.Register == "Koperasi").ToList();
        var acak = new Random(7);
        var koperasi = new List<KoperasiRekam>();
        for (var i = 0; i < 700; i++)
        {
            var layanan = Enumerable.Range(2021, 6).SelectMany(t => Enumerable.Range(0, 4).Select(_ =>
                new LayananRekam(Layanan[acak.Next(Layanan.Length)], new DateOnly(t, acak.Next(1, 13), acak.Next(1, 29)), "Sehat"))).ToList();
            var tahunan = Enumerable.Range(2021, 6).ToDictionary(t => t, _ => new TahunanRekam(true, acak.Next(20, 500), 1_000_000m, 5_000_000m, 9_000_000m, 100_000m));
            koperasi.Add(new KoperasiRekam(i, Kecamatan[i % 7], i % 5 == 0 ? "KSP/USP" : "Jasa", new DateOnly(2015, 1, 1),
                [new StatusPada(new DateOnly(2015, 1, 1), "Aktif"), new StatusPada(new DateOnly(2024, 6, 1), i % 9 == 0 ? "TidakAktif" : "Aktif")],
                tahunan, layanan));
        }
        _data = new DataRegister(koperasi, []);
        _periode = Enumerable.Range(2021, 6).SelectMany(t => new[] { Periode.TahunPenuh(t) }.Concat(Periode.TahunPenuh(t).KuartalDalamTahun())).ToList();
    }

    [Benchmark]
    public decimal SemuaVariabelSemuaPeriodeSemuaKecamatan()
    {
        decimal total = 0;
        foreach (var k in Kecamatan)
        foreach (var p in _periode)
        foreach (var a in _aturan)
            total += PenghitungTurunan.Hitung(a, _data, p, k);
        return total;
    }
}
