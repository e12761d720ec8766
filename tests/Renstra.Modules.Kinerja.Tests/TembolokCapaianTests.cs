using Renstra.Modules.Kinerja.Computation;

namespace Renstra.Modules.Kinerja.Tests;

/// <summary>The response cache is bounded in bytes, so many large reads cannot grow the host's memory without end.</summary>
public sealed class TembolokCapaianTests
{
    [Fact]
    public void Large_responses_beyond_the_byte_bound_evict_the_old_ones()
    {
        var tembolok = new TembolokCapaian();
        var acak = new Random(7);
        byte[] Besar() { var b = new byte[1024 * 1024]; acak.NextBytes(b); return b; } // 1 MiB that gzip cannot shrink

        tembolok.Simpan("tahun=2021", "1906", "s1", Besar());
        for (var i = 0; i < 40; i++) tembolok.Simpan($"tahun=2022&i={i}", "1906", "s1", Besar());

        Assert.Null(tembolok.Cari("tahun=2021")); // 41 × ≈ 2 MiB held would be 82 MiB: the first went
        Assert.NotNull(tembolok.Cari("tahun=2022&i=39"));
    }

    [Fact]
    public void Small_responses_stay_cached()
    {
        var tembolok = new TembolokCapaian();
        for (var i = 0; i < 100; i++) tembolok.Simpan($"tahun={i}", "1906", "s1", new byte[80 * 1024]);
        Assert.All(Enumerable.Range(0, 100), i => Assert.NotNull(tembolok.Cari($"tahun={i}")));
    }
}
