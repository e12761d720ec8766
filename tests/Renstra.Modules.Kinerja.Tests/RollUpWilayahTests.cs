using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Kinerja.Tests;

/// <summary>The kabupaten from its kecamatan, and the Kumulatif aggregation.</summary>
public sealed class RollUpWilayahTests
{
    [Fact]
    public void The_kabupaten_sums_numerators_and_denominators_so_its_ratio_is_not_the_average_of_percentages()
    {
        var mentah = RollUpWilayah.Gabung("1906",
        [
            new("190602", "2024", "KoperasiAktif", 1), new("190602", "2024", "JumlahKoperasi", 1),
            new("190603", "2024", "KoperasiAktif", 1), new("190603", "2024", "JumlahKoperasi", 4),
        ]);
        var data = mentah.Nilai["2024"];
        Assert.Equal(2m, data["KoperasiAktif"]);
        Assert.Equal(5m, data["JumlahKoperasi"]);
        Assert.Equal(40m, data["KoperasiAktif"] / data["JumlahKoperasi"] * 100); // not (100 + 25) / 2
    }

    [Fact]
    public void A_value_typed_for_the_kabupaten_wins_over_the_sum_of_its_kecamatan()
    {
        var mentah = RollUpWilayah.Gabung("1906",
        [
            new("1906", "2020", "JumlahKoperasi", 123),
            new("190601", "2020", "JumlahKoperasi", 3), new("190601", "2020", "KoperasiAktif", 2),
            new("190601", "2021-T1", "KoperasiAktif", 2),
        ]);
        Assert.Equal(123m, mentah.Nilai["2020"]["JumlahKoperasi"]);
        Assert.Equal(2m, mentah.Nilai["2020"]["KoperasiAktif"]);
        Assert.Equal(2m, mentah.Nilai["2021-T1"]["KoperasiAktif"]);
        var jejak = mentah.Tandai(AgregasiPeriode.Nilai(Periode.TahunPenuh(2020), mentah.Nilai, new Dictionary<string, string>()));
        Assert.Equal("2020", jejak["JumlahKoperasi"].Sumber);
        Assert.Equal("jumlah kecamatan 2020", jejak["KoperasiAktif"].Sumber);
    }

    [Fact]
    public void A_kumulatif_year_takes_the_last_quarter_instead_of_adding_them()
    {
        var mentah = RollUpWilayah.Gabung("1906", [new("1906", "2025-T1", "PerusahaanBerselisih", 4), new("1906", "2025-T2", "PerusahaanBerselisih", 6)]);
        var tahun = AgregasiPeriode.Nilai(Periode.TahunPenuh(2025), mentah.Nilai, new Dictionary<string, string> { ["PerusahaanBerselisih"] = Agregasi.Kumulatif });
        Assert.Equal(6m, tahun["PerusahaanBerselisih"].Nilai);
        Assert.Equal("Kumulatif 2025-T2", tahun["PerusahaanBerselisih"].Sumber);
        Assert.True(Agregasi.Sah(Agregasi.Kumulatif));
    }
}
