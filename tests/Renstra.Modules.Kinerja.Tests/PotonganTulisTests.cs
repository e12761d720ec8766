using Renstra.Modules.Kinerja.Computation;
using Renstra.Modules.Kinerja.Data;

namespace Renstra.Modules.Kinerja.Tests;

/// <summary>How a region's recompute is written in pieces (and when a piece ends its transaction), and how long a region rests between its runs.</summary>
public sealed class PotonganTulisTests
{
    private static List<HasilCapaian> Baris(int jumlah, int idAwal) =>
        [.. Enumerable.Range(0, jumlah).Select(i => new HasilCapaian { Id = idAwal == 0 ? 0 : idAwal + i, Kode = $"K{i % 89}", Periode = $"{2000 + i / 89}", Wilayah = "1906" })];

    [Fact]
    public void Every_row_is_written_once_in_pieces_of_at_most_the_piece_size()
    {
        var baru = Baris(2500, 0);
        var berubah = Baris(4100, 1);
        var potongan = PemrosesHitungUlang.Potong(baru, berubah);

        Assert.All(potongan, p => Assert.InRange(p.Baru.Count + p.Berubah.Count, 1, PemrosesHitungUlang.UkuranPotongTulis));
        Assert.Equal(baru, potongan.SelectMany(p => p.Baru));
        Assert.Equal(berubah, potongan.SelectMany(p => p.Berubah));
        Assert.Equal(2 + 3, potongan.Count);
    }

    [Fact]
    public void A_region_with_nothing_to_write_still_gets_the_piece_that_stores_its_stamp_and_clears_its_requests()
    {
        var potongan = PemrosesHitungUlang.Potong<HasilCapaian>([], []);
        var satu = Assert.Single(potongan);
        Assert.Empty(satu.Baru);
        Assert.Empty(satu.Berubah);
    }

    // sqlite, rows in the transaction so far, writers waiting for the file, of them this run's large regions, another slot holds a region
    [Theory]
    [InlineData(true, 2000, 0, 0, true, false)] // a rule edit: two slots work through every region — one transaction per region
    [InlineData(true, 2000, 1, 1, true, false)] // the other slot waits with a large region of its own: no one is served sooner
    [InlineData(true, 4000, 2, 1, true, true)] // a small region's write or an inbox batch waits as well: it gets the file after this piece
    [InlineData(true, 2000, 1, 0, true, true)]
    [InlineData(true, PemrosesHitungUlang.UkuranTransaksiMaks, 0, 0, true, true)] // a kabupaten's burst never holds the file for long
    [InlineData(true, 2000, 0, 0, false, true)] // a region the run computes alone is written piece by piece, as before
    [InlineData(false, 2000, 0, 0, true, true)] // SQL Server: other instances' writers are not seen here
    public void A_region_commits_a_piece_early_only_when_that_lets_someone_in(
        bool sqlite, int baris, int menunggu, int besarMenunggu, bool adaWilayahLain, bool dilepas) =>
        Assert.Equal(dilepas, PemrosesHitungUlang.TulisPerluDilepas(sqlite, baris, menunggu, besarMenunggu, adaWilayahLain));

    [Theory]
    [InlineData(20, 200)]
    [InlineData(199, 200)]
    [InlineData(1800, 1800)]
    [InlineData(9000, 5000)]
    public void A_region_rests_as_long_as_its_last_run_took_at_least_a_fifth_of_a_second_and_never_longer_than_five(int lamaMs, int istirahatMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(istirahatMs), PemrosesHitungUlang.Istirahat(TimeSpan.FromMilliseconds(lamaMs)));
}
