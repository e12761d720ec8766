using Renstra.Modules.Kinerja.Computation;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Tests;

/// <summary>Which indicators a region's recompute covers, from the requests it takes.</summary>
public sealed class CakupanIndikatorTests
{
    private static IndikatorTerkompilasi Indikator(string kode, string rumus, string? syarat = null) => new(
        kode, 1, "Positif", "Positif", AturanBawaan.Mesin.Kompilasi($"cakupan:{kode}", rumus, AturanBawaan.Skema),
        syarat is null ? null : AturanBawaan.Mesin.Kompilasi($"cakupan:{kode}:syarat", syarat, SkemaRumus.Syarat(AturanBawaan.Skema.Variabel)));

    private static PermintaanHitungUlang Permintaan(string? kode = null, string? variabel = null) =>
        new() { Wilayah = "1906", Periode = "2024", Kode = kode, Variabel = variabel };

    [Fact]
    public void A_sheet_revision_covers_the_indicators_reading_a_changed_value_now_or_as_the_previous_period()
    {
        var cakupan = CakupanIndikator.Dari([Permintaan(variabel: "NilaiAkip,JumlahKoperasi")]);

        Assert.NotNull(cakupan);
        Assert.True(cakupan.Mencakup(Indikator("A", "data.NilaiAkip")));
        Assert.True(cakupan.Mencakup(Indikator("B", "(data.JumlahUsahaMikro - sebelumnya.JumlahKoperasi) / 2")));
        Assert.True(cakupan.Mencakup(Indikator("C", "data.JumlahUsahaMikro", syarat: "data.NilaiAkip > 0")));
        Assert.False(cakupan.Mencakup(Indikator("D", "data.JumlahUsahaMikro / data.JumlahUsahaKecil * 100")));
    }

    [Fact]
    public void Requests_add_up_and_one_for_every_indicator_covers_every_indicator()
    {
        var gabungan = CakupanIndikator.Dari([Permintaan(kode: "D"), Permintaan(variabel: "NilaiAkip"), Permintaan(variabel: "")]);
        Assert.NotNull(gabungan);
        Assert.True(gabungan.Mencakup(Indikator("D", "data.JumlahUsahaMikro")));
        Assert.True(gabungan.Mencakup(Indikator("A", "data.NilaiAkip")));
        Assert.False(gabungan.Mencakup(Indikator("E", "data.JumlahUsahaKecil")));

        Assert.Null(CakupanIndikator.Dari([Permintaan(kode: "D"), Permintaan()]));
    }

    [Fact]
    public void A_list_of_changed_variables_too_long_to_store_becomes_a_request_for_every_indicator()
    {
        Assert.Equal("A,B", CakupanIndikator.TeksVariabel(["B", "A"]));
        var banyak = Enumerable.Range(0, 200).Select(i => $"VariabelYangNamanyaPanjang{i}").ToList();
        Assert.Null(CakupanIndikator.TeksVariabel(banyak));
    }
}
