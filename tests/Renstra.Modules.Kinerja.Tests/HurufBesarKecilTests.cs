using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Modules.Kinerja.Rules;

namespace Renstra.Modules.Kinerja.Tests;

/// <summary>
/// Issue 14 item 3 at the engine: names are read case-sensitively end to end. Two variables that differ
/// only in case (possible in data stored before the uniqueness rule) never stand in for each other; a
/// formula writing a name in another case than declared is refused; and the tree check compares the
/// member the parser resolved with the name the text gate approved.
/// </summary>
public sealed class HurufBesarKecilTests
{
    private static readonly SkemaRumus Kembar = SkemaRumus.Indikator(["Ab", "AB"]);
    private readonly MesinRumus _mesin = new();

    [Theory]
    [InlineData("data.Ab * 1", "Ab")]
    [InlineData("data.AB * 1", "AB")]
    public void Each_case_variant_binds_to_its_own_variable(string rumus, string dibaca)
    {
        var r = _mesin.Kompilasi("kembar:" + rumus, rumus, Kembar);
        Assert.Equal(dibaca, Assert.Single(r.Acuan).Nama);
        Assert.True(r.TryHitung([7m], out var hasil, out _));
        Assert.Equal(7m, hasil);
    }

    [Theory]
    [InlineData("data.ab")]
    [InlineData("data.aB + 1")]
    [InlineData("sebelumnya.aB")]
    public void A_name_in_another_case_than_declared_is_refused_with_a_hint(string rumus)
    {
        var e = Assert.Throws<RumusDitolakException>(() => _mesin.Periksa(rumus, Kembar));
        Assert.Contains("huruf besar dan kecil", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, _mesin.JumlahKompilasi);
    }

    [Fact]
    public void A_formula_writing_x_where_the_variable_is_X_does_not_bind()
    {
        var skema = SkemaRumus.Indikator(["Pengangguran", "AngkatanKerja"]);
        var e = Assert.Throws<RumusDitolakException>(() => _mesin.Periksa("data.pengangguran / data.AngkatanKerja * 100", skema));
        Assert.Contains("'Pengangguran'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tree_check_refuses_a_member_other_than_the_name_it_approved()
    {
        // As a case-insensitive parser would hand it over: the text said data.Ab, the tree reads data.AB.
        var tipe = DynamicClassFactory.CreateType([new DynamicProperty("Ab", typeof(decimal)), new DynamicProperty("AB", typeof(decimal))], false);
        var pohon = Expression.Property(Expression.Parameter(tipe, "data"), tipe.GetProperty("AB")!);
        var e = Assert.Throws<RumusDitolakException>(() =>
            PemeriksaPohon.Tulis(pohon, Kembar, new HashSet<string>(StringComparer.Ordinal) { "Ab" }));
        Assert.Contains("'AB'", e.Message, StringComparison.Ordinal);
        Assert.Single(PemeriksaPohon.Tulis(pohon, Kembar, new HashSet<string>(StringComparer.Ordinal) { "AB" }).Acuan);
    }

    [Theory]
    [InlineData("data.Ab * 12345678901234567890", "15 digit")]
    [InlineData("data.Ab * 1000000000000000000", "15 digit")]
    [InlineData("data.Ab * 0.12345678901234", "10 digit")]
    public void Long_number_literals_get_a_clear_message(string rumus, string pesan)
    {
        var e = Assert.Throws<RumusDitolakException>(() => _mesin.Periksa(rumus, Kembar));
        Assert.Contains(pesan, e.Message, StringComparison.Ordinal);
        Assert.Contains("terlalu panjang", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_beyond_the_stored_bound_gives_no_value_and_a_reason()
    {
        var r = _mesin.Kompilasi("batas", "data.Ab * data.Ab", Kembar);
        Assert.True(r.TryHitung([1_000_000m], out var kecil, out _));
        Assert.Equal(1_000_000_000_000m, kecil);
        Assert.False(r.TryHitung([100_000_000m], out _, out var alasan));
        Assert.Contains("10^15", alasan, StringComparison.Ordinal);
    }
}
