using System.Text.Json;
using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Tests;

public sealed class GoldenTests
{
    public static TheoryData<int> KasusIndikator => new(Enumerable.Range(0, AturanBawaan.Uji("indikator.json").GetArrayLength()));

    public static TheoryData<int> KasusCapaian => new(Enumerable.Range(0, AturanBawaan.Uji("capaian.json").GetArrayLength()));

    private static Dictionary<string, NilaiPeriode> Nilai(JsonElement e) => e.ValueKind == JsonValueKind.Object
        ? e.EnumerateObject().ToDictionary(p => p.Name, p => new NilaiPeriode(p.Value.GetDecimal(), "uji"))
        : [];

    [Theory]
    [MemberData(nameof(KasusIndikator))]
    public void Indicator_golden_case(int i)
    {
        var kasus = AturanBawaan.Uji("indikator.json")[i];
        // A case names a catalog indicator, or checks a figure of the document with a formula over the catalog's variables.
        var indikator = kasus.TryGetProperty("rumus", out var rumus)
            ? new IndikatorTerkompilasi("uji", 1, "Positif", "Positif", AturanBawaan.Mesin.Kompilasi("uji:" + i, rumus.GetString()!, AturanBawaan.Skema), null)
            : AturanBawaan.Indikator(kasus.GetProperty("kode").GetString()!);
        var hasil = PenghitungCapaian.Hitung(indikator, Nilai(kasus.GetProperty("data")), Nilai(kasus.GetProperty("sebelumnya")), null, AturanBawaan.Capaian);
        var presisi = kasus.GetProperty("presisi").GetInt32();
        var diharapkan = kasus.GetProperty("nilai");
        if (diharapkan.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(hasil.Realisasi);
            Assert.Equal(StatusCapaian.DataBelumLengkap, hasil.Status);
            Assert.False(string.IsNullOrEmpty(hasil.Keterangan));
        }
        else
        {
            Assert.NotNull(hasil.Realisasi);
            Assert.Equal(diharapkan.GetDecimal(), Math.Round(hasil.Realisasi.Value, presisi, MidpointRounding.AwayFromZero));
        }
        if (kasus.TryGetProperty("variabelKurang", out var kurang))
            Assert.Equal(kurang.EnumerateArray().Select(k => k.GetString()), hasil.VariabelKurang);
    }

    [Theory]
    [MemberData(nameof(KasusCapaian))]
    public void Capaian_and_category_golden_case(int i)
    {
        var kasus = AturanBawaan.Uji("capaian.json")[i];
        var aturan = kasus.GetProperty("aturan").GetString()!;
        var rumus = AturanBawaan.Mesin.Kompilasi("realisasi-langsung", "data.NilaiAkip", AturanBawaan.Skema);
        var indikator = new IndikatorTerkompilasi("X", 1, aturan == "Negatif" ? "Negatif" : "Positif", aturan, rumus, null);
        var t = kasus.GetProperty("target");
        var target = t.ValueKind == JsonValueKind.String ? new TargetBerlaku(null, t.GetString(), "2024") : new TargetBerlaku(t.GetDecimal(), null, "2024");
        var data = new Dictionary<string, NilaiPeriode> { ["NilaiAkip"] = new(kasus.GetProperty("realisasi").GetDecimal(), "uji") };
        var hasil = PenghitungCapaian.Hitung(indikator, data, new Dictionary<string, NilaiPeriode>(), target, AturanBawaan.Capaian);
        Assert.Equal(StatusCapaian.Lengkap, hasil.Status);
        Assert.Equal(kasus.GetProperty("capaian").GetDecimal(), Math.Round(hasil.Capaian!.Value, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(kasus.GetProperty("kategori").GetString(), hasil.Kategori);
        Assert.Equal(aturan, hasil.Jejak.AturanCapaian);
    }

    [Fact]
    public void The_predikat_capaian_form_is_marked_as_this_systems_convention()
    {
        var predikat = AturanBawaan.Berkas.Capaian("capaian").Rules.Single(r => r.RuleName == "Predikat");
        Assert.StartsWith("Konvensi sistem ini, bukan ketentuan regulasi", predikat.Properti("keterangan"), StringComparison.Ordinal);
        Assert.Equal("true", predikat.Properti("konvensi"), ignoreCase: true);
        Assert.Contains("konvensi sistem ini", AturanBawaan.Berkas.Indikator().Single(w => w.WorkflowName == "SAS-01").Rules[0].Properti("definisiOperasional"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_indicator_compiles()
    {
        Assert.Equal(89, AturanBawaan.Berkas.Indikator().Count());
        foreach (var w in AturanBawaan.Berkas.Indikator()) Assert.NotNull(AturanBawaan.Indikator(w.WorkflowName));
    }
}
