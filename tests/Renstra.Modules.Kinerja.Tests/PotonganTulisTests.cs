using Renstra.Modules.Kinerja.Computation;
using Renstra.Modules.Kinerja.Data;

namespace Renstra.Modules.Kinerja.Tests;

/// <summary>How a region's recompute is written in pieces, and how long a region rests between its runs.</summary>
public sealed class PotonganTulisTests
{
    private static List<HasilCapaian> Baris(int jumlah, int idAwal) =>
        [.. Enumerable.Range(0, jumlah).Select(i => new HasilCapaian { Id = idAwal == 0 ? 0 : idAwal + i, Kode = $"K{i % 89}", Periode = $"{2000 + i / 89}", Wilayah = "1906" })];

    [Fact]
    public void Every_row_is_written_once_in_pieces_of_at_most_the_piece_size()
    {
        var baru = Baris(2500, 0);
        var berubah = Baris(4100, 1);
        var potongan = PemrosesHitungUlang.Potong(new HasilHitungWilayah(baru, berubah));

        Assert.All(potongan, p => Assert.InRange(p.Baru.Count + p.Berubah.Count, 1, PemrosesHitungUlang.UkuranPotongTulis));
        Assert.Equal(baru, potongan.SelectMany(p => p.Baru));
        Assert.Equal(berubah, potongan.SelectMany(p => p.Berubah));
        Assert.Equal(2 + 3, potongan.Count);
    }

    [Fact]
    public void A_region_with_nothing_to_write_still_gets_the_piece_that_stores_its_stamp_and_clears_its_requests()
    {
        var potongan = PemrosesHitungUlang.Potong(HasilHitungWilayah.Kosong);
        var satu = Assert.Single(potongan);
        Assert.Empty(satu.Baru);
        Assert.Empty(satu.Berubah);
    }

    [Theory]
    [InlineData(20, 20)]
    [InlineData(1800, 1800)]
    [InlineData(9000, 5000)]
    public void A_region_rests_as_long_as_its_last_run_took_and_never_longer_than_five_seconds(int lamaMs, int istirahatMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(istirahatMs), PemrosesHitungUlang.Istirahat(TimeSpan.FromMilliseconds(lamaMs)));
}
