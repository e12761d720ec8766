using System.Text.Json;
using Renstra.Modules.Kinerja.Data.Bawaan;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Modules.Kinerja.Rules;

namespace Renstra.Modules.Kinerja.Tests;

/// <summary>The shipped rules, compiled the way the module does, for the golden cases.</summary>
internal static class AturanBawaan
{
    public static string Direktori { get; } = Cari();

    public static BerkasAturan Berkas => new(Direktori);

    public static MesinRumus Mesin { get; } = new();

    public static SkemaRumus Skema { get; } = SkemaRumus.Indikator(Berkas.KatalogVariabel().SelectMany(k => k.Variabel).Select(v => v.Kode));

    public static AturanCapaianTerkompilasi Capaian { get; } = new(
        Berkas.Capaian("capaian").Rules.ToDictionary(r => r.RuleName, r => Mesin.Kompilasi("c:" + r.RuleName, r.Output!, SkemaRumus.Angka(KonteksCapaian.Skalar))),
        Berkas.Capaian("kategori").Rules.Select(r => (r.RuleName, Mesin.Kompilasi("k:" + r.RuleName, r.Expression, SkemaRumus.Logika("capaian")))).ToList(),
        Berkas.Capaian("predikat").Rules.Select(r => (r.RuleName, int.Parse(r.Properti("peringkat")!, System.Globalization.CultureInfo.InvariantCulture),
            Mesin.Kompilasi("p:" + r.RuleName, r.Expression, SkemaRumus.Logika("nilai")))).ToList());

    public static AturanProyeksiTerkompilasi Proyeksi { get; } = new(
        Berkas.Capaian("proyeksi").Rules.Where(r => r.Output is not null)
            .ToDictionary(r => r.RuleName, r => Mesin.Kompilasi("pr:" + r.RuleName, r.Output!, SkemaRumus.Angka(KonteksProyeksi.Skalar))),
        Mesin.Kompilasi("pr:Berisiko", Berkas.Capaian("proyeksi").Rules.Single(r => r.RuleName == KonteksProyeksi.AturanBerisiko).Expression, SkemaRumus.Logika("capaian")));

    public static IndikatorTerkompilasi Indikator(string kode)
    {
        var rule = Berkas.Indikator().Single(w => w.WorkflowName == kode).Rules[0];
        return new IndikatorTerkompilasi(kode, 1, rule.Properti("polaritas")!, rule.Properti("aturanCapaian")!,
            Mesin.Kompilasi("i:" + kode, rule.Output!, Skema), null);
    }

    public static JsonElement Uji(string nama) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Direktori, "uji", nama))).RootElement;

    private static string Cari()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "rules", "indikator"))) return Path.Combine(dir.FullName, "rules");
        throw new InvalidOperationException("rules/ not found");
    }
}
