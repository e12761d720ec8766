using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Tests;

/// <summary>Peringatan dini: where the projection must and must not flag an indicator as berisiko.</summary>
public sealed class ProyeksiTests
{
    private static readonly Dictionary<string, NilaiPeriode> Kosong = [];

    private static DeretNilai Deret(string agregasi, params (int Posisi, decimal Nilai)[] titik) =>
        new(agregasi, titik.Select(t => (t.Posisi, $"2024-T{t.Posisi}", t.Nilai)).ToList());

    private static RencanaProyeksi AkhirTahun2024(Dictionary<string, DeretNilai> deret) =>
        new(deret, 4, 4, Renstra.Shared.Abstractions.Periode.TahunPenuh(2024), "akhir tahun 2024");

    private static HasilProyeksi? AkhirTahun(string kode, decimal target, Dictionary<string, DeretNilai> deret, string metode = MetodeProyeksi.Otomatis) =>
        PenghitungProyeksi.Hitung(AturanBawaan.Indikator(kode), metode, AkhirTahun2024(deret), Kosong, new TargetBerlaku(target, null, "2024"),
            AturanBawaan.Capaian, AturanBawaan.Proyeksi);

    [Fact]
    public void A_flow_whose_run_rate_misses_the_year_target_is_flagged()
    {
        // SUB-18 (peserta sosialisasi kemitraan usaha mikro, target 40 a year): 5 + 5 in two quarters → 20 by year end.
        var p = AkhirTahun("SUB-18", 40, new() { ["PesertaSosialisasiKemitraanUm"] = Deret(Agregasi.Jumlah, (1, 5), (2, 5)) })!;
        Assert.Equal(20m, p.Realisasi);
        Assert.Equal(50m, p.Capaian);
        Assert.True(p.Berisiko);
        Assert.Equal(MetodeProyeksi.Laju, p.Metode);
        Assert.Contains("2024-T1 = 5 + 2024-T2 = 5 → 20", p.Masukan["PesertaSosialisasiKemitraanUm"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_on_pace_is_not_flagged_even_though_its_year_to_date_is_below_target()
    {
        var p = AkhirTahun("SUB-18", 40, new() { ["PesertaSosialisasiKemitraanUm"] = Deret(Agregasi.Jumlah, (1, 10), (2, 12)) })!;
        Assert.Equal(44m, p.Realisasi);
        Assert.False(p.Berisiko);
    }

    [Fact]
    public void A_level_indicator_already_above_target_is_not_flagged()
    {
        // IKU-03 (koperasi aktif / koperasi, both levels), target 2024 67,70 %; T2 already 90/123 = 73,17 %.
        var p = AkhirTahun("IKU-03", 67.7m, new()
        {
            ["KoperasiAktif"] = Deret(Agregasi.Terakhir, (1, 85), (2, 90)),
            ["JumlahKoperasi"] = Deret(Agregasi.Terakhir, (1, 123), (2, 123)),
        })!;
        Assert.Equal(73.17m, Math.Round(p.Realisasi!.Value, 2));
        Assert.False(p.Berisiko);
        Assert.Equal(MetodeProyeksi.Terakhir, p.Metode);
    }

    [Fact]
    public void A_falling_level_is_flagged_by_trend_but_not_by_last_value()
    {
        // KoperasiAktif 80 in T1, 60 in T3: the line reaches 50 in T4 → 40,65 %, capaian 73,9 % of a 55 % target (berisiko);
        // the last value alone stays at 60/123 = 48,78 %, capaian 88,7 % (not at risk).
        var deret = new Dictionary<string, DeretNilai>
        {
            ["KoperasiAktif"] = Deret(Agregasi.Terakhir, (1, 80), (3, 60)),
            ["JumlahKoperasi"] = Deret(Agregasi.Terakhir, (1, 123), (3, 123)),
        };
        var tren = AkhirTahun("IKU-03", 55m, deret, MetodeProyeksi.Tren)!;
        Assert.Equal(50m / 123m * 100m, tren.Realisasi);
        Assert.True(tren.Berisiko);
        var terakhir = AkhirTahun("IKU-03", 55m, deret, MetodeProyeksi.Terakhir)!;
        Assert.Equal(60m / 123m * 100m, terakhir.Realisasi);
        Assert.False(terakhir.Berisiko);
    }

    [Fact]
    public void A_cumulative_flow_runs_at_its_latest_year_to_date_total_not_at_its_sum_or_last_value()
    {
        // Kumulatif: each quarter is the total since January. 4 by T1, 10 by T2 (T3 not yet): 10 / 2 × 4 = 20 by year end,
        // not (4 + 10) / 2 × 4 = 28 (summing totals) and not 10 (the total so far as if it were the year's).
        var p = AkhirTahun("SUB-18", 40, new() { ["PesertaSosialisasiKemitraanUm"] = Deret(Agregasi.Kumulatif, (1, 4), (2, 10)) })!;
        Assert.Equal(20m, p.Realisasi);
        Assert.True(p.Berisiko);
        Assert.Equal(MetodeProyeksi.Laju, p.Metode);
        Assert.Contains("2024-T2 = 10 (kumulatif sejak awal tahun) → 20", p.Masukan["PesertaSosialisasiKemitraanUm"], StringComparison.Ordinal);

        // A quarter left out does not lower the pace: 6 by T1, 24 by T3 → 24 / 3 × 4 = 32.
        var lompat = AkhirTahun("SUB-18", 40, new() { ["PesertaSosialisasiKemitraanUm"] = Deret(Agregasi.Kumulatif, (1, 6), (3, 24)) })!;
        Assert.Equal(32m, lompat.Realisasi);
        Assert.False(lompat.Berisiko);
    }

    [Fact]
    public void A_missing_quarter_is_skipped_not_counted_as_zero()
    {
        // T1 and T3 submitted, T2 missing: the run-rate averages the two submitted quarters (6 + 6) / 2 × 4 = 24.
        var p = AkhirTahun("SUB-18", 40, new() { ["PesertaSosialisasiKemitraanUm"] = Deret(Agregasi.Jumlah, (1, 6), (3, 6)) })!;
        Assert.Equal(24m, p.Realisasi);
        Assert.Contains("2024-T1", p.Keterangan, StringComparison.Ordinal);
        Assert.Contains("2024-T3", p.Keterangan, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_submitted_or_a_variable_missing_gives_no_projection()
    {
        Assert.Null(AkhirTahun("SUB-18", 40, []));
        Assert.Null(AkhirTahun("SUB-18", 40, new() { ["PesertaSosialisasiKemitraanUm"] = Deret(Agregasi.Jumlah) }));
        Assert.Null(AkhirTahun("IKU-03", 67.7m, new() { ["KoperasiAktif"] = Deret(Agregasi.Terakhir, (1, 85)) }));
    }

    [Theory]
    [InlineData(30.4, 76, false)]     // 30,4 × 4 = 121,6 of 160 = 76 % → Tinggi, not at risk
    [InlineData(30.39, 75.975, true)] // 121,56 of 160 = 75,975 % → below Tinggi, berisiko
    public void The_band_edge_is_Tinggi(double perTriwulan, double capaian, bool berisiko)
    {
        var p = AkhirTahun("SUB-18", 160, new() { ["PesertaSosialisasiKemitraanUm"] = Deret(Agregasi.Jumlah, (1, (decimal)perTriwulan)) })!;
        Assert.Equal((decimal)capaian, p.Capaian);
        Assert.Equal(berisiko, p.Berisiko);
    }

    [Fact]
    public void Without_a_target_the_projection_is_shown_but_never_flagged()
    {
        var p = PenghitungProyeksi.Hitung(AturanBawaan.Indikator("SUB-18"), MetodeProyeksi.Otomatis,
            AkhirTahun2024(new() { ["PesertaSosialisasiKemitraanUm"] = Deret(Agregasi.Jumlah, (1, 1)) }), Kosong, null,
            AturanBawaan.Capaian, AturanBawaan.Proyeksi)!;
        Assert.Equal(4m, p.Realisasi);
        Assert.Null(p.Capaian);
        Assert.False(p.Berisiko);
    }

    [Fact]
    public void The_end_of_the_Renstra_is_projected_from_the_years_so_far_by_trend()
    {
        // PRG-09 (usaha mikro berizin / usaha mikro): 0,50 % in 2022 and 0,55 % in 2023 with 10 000 usaha mikro;
        // the line reaches 70 berizin in 2026 = 0,70 % against the 2026 target 0,75 → 93,33 %, not at risk.
        var deret = new Dictionary<string, DeretNilai>
        {
            ["UsahaMikroBerizin"] = new(Agregasi.Terakhir, [(2022, "2022", 50m), (2023, "2023", 55m)]),
            ["JumlahUsahaMikro"] = new(Agregasi.Terakhir, [(2022, "2022", 10000m), (2023, "2023", 10000m)]),
        };
        var p = PenghitungProyeksi.Hitung(AturanBawaan.Indikator("PRG-09"), MetodeProyeksi.Tren, AkhirRenstra(deret), Kosong,
            new TargetBerlaku(0.75m, null, "2026"), AturanBawaan.Capaian, AturanBawaan.Proyeksi)!;
        Assert.Equal(0.7m, p.Realisasi);
        Assert.Equal(93.33m, Math.Round(p.Capaian!.Value, 2));
        Assert.False(p.Berisiko);
    }

    private static RencanaProyeksi AkhirRenstra(Dictionary<string, DeretNilai> deret) =>
        new(deret, 2026, 0, Renstra.Shared.Abstractions.Periode.TahunPenuh(2026), "akhir Renstra (2026)");

    [Fact]
    public void A_growth_indicator_towards_the_Renstra_end_projects_the_year_before_too()
    {
        // SAS-03 (pertumbuhan koperasi): 100, 104, 108 koperasi in 2021–2023 → by trend 120 in 2026 and 116 in 2025:
        // growth (120 − 116) / 116 = 3,45 % against the 2026 target 3,60 → 95,79 %.
        var deret = new Dictionary<string, DeretNilai>
        {
            ["JumlahKoperasi"] = new(Agregasi.Terakhir, [(2021, "2021", 100m), (2022, "2022", 104m), (2023, "2023", 108m)]),
        };
        var p = PenghitungProyeksi.Hitung(AturanBawaan.Indikator("SAS-03"), MetodeProyeksi.Tren, AkhirRenstra(deret), Kosong,
            new TargetBerlaku(3.6m, null, "2026"), AturanBawaan.Capaian, AturanBawaan.Proyeksi)!;
        Assert.Equal(3.45m, Math.Round(p.Realisasi!.Value, 2));
        Assert.Equal(95.79m, Math.Round(p.Capaian!.Value, 2));
        Assert.Contains("sebelumnya.JumlahKoperasi", p.Masukan.Keys);
        Assert.False(p.Berisiko);
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Mentah(params (string Periode, decimal Nilai)[] baris) =>
        baris.ToDictionary(b => b.Periode, b => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal> { ["X"] = b.Nilai });

    private static readonly Dictionary<string, string> Jumlah = new() { ["X"] = Agregasi.Jumlah };

    [Fact]
    public void A_quarter_projects_its_year_from_the_quarters_up_to_it()
    {
        var r = ProyeksiPeriode.Untuk(Renstra.Shared.Abstractions.Periode.Kuartal(2024, 2), Mentah(("2024-T1", 3), ("2024-T2", 4), ("2024-T3", 9)), Jumlah)!;
        Assert.Equal("2024", r.Sampai.ToString());
        Assert.Equal([3m, 4m], r.Deret["X"].Titik.Select(t => t.Nilai));
        Assert.Equal(Agregasi.Jumlah, r.Deret["X"].Agregasi);
    }

    [Fact]
    public void A_year_still_filled_by_quarters_projects_its_end_and_a_complete_year_the_Renstra_end()
    {
        var berjalan = ProyeksiPeriode.Untuk(Renstra.Shared.Abstractions.Periode.TahunPenuh(2024), Mentah(("2024-T1", 3), ("2024-T2", 4)), Jumlah)!;
        Assert.Equal("akhir tahun 2024", berjalan.Teks);

        var lengkap = ProyeksiPeriode.Untuk(Renstra.Shared.Abstractions.Periode.TahunPenuh(2023), Mentah(("2021", 10), ("2022", 12), ("2023", 14)), Jumlah)!;
        Assert.Equal("2026", lengkap.Sampai.ToString());
        Assert.Equal([2021, 2022, 2023], lengkap.Deret["X"].Titik.Select(t => t.Posisi));
        Assert.Equal(Agregasi.Terakhir, lengkap.Deret["X"].Agregasi); // a yearly flow is a level across years

        Assert.Null(ProyeksiPeriode.Untuk(Renstra.Shared.Abstractions.Periode.TahunPenuh(2026), Mentah(("2026", 10)), Jumlah));
        Assert.Null(ProyeksiPeriode.Untuk(Renstra.Shared.Abstractions.Periode.Kuartal(2024, 1), Mentah(("2024-T2", 10)), Jumlah));
    }

    [Fact]
    public void A_year_before_the_Renstra_has_no_years_so_far_to_project_from_and_does_not_fail()
    {
        // A sheet may be submitted for any year from 2000; its recompute once failed here (a negative range), which kept
        // every result of the region queued and SedangDihitung.
        foreach (var tahun in new[] { 2000, 2010, 2019, 2020 })
        {
            var r = ProyeksiPeriode.Untuk(Renstra.Shared.Abstractions.Periode.TahunPenuh(tahun), Mentah(($"{tahun}", 10)), Jumlah)!;
            Assert.Empty(r.Deret);
        }
    }
    [Theory]
    [InlineData("2024-T2")] // a quarter: the end of its year, from its quarters
    [InlineData("2024")] // a year still filled by quarters
    [InlineData("2023")] // a complete year: the Renstra end, with sebelumnya values projected to the year before
    public void One_period_s_projections_of_every_indicator_equal_those_computed_each_on_its_own(string teks)
    {
        // A region's recompute projects every indicator of a period from one rencana, which keeps each variable's
        // projection for the indicators after it: the result must be exactly what each indicator gets alone.
        var acak = new Random(7);
        var agregasi = AturanBawaan.Berkas.KatalogVariabel().SelectMany(k => k.Variabel)
            .ToDictionary(v => v.Kode, v => v.Agregasi, StringComparer.Ordinal);
        var mentah = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(StringComparer.Ordinal);
        foreach (var tahun in new[] { 2021, 2022, 2023 })
            mentah[$"{tahun}"] = agregasi.Keys.ToDictionary(k => k, _ => (decimal)acak.Next(1, 10_000), StringComparer.Ordinal);
        foreach (var q in new[] { 1, 2 })
            mentah[$"2024-T{q}"] = agregasi.Keys.Where(_ => acak.Next(5) > 0).ToDictionary(k => k, _ => (decimal)acak.Next(1, 10_000), StringComparer.Ordinal);
        Assert.True(Renstra.Shared.Abstractions.Periode.TryParse(teks, out var periode));
        var bersama = ProyeksiPeriode.Untuk(periode, mentah, agregasi)!;
        // As the recompute passes them: towards the Renstra end the values before are projected too.
        var lalu = bersama.Tahunan ? Kosong : AgregasiPeriode.Nilai(bersama.Sampai.Sebelumnya(), mentah, agregasi);
        var dihitung = 0;
        foreach (var kode in AturanBawaan.Berkas.Indikator().Select(w => w.WorkflowName))
            foreach (var metode in new[] { MetodeProyeksi.Otomatis, MetodeProyeksi.Tren })
            {
                var indikator = AturanBawaan.Indikator(kode);
                var target = new TargetBerlaku(50m, null, bersama.Sampai.ToString());
                var sendiri = PenghitungProyeksi.Hitung(indikator, metode, ProyeksiPeriode.Untuk(periode, mentah, agregasi)!, lalu, target, AturanBawaan.Capaian, AturanBawaan.Proyeksi);
                var dariBersama = PenghitungProyeksi.Hitung(indikator, metode, bersama, lalu, target, AturanBawaan.Capaian, AturanBawaan.Proyeksi);
                Assert.Equal(Teks(sendiri), Teks(dariBersama));
                if (sendiri is not null) dihitung++;
            }
        Assert.True(dihitung > 20, $"only {dihitung} projections computed");
        Assert.NotEmpty(bersama.Tembolok);
    }

    private static string Teks(HasilProyeksi? h) => h is null ? "-"
        : $"{h.Realisasi}|{h.Capaian}|{h.Berisiko}|{h.Metode}|{h.Keterangan}|{string.Join(";", h.Masukan.Select(m => m.Key + "=" + m.Value))}";
}
