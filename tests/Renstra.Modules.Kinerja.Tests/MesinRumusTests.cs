using Renstra.Modules.Kinerja.Domain;
using Renstra.Modules.Kinerja.Rules;

namespace Renstra.Modules.Kinerja.Tests;

public sealed class MesinRumusTests
{
    private static readonly SkemaRumus Skema = SkemaRumus.Indikator(["A", "B", "Wirausaha"]);
    private readonly MesinRumus _mesin = new();

    private decimal? Hitung(string rumus, params decimal[] nilai)
    {
        var r = _mesin.Kompilasi("uji:" + rumus, rumus, Skema);
        var slot = new decimal[r.JumlahSlot];
        for (var i = 0; i < slot.Length; i++) slot[i] = nilai[i];
        return r.TryHitung(slot, out var h, out _) ? h : null;
    }

    [Theory]
    [InlineData("data.A / data.B * 100", 1, 4, 25)]
    [InlineData("data.A * 2.5 + 1 / 2", 2, 0, 5.5)]
    [InlineData("Math.Max(0, (2 * data.A - data.B) / data.A * 100)", 3.4, 7, 0)]
    [InlineData("data.A > data.B ? data.A : -data.B", 1, 2, -2)]
    [InlineData("Math.Round(data.A) + Math.Abs(data.B) + Math.Floor(2.7) + Math.Ceiling(0.1) + Math.Min(1, 2)", 2.5, -1, 7)]
    [InlineData("!(data.A == data.B) && data.A >= 0 || false ? 1 : 0", 1, 2, 1)]
    [InlineData("Math.Round(data.A / data.B * 100, 2)", 1, 3, 33.33)]
    [InlineData("Math.Round(data.A, 0) + Math.Round(Math.Round(data.B, 3) * 2, 1)", 2.4, 1.23456, 4.5)]
    [InlineData("Math.Max(Math.Round(data.A, 1), data.B)", 0.26, 0.2, 0.3)]
    public void Allowed_formulas_compute_in_decimal(string rumus, double a, double b, double expected)
    {
        Assert.Equal((decimal)expected, Hitung(rumus, (decimal)a, (decimal)b));
    }

    [Fact]
    public void Zero_denominator_gives_no_value_and_a_reason()
    {
        var r = _mesin.Kompilasi("nol", "data.A / data.B", Skema);
        Assert.False(r.TryHitung([1m, 0m], out _, out var alasan));
        Assert.Contains("nol", alasan, StringComparison.Ordinal);
    }

    [Fact]
    public void Previous_period_values_are_separate_slots()
    {
        var r = _mesin.Kompilasi("prev", "(data.Wirausaha - sebelumnya.Wirausaha) / sebelumnya.Wirausaha * 100", Skema);
        Assert.Equal(["Wirausaha", "sebelumnya.Wirausaha"], r.Acuan.Select(a => a.Label));
        Assert.True(r.TryHitung([1001m, 1000m], out var h, out _));
        Assert.Equal(0.1m, h);
    }

    [Fact]
    public void Scalar_rules_read_named_parameters()
    {
        var r = _mesin.Kompilasi("kategori", "capaian >= 91", SkemaRumus.Logika("capaian"));
        Assert.True(r.TryHitung([91m], out var h, out _));
        Assert.Equal(1m, h);
        Assert.True(r.TryHitung([90.99m], out h, out _));
        Assert.Equal(0m, h);
    }
}
