using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Evaluasi;

/// <summary>
/// The Renstra's own numbers as golden cases: Tabel 2.9's rasio and totals, Tabel 2.8's ratios, and the
/// pagu sums of Tabel 6.1/6.2 — including every place where the document disagrees with itself, which
/// must be listed, never silently corrected.
/// </summary>
public sealed class RiwayatDanPaguTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    private async Task<JsonElement> GetAsync(string url) =>
        await (await _app.ClientForAsync(RenstraApp.Pimpinan)).GetFromJsonAsync<JsonElement>(url);

    [Theory]
    [InlineData("Penyediaan Jasa Administrasi Perkantoran", 2020, 1_156_600_000, 1_132_666_575, 97.93)]
    [InlineData("Penyediaan Jasa Administrasi Perkantoran", 2017, 1_091_140_000, 1_033_775_327, 94.74)]
    [InlineData("Pemeliharaan Rutin/Berkala Perlengkapan/Peralatan Gedung Kantor", 2019, 15_000_000, 4_460_000, 29.73)]
    [InlineData("Pendidikan dan Pelatihan Keterampilan Bagi Pencari Kerja", 2018, 279_500_000, 273_925_000, 98.01)]
    [InlineData("Penyelenggaraan Promosi Produk Usaha Mikro Kecil Menengah", 2020, 83_200_000, 48_337_896, 58.10)]
    public async Task Tabel_2_9_rasio_reproduce_from_anggaran_and_realisasi(string uraian, int tahun, long anggaran, long realisasi, double rasio)
    {
        var riwayat = await GetAsync("/api/evaluasi/riwayat");
        var baris = riwayat.GetProperty("anggaran").EnumerateArray().First(b => b.GetProperty("uraian").GetString() == uraian);
        var nilai = baris.GetProperty("tahun").EnumerateArray().Single(t => t.GetProperty("tahun").GetInt32() == tahun);
        Assert.Equal(anggaran, nilai.GetProperty("anggaran").GetDecimal());
        Assert.Equal(realisasi, nilai.GetProperty("realisasi").GetDecimal());
        Assert.Equal((decimal)rasio, nilai.GetProperty("rasioDihitung").GetDecimal());
        Assert.Equal((decimal)rasio, nilai.GetProperty("rasioTercetak").GetDecimal());
        Assert.False(nilai.GetProperty("berbeda").GetBoolean());
    }

    [Theory]
    [InlineData(2017, 3_219_043_000, 3_059_123_197, 95.03, null)]
    [InlineData(2018, 3_942_169_277, 3_704_756_240, 93.98, null)]
    [InlineData(2019, 4_166_496_600, 3_873_079_447, 92.96, 91.18)]
    [InlineData(2020, 3_183_477_750, 2_797_002_115, 87.86, 89.80)]
    public async Task Tabel_2_9_totals_are_the_sum_of_their_rows_and_the_texts_serapan_is_kept_beside_them(
        int tahun, long anggaran, long realisasi, double serapan, double? serapanTeks)
    {
        var riwayat = await GetAsync("/api/evaluasi/riwayat");
        var jumlah = riwayat.GetProperty("jumlah").EnumerateArray().Single(j => j.GetProperty("tahun").GetInt32() == tahun);
        Assert.Equal(anggaran, jumlah.GetProperty("anggaranTercetak").GetDecimal());
        Assert.Equal(anggaran, jumlah.GetProperty("anggaranDihitung").GetDecimal());
        Assert.Equal(realisasi, jumlah.GetProperty("realisasiTercetak").GetDecimal());
        Assert.Equal(realisasi, jumlah.GetProperty("realisasiDihitung").GetDecimal());
        Assert.Equal((decimal)serapan, jumlah.GetProperty("serapanDihitung").GetDecimal());
        if (serapanTeks is { } teks)
        {
            // The text of BAB II cites 91,18 % and 89,80 %; the table's own totals give other numbers. Both stay.
            Assert.Equal((decimal)teks, jumlah.GetProperty("serapanDalamTeks").GetDecimal());
            Assert.True(jumlah.GetProperty("berbeda").GetBoolean());
        }
    }

    [Fact]
    public async Task Every_place_where_the_document_disagrees_with_itself_is_listed()
    {
        var riwayat = await GetAsync("/api/evaluasi/riwayat");
        var selisih = riwayat.GetProperty("selisih").EnumerateArray()
            .Select(s => $"{s.GetProperty("tabel").GetString()}|{s.GetProperty("uraian").GetString()}|{s.GetProperty("tahun").GetInt32()}|{s.GetProperty("tercetak").GetString()}|{s.GetProperty("dihitung").GetString()}")
            .ToList();
        // Tabel 2.9: a ratio printed in the wrong year, and one left empty.
        Assert.Contains("Tabel 2.9|Benah Koprasi Tidak Aktif|2018|(kosong)|95,9", selisih);
        Assert.Contains("Tabel 2.9|Benah Koprasi Tidak Aktif|2020|95,9|(kosong)", selisih);
        Assert.Contains("Tabel 2.9|Pengembangan Kebijakan dan Program Peningkatan ekonomi lokal|2019|(kosong)|88,52", selisih);
        Assert.Contains("Teks BAB II|Serapan anggaran|2019|91,18|92,96", selisih);
        Assert.Contains("Teks BAB II|Serapan anggaran|2020|89,8|87,86", selisih);
        Assert.Equal(5, selisih.Count(s => s.StartsWith("Tabel 2.9|", StringComparison.Ordinal) || s.StartsWith("Teks BAB II|", StringComparison.Ordinal)));
        // Tabel 2.8: e.g. TPAK 2019, realisasi 71,93 against target 72,00, printed as 137,40.
        Assert.Contains("Tabel 2.8|Tingkat Partisipasi Angkatan Kerja|2019|137,4|99,9", selisih);
        Assert.Contains("sumber", riwayat.EnumerateObject().Select(p => p.Name));
        Assert.Contains("Tabel 2.8", riwayat.GetProperty("sumber").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renstra_pagu_sums_are_shown_beside_the_printed_ones_where_they_disagree()
    {
        var anggaran = await GetAsync("/api/anggaran/2022");
        var node = anggaran.GetProperty("node").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        var berbeda = node.Values.Where(n => n.GetProperty("paguBerbeda").GetBoolean()).Select(n => n.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(["P07.K01", "P10", "P11", "P11.K02"], berbeda);
        Assert.Equal(260_000_000m, node["P07.K01"].GetProperty("pagu").GetDecimal());
        Assert.Equal(280_000_000m, node["P07.K01"].GetProperty("paguDihitung").GetDecimal());
        Assert.Equal(359_810_000m, node["P11"].GetProperty("pagu").GetDecimal());
        Assert.Equal(359_790_000m, node["P11"].GetProperty("paguDihitung").GetDecimal());

        var tahun2024 = await GetAsync("/api/anggaran/2024");
        var p01 = tahun2024.GetProperty("node").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "P01");
        Assert.Equal(6_620_700_000m, p01.GetProperty("pagu").GetDecimal());
        Assert.Equal(6_620_700_000m, p01.GetProperty("paguDihitung").GetDecimal());
        Assert.Equal("Sekretariat", p01.GetProperty("modul").GetString());
    }

    [Fact]
    public async Task The_plan_tree_carries_stable_ids()
    {
        var renstra = await GetAsync("/api/renstra");
        var program = renstra.GetProperty("tujuan").EnumerateArray().SelectMany(t => t.GetProperty("sasaran").EnumerateArray())
            .SelectMany(s => s.GetProperty("program").EnumerateArray()).ToList();
        Assert.Equal("P02", program[1].GetProperty("id").GetString());
        var sub = program[1].GetProperty("kegiatan")[0].GetProperty("subKegiatan")[1];
        Assert.Equal("P02.K01.S02", sub.GetProperty("id").GetString());
        Assert.Equal("Penyusunan Rencana Tenaga Kerja Mikro", sub.GetProperty("nama").GetString());
    }
}
