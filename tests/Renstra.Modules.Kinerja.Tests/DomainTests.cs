using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Kinerja.Tests;

public sealed class DomainTests
{
    private static readonly Dictionary<string, string> Agr = new() { ["Sengketa"] = Agregasi.Jumlah, ["Koperasi"] = Agregasi.Terakhir };

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Mentah(params (string Periode, string Kode, decimal Nilai)[] baris) =>
        baris.GroupBy(b => b.Periode).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, decimal>)g.ToDictionary(b => b.Kode, b => b.Nilai));

    [Fact]
    public void A_year_sums_flows_and_takes_the_last_quarter_of_stocks()
    {
        var mentah = Mentah(("2024-T1", "Sengketa", 2), ("2024-T2", "Sengketa", 3), ("2024-T1", "Koperasi", 120), ("2024-T3", "Koperasi", 125));
        var tahun = AgregasiPeriode.Nilai(Periode.TahunPenuh(2024), mentah, Agr);
        Assert.Equal(5m, tahun["Sengketa"].Nilai);
        Assert.Equal("Jumlah 2024-T1 + 2024-T2", tahun["Sengketa"].Sumber);
        Assert.Equal(125m, tahun["Koperasi"].Nilai);
        Assert.Equal("Terakhir 2024-T3", tahun["Koperasi"].Sumber);
    }

    [Fact]
    public void A_years_own_sheet_wins_over_its_quarters()
    {
        var mentah = Mentah(("2024-T1", "Sengketa", 2), ("2024", "Sengketa", 10));
        Assert.Equal(10m, AgregasiPeriode.Nilai(Periode.TahunPenuh(2024), mentah, Agr)["Sengketa"].Nilai);
        Assert.Equal(2m, AgregasiPeriode.Nilai(Periode.Kuartal(2024, 1), mentah, Agr)["Sengketa"].Nilai);
        Assert.Empty(AgregasiPeriode.Nilai(Periode.Kuartal(2024, 2), mentah, Agr));
    }

    private sealed record V(int Versi, string? Mulai);

    [Theory]
    [InlineData("2024", 2)]
    [InlineData("2025", 3)]
    [InlineData("2025-T1", 3)]
    [InlineData("2026-T2", 4)]
    [InlineData("2026", 3)]
    public void Version_applying_to_a_period_respects_berlakuMulai(string periode, int expected)
    {
        var versi = new[] { new V(1, null), new V(2, null), new V(3, "2025"), new V(4, "2026-T2") };
        Assert.Equal(expected, PeriodeBerlaku.Pilih(versi, v => v.Versi, v => v.Mulai, Periode.Parse(periode))!.Versi);
    }

    [Fact]
    public void Affected_periods_of_a_quarter_include_its_year_and_the_next()
    {
        Assert.Equal(["2024-T4", "2025-T1", "2024", "2025"], PeriodeBerlaku.Terdampak(Periode.Kuartal(2024, 4)).Select(p => p.ToString()));
        Assert.Equal(["2024", "2025"], PeriodeBerlaku.Terdampak(Periode.TahunPenuh(2024)).Select(p => p.ToString()));
        Assert.Null(PeriodeBerlaku.Berikutnya(Periode.TahunPenuh(Periode.TahunMaksimum)));
    }

    [Fact]
    public void Affected_periods_include_the_rows_whose_projection_reads_the_period()
    {
        // 2024-T1 feeds the year-end projection of 2024-T2…T4 (2024-T2 is also its "next"), the year 2024 and, through 2024, 2025.
        Assert.Equal(["2024-T1", "2024-T2", "2024", "2025", "2024-T3", "2024-T4"], PeriodeBerlaku.Terdampak(Periode.Kuartal(2024, 1)).Select(p => p.ToString()));
        // A complete 2022 feeds the projection of the Renstra end made in every later year before 2026.
        Assert.Equal(["2022", "2023", "2024", "2025"], PeriodeBerlaku.Terdampak(Periode.TahunPenuh(2022)).Select(p => p.ToString()));
    }

    [Fact]
    public void A_year_before_the_Renstra_affects_its_neighbours_but_no_projection_of_the_Renstra_end()
    {
        // The Renstra end is projected from 2021 on: a sheet of 2000 (the load runs write 2000–2100) or of the
        // baseline 2020 affects its own period, the next and its quarters' year, not every year up to 2025.
        Assert.Equal(["2000", "2001"], PeriodeBerlaku.Terdampak(Periode.TahunPenuh(2000)).Select(p => p.ToString()));
        Assert.Equal(["2020", "2021"], PeriodeBerlaku.Terdampak(Periode.TahunPenuh(2020)).Select(p => p.ToString()));
        Assert.Equal(["2000-T1", "2000-T2", "2000", "2001", "2000-T3", "2000-T4"], PeriodeBerlaku.Terdampak(Periode.Kuartal(2000, 1)).Select(p => p.ToString()));
        // Why: the projection of the Renstra end made in 2023 reads 2021–2023 only, whatever the years before hold.
        var rencana = ProyeksiPeriode.Untuk(Periode.TahunPenuh(2023),
            Mentah(("2019", "Koperasi", 1), ("2020", "Koperasi", 5), ("2021", "Koperasi", 10), ("2022", "Koperasi", 12), ("2023", "Koperasi", 14)), Agr)!;
        Assert.Equal(["2021", "2022", "2023"], rencana.Deret["Koperasi"].Titik.Select(t => t.Periode));
    }
}
