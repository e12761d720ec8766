using Renstra.Modules.Kinerja.Computation;
using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Tests;

/// <summary>What the stored trace of one result holds at each way a computation can end (it is built once, at the end).</summary>
public sealed class JejakHitungTests
{
    private static readonly IndikatorTerkompilasi Indikator = new(
        "X", 3, "Positif", "Positif", AturanBawaan.Mesin.Kompilasi("jejak:x", "data.NilaiAkip", AturanBawaan.Skema), null);

    private static Dictionary<string, NilaiPeriode> Data(decimal? nilai) =>
        nilai is { } n ? new() { ["NilaiAkip"] = new(n, "2024") } : [];

    [Fact]
    public void A_complete_result_traces_every_step_and_no_remark()
    {
        var hasil = PenghitungCapaian.Hitung(Indikator, Data(80m), Data(null), new TargetBerlaku(100m, null, "2024"), AturanBawaan.Capaian);

        var j = hasil.Jejak;
        Assert.Equal(StatusCapaian.Lengkap, hasil.Status);
        Assert.Equal(("X", 3, "Positif"), (j.Kode, j.IndikatorVersi, j.AturanCapaian));
        Assert.Equal(80m, j.Masukan["NilaiAkip"]);
        Assert.Equal("2024", j.SumberMasukan["NilaiAkip"]);
        Assert.Equal(80m, j.Realisasi);
        Assert.Equal((100m, "2024"), (j.Target, j.TargetDariPeriode));
        Assert.NotNull(j.RumusCapaian);
        Assert.Equal(hasil.Capaian, j.Capaian);
        Assert.Equal(hasil.Kategori, j.Kategori);
        Assert.NotNull(j.Capaian);
        Assert.Null(j.Keterangan);
        Assert.Null(hasil.Keterangan);
    }

    [Fact]
    public void A_missing_variable_traces_the_inputs_and_the_remark_only()
    {
        var hasil = PenghitungCapaian.Hitung(Indikator, Data(null), Data(null), new TargetBerlaku(100m, null, "2024"), AturanBawaan.Capaian);

        var j = hasil.Jejak;
        Assert.Equal(StatusCapaian.DataBelumLengkap, hasil.Status);
        Assert.Equal(hasil.Keterangan, j.Keterangan);
        Assert.Equal(100m, j.Target);
        Assert.Null(j.Realisasi);
        Assert.Null(j.Pembilang);
        Assert.Null(j.RumusCapaian);
        Assert.Null(j.Capaian);
    }

    [Fact]
    public void A_result_without_target_traces_the_realisasi_but_no_capaian()
    {
        var hasil = PenghitungCapaian.Hitung(Indikator, Data(80m), Data(null), null, AturanBawaan.Capaian);

        var j = hasil.Jejak;
        Assert.Equal(StatusCapaian.TidakAdaTarget, hasil.Status);
        Assert.Equal(80m, j.Realisasi);
        Assert.Equal(hasil.Keterangan, j.Keterangan);
        Assert.Null(j.RumusCapaian);
        Assert.Null(j.Capaian);
        Assert.Null(j.Kategori);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(DaftarBerblok<int>.UkuranBlok)]
    [InlineData(DaftarBerblok<int>.UkuranBlok * 3 + 7)]
    public void A_block_list_keeps_every_item_in_order(int jumlah)
    {
        var daftar = new DaftarBerblok<int>();
        for (var i = 0; i < jumlah; i++) daftar.Add(i * 2);

        Assert.Equal(jumlah, daftar.Count);
        Assert.Equal(Enumerable.Range(0, jumlah).Select(i => i * 2), daftar);
        for (var i = 0; i < jumlah; i++) Assert.Equal(i * 2, daftar[i]);
        Assert.Throws<ArgumentOutOfRangeException>(() => daftar[jumlah]);
    }
}
