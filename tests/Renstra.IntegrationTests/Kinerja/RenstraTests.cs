using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Kinerja;

public sealed class RenstraTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private static Dictionary<int, long> Pagu(JsonElement node) => node.TryGetProperty("pagu", out var p)
        ? p.EnumerateArray().ToDictionary(x => x.GetProperty("tahun").GetInt32(), x => x.GetProperty("nilai").GetInt64())
        : [];

    /// <summary>Each parent's pagu against the sum of its children, per year where the children carry pagu.</summary>
    private static IEnumerable<(string Nama, int Tahun, bool Cocok)> Periksa(JsonElement induk, string anak)
    {
        if (!induk.TryGetProperty(anak, out var daftar) || daftar.GetArrayLength() == 0) yield break;
        var paguInduk = Pagu(induk);
        foreach (var (tahun, nilai) in paguInduk)
        {
            var jumlah = daftar.EnumerateArray().Select(Pagu).Where(p => p.ContainsKey(tahun)).Sum(p => p[tahun]);
            yield return (induk.GetProperty("nama").GetString()!, tahun, jumlah == nilai);
        }
    }

    [Fact]
    public async Task Plan_tree_is_served_and_its_sums_agree_except_where_the_catatan_says_so()
    {
        using var client = await fixture.App.ClientForAsync(RenstraApp.Pimpinan);
        var pohon = await client.GetFromJsonAsync<JsonElement>("/api/renstra");
        Assert.False(string.IsNullOrEmpty(pohon.GetProperty("visi").GetString()));
        var catatan = string.Join("\n", pohon.GetProperty("catatan").EnumerateArray().Select(c => c.GetString()));
        var program = pohon.GetProperty("tujuan").EnumerateArray()
            .SelectMany(t => t.GetProperty("sasaran").EnumerateArray()).SelectMany(s => s.GetProperty("program").EnumerateArray()).ToList();
        var hasil = program.SelectMany(p => Periksa(p, "kegiatan"))
            .Concat(program.SelectMany(p => p.GetProperty("kegiatan").EnumerateArray()).SelectMany(k => Periksa(k, "subKegiatan")))
            .ToList();
        Assert.True(hasil.Count(h => h.Cocok) > 50, "most sums must add up");
        foreach (var salah in hasil.Where(h => !h.Cocok))
            Assert.Contains(salah.Nama[..Math.Min(salah.Nama.Length, 30)], catatan, StringComparison.Ordinal);

        // The printed totals of Tabel 6.1 never equal the sum of its programs; every year is listed.
        foreach (var total in pohon.GetProperty("totalPagu").EnumerateArray())
        {
            var tahun = total.GetProperty("tahun").GetInt32();
            var jumlah = program.Select(Pagu).Where(p => p.ContainsKey(tahun)).Sum(p => p[tahun]);
            if (jumlah != total.GetProperty("nilai").GetInt64())
                Assert.Contains($"tahun {tahun}", catatan, StringComparison.Ordinal);
        }
        var indikator = pohon.GetProperty("tujuan").EnumerateArray().SelectMany(t => t.GetProperty("indikator").EnumerateArray()).Select(i => i.GetString());
        Assert.Contains("TUJ-01", indikator);
    }
}
