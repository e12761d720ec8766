using System.Linq.Expressions;
using Microsoft.Extensions.Configuration;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Modules.Kinerja.Computation;
using Renstra.Modules.Kinerja.Rules;

namespace Renstra.Modules.Kinerja.Tests;

/// <summary>Issue 5, second line of defence: a size limit on the checked tree and a time limit on a bulk recompute.</summary>
public sealed class BatasEvaluasiTests
{
    private static readonly SkemaRumus Skema = SkemaRumus.Indikator(["A", "B"]);

    [Fact]
    public void A_tree_over_the_node_limit_is_refused_even_when_the_text_gate_is_bypassed()
    {
        // Built directly, as a parser could hand it over: a balanced sum (shallow, so only the size trips).
        static Expression Seimbang(int daun) => daun == 1
            ? Expression.Constant(1m)
            : Expression.Add(Seimbang(daun / 2), Seimbang(daun - daun / 2));
        var pohon = Seimbang(PemeriksaPohon.SimpulMaksimum);
        var e = Assert.Throws<RumusDitolakException>(() => PemeriksaPohon.Tulis(pohon, Skema));
        Assert.Contains("terlalu", e.Message, StringComparison.Ordinal);
        Assert.Contains(PemeriksaPohon.SimpulMaksimum.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tree_within_the_limits_passes()
    {
        Expression pohon = Expression.Constant(1m);
        for (var i = 0; i < 50; i++) pohon = Expression.Add(Expression.Constant(1m), pohon); // right-deep keeps nesting small
        var hasil = PemeriksaPohon.Tulis(pohon, Skema);
        Assert.Equal(51m, hasil.Lambda.Compile()(Array.Empty<decimal>()));
    }

    [Fact]
    public void A_formula_text_over_the_limits_is_refused_at_save_with_an_Indonesian_message()
    {
        var mesin = new MesinRumus();
        var panjang = string.Join(" + ", Enumerable.Repeat("data.A", 200));
        var e = Assert.Throws<RumusDitolakException>(() => mesin.Periksa(panjang, Skema));
        Assert.Contains("terlalu", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, mesin.JumlahKompilasi);
    }

    [Fact]
    public async Task A_runaway_recompute_is_stopped_by_the_time_limit_and_fails_with_a_reason()
    {
        var mulai = System.Diagnostics.Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<HitungUlangMelewatiBatasWaktuException>(() =>
            BatasWaktuHitungUlang.JalankanAsync<int>(async ct =>
            {
                await Task.Delay(Timeout.Infinite, ct); // a job that would never finish
                return 0;
            }, TimeSpan.FromMilliseconds(100), "wilayah uji", CancellationToken.None));
        Assert.True(mulai.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Contains("batas waktu", e.Message, StringComparison.Ordinal);
        Assert.IsNotAssignableFrom<OperationCanceledException>(e); // so the outbox records it as a failed delivery
    }

    [Fact]
    public async Task The_callers_own_cancellation_passes_through_and_a_quick_job_is_untouched()
    {
        using var batal = new CancellationTokenSource();
        await batal.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            BatasWaktuHitungUlang.JalankanAsync<int>(async ct =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return 0;
            }, TimeSpan.FromSeconds(30), "wilayah uji", batal.Token));
        Assert.Equal(7, await BatasWaktuHitungUlang.JalankanAsync(_ => Task.FromResult(7), TimeSpan.FromSeconds(30), "wilayah uji", CancellationToken.None));
    }

    [Theory]
    [InlineData(null, 30)]
    [InlineData("10", 10)]
    [InlineData("0.5", 0.5)]
    [InlineData("00:01:00", 60)]
    [InlineData("-5", 30)]
    [InlineData("abc", 30)]
    public void The_limit_comes_from_configuration_with_a_30_second_default(string? nilai, double detik)
    {
        var konfigurasi = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [BatasWaktuHitungUlang.KunciKonfigurasi] = nilai })
            .Build();
        Assert.Equal(TimeSpan.FromSeconds(detik), BatasWaktuHitungUlang.Dari(konfigurasi));
    }
}
