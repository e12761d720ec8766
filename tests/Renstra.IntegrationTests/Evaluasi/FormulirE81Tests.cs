using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Evaluasi;

/// <summary>
/// Done-when of the evaluation work: realisasi anggaran 2024 T1–T4 and the capaian data in, Formulir E.81
/// for 2024 shows the right K and Rp in every column, its averages and predikat; the XLSX parses back with
/// the same numbers; the texts are versioned.
/// </summary>
public sealed class FormulirE81Tests : IClassFixture<FormulirE81Tests.Siap>
{
    /// <summary>One installation with the 2024 scenario in place.</summary>
    public sealed class Siap : IAsyncLifetime, IDisposable
    {
        public RenstraApp App { get; } = new();

        public Task InitializeAsync() => EvaluasiHttp.SiapkanTahun2024Async(App);

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => App.Dispose();
    }

    private readonly RenstraApp _app;
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public FormulirE81Tests(Siap siap, Xunit.Abstractions.ITestOutputHelper output)
    {
        _app = siap.App;
        _output = output;
    }

    private async Task<JsonElement> FormulirAsync(int sampaiTriwulan = 4) =>
        await (await _app.ClientForAsync(RenstraApp.Pimpinan)).GetFromJsonAsync<JsonElement>($"/api/evaluasi/renja/2024?sampaiTriwulan={sampaiTriwulan}");

    [Fact]
    public async Task Rp_columns_of_the_sub_kegiatan_kegiatan_and_program_rows()
    {
        var f = await FormulirAsync();
        var s01 = EvaluasiHttp.Baris(f, "P02.K01.S01").GetProperty("rp");
        Assert.Equal(130_000_000m, s01.GetProperty("targetRenja").Angka());
        Assert.Equal([20_000_000m, 30_000_000m, 40_000_000m, 35_000_000m], s01.GetProperty("triwulan").EnumerateArray().Select(t => t.Angka()!.Value));
        Assert.Equal(125_000_000m, s01.GetProperty("realisasiRenja").Angka());
        Assert.Null(s01.GetProperty("realisasiRenstraSdTahunLalu").Angka());
        Assert.Equal(125_000_000m, s01.GetProperty("realisasiRenstraSdTahunIni").Angka());
        // Column 5: the sub kegiatan's pagu 2022–2026 as the Renstra prints it.
        var pagu = s01.GetProperty("targetRenstraAkhir").Angka()!.Value;
        Assert.Equal(Math.Round(125_000_000m / pagu * 100, 2), s01.GetProperty("tingkatCapaian").Angka());

        var s02 = EvaluasiHttp.Baris(f, "P02.K01.S02").GetProperty("rp");
        Assert.Equal(60_000_000m, s02.GetProperty("targetRenja").Angka()); // the perubahan is in force
        Assert.Equal(55_000_000m, s02.GetProperty("realisasiRenja").Angka());

        foreach (var id in new[] { "P02.K01", "P02" })
        {
            var rp = EvaluasiHttp.Baris(f, id).GetProperty("rp");
            Assert.Equal(190_000_000m, rp.GetProperty("targetRenja").Angka());
            Assert.Equal([30_000_000m, 40_000_000m, 55_000_000m, 55_000_000m], rp.GetProperty("triwulan").EnumerateArray().Select(t => t.Angka()!.Value));
            Assert.Equal(180_000_000m, rp.GetProperty("realisasiRenja").Angka());
        }
        Assert.Equal("Bidang Ketenagakerjaan", EvaluasiHttp.Baris(f, "P02").GetProperty("unitPenanggungJawab").GetString());
    }

    [Fact]
    public async Task K_columns_follow_the_stored_results_and_the_accumulation_rule()
    {
        var f = await FormulirAsync();
        var keg = EvaluasiHttp.Indikator(f, "P02.K01", "KEG-01").GetProperty("k");
        Assert.Equal(20m, keg.GetProperty("targetRenstraAkhir").Angka());
        Assert.Equal(20m, keg.GetProperty("targetRenja").Angka());
        Assert.Equal([2.5m, 7.5m, 12.5m, 20m], keg.GetProperty("triwulan").EnumerateArray().Select(t => t.Angka()!.Value));
        // The year: perusahaan menyusun RTK by year end (40, typed year to date) ÷ jumlah perusahaan (200) — Kinerja's stored year result.
        Assert.Equal(20m, keg.GetProperty("realisasiRenja").Angka());
        Assert.Equal(20m, keg.GetProperty("realisasiRenstraSdTahunIni").Angka());
        Assert.Equal(100m, keg.GetProperty("tingkatCapaian").Angka());
        Assert.Equal("Terakhir", EvaluasiHttp.Indikator(f, "P02.K01", "KEG-01").GetProperty("akumulasi").GetString());

        var prg = EvaluasiHttp.Indikator(f, "P02", "PRG-01");
        Assert.Equal(1.5m, prg.GetProperty("k").GetProperty("realisasiRenja").Angka()); // 3 of 200 kegiatan
        Assert.Equal(105.63m, prg.GetProperty("capaianRenja").Angka());
        Assert.Equal("Sangat Tinggi", prg.GetProperty("kategori").GetString());

        // Up to T2 only the first two quarters count, by the indicator's rule (the last value).
        var t2 = EvaluasiHttp.Indikator(await FormulirAsync(2), "P02.K01", "KEG-01").GetProperty("k");
        Assert.Equal(7.5m, t2.GetProperty("realisasiRenja").Angka());
        Assert.Null(t2.GetProperty("triwulan")[2].Angka());
    }

    [Fact]
    public async Task Averages_and_predikat_under_the_table()
    {
        var r = (await FormulirAsync()).GetProperty("ringkasan");
        Assert.Equal(94.74m, r.GetProperty("capaianAnggaran").Angka()); // 180 of 190 juta
        Assert.Equal("Sangat Tinggi", r.GetProperty("predikatAnggaran").GetString());
        Assert.Equal(102.82m, r.GetProperty("capaianKinerja").Angka()); // (105,63 + 100) ÷ 2
        Assert.Equal("Sangat Tinggi", r.GetProperty("predikatKinerja").GetString());
        Assert.Equal(180_000_000m, r.GetProperty("jumlahRp").GetProperty("realisasiRenja").Angka());
        Assert.Equal(190_000_000m, r.GetProperty("jumlahRp").GetProperty("targetRenja").Angka());
    }

    [Fact]
    public async Task The_accumulation_rule_is_editable_per_indicator()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var ubah = await admin.PutAsJsonAsync("/api/evaluasi/akumulasi/KEG-05", new { cara = "RataRata" });
        Assert.Equal(HttpStatusCode.OK, ubah.StatusCode);
        var daftar = await admin.GetFromJsonAsync<JsonElement>("/api/evaluasi/akumulasi");
        var keg05 = daftar.EnumerateArray().Single(a => a.GetProperty("kode").GetString() == "KEG-05");
        Assert.Equal("RataRata", keg05.GetProperty("cara").GetString());
        Assert.False(keg05.GetProperty("bawaan").GetBoolean());
        Assert.Equal(1, keg05.GetProperty("versi").GetInt32());

        var salah = await admin.PutAsJsonAsync("/api/evaluasi/akumulasi/KEG-05", new { cara = "Median" });
        Assert.Equal(HttpStatusCode.BadRequest, salah.StatusCode);
        Assert.Contains("Jumlah, Terakhir, RataRata", await salah.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var operatorNaker = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorNaker.PutAsJsonAsync("/api/evaluasi/akumulasi/KEG-05", new { cara = "Jumlah" })).StatusCode);
    }

    [Theory]
    [InlineData("/api/evaluasi/renja/2024?sampaiTriwulan=4&format=pdf", "format", "json atau xlsx")]
    [InlineData("/api/evaluasi/lkjip/2024?format=pdf", "format", "json atau xlsx")]
    [InlineData("/api/evaluasi/renja/2024?sampaiTriwulan=5", "sampaiTriwulan", "1, 2, 3 atau 4")]
    [InlineData("/api/evaluasi/renja/2030", "tahun", "2021–2026")]
    [InlineData("/api/evaluasi/lkjip/2019?format=xlsx", "tahun", "2021–2026")]
    public async Task A_read_with_a_wrong_format_year_or_quarter_is_an_Indonesian_field_error(string url, string field, string pesan)
    {
        var pimpinan = await _app.ClientForAsync(RenstraApp.Pimpinan);
        await GalatIsian.AssertAsync(await pimpinan.GetAsync(url), field, pesan);
    }

    [Fact]
    public async Task The_texts_are_versioned_written_by_pimpinan_and_shown_in_the_form()
    {
        var pimpinan = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var v1 = await pimpinan.PutAsJsonAsync("/api/evaluasi/renja/2024/catatan", new { faktorPendorong = "Dukungan perusahaan dalam penyusunan RTK." });
        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
        var v2 = await pimpinan.PutAsJsonAsync("/api/evaluasi/renja/2024/catatan", new { tindakLanjutRenja = "Menambah sosialisasi RTK." });
        var catatan = await v2.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, catatan.GetProperty("versi").GetInt32());
        Assert.Equal("Dukungan perusahaan dalam penyusunan RTK.", catatan.GetProperty("faktorPendorong").GetString());
        Assert.Equal("Menambah sosialisasi RTK.", catatan.GetProperty("tindakLanjutRenja").GetString());

        var f = await FormulirAsync();
        Assert.Equal("Menambah sosialisasi RTK.", f.GetProperty("catatan").GetProperty("tindakLanjutRenja").GetString());

        var operatorNaker = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorNaker.PutAsJsonAsync("/api/evaluasi/renja/2024/catatan", new { faktorPendorong = "x" })).StatusCode);
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/audit?entitas=CatatanEvaluasi");
        Assert.True(audit.GetArrayLength() >= 2);
    }

    [Fact]
    public async Task The_xlsx_parses_back_with_the_same_numbers()
    {
        var client = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var response = await client.GetAsync("/api/evaluasi/renja/2024?sampaiTriwulan=4&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        await using var berkas = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var baris = berkas.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();

        // Heading rows: the numbered columns 1–16 and the K/Rp pairs.
        var nomor = baris.Single(b => Equals(b["A"], "1") && Equals(b["B"], "2"));
        Assert.Equal("5", nomor["E"]);
        Assert.Equal("14", nomor["W"]);
        Assert.Equal("16", nomor["Z"]);
        var kRp = baris.Single(b => Equals(b["E"], "K"));
        Assert.Equal("Rp", kRp["F"]);

        var p02 = baris.Single(b => Equals(b["C"], "Program Perencanaan Tenaga Kerja"));
        Assert.Equal(190_000_000m, Convert.ToDecimal(p02["J"], System.Globalization.CultureInfo.InvariantCulture));  // 7 Rp
        Assert.Equal(30_000_000m, Convert.ToDecimal(p02["L"], System.Globalization.CultureInfo.InvariantCulture));   // 8 Rp
        Assert.Equal(180_000_000m, Convert.ToDecimal(p02["T"], System.Globalization.CultureInfo.InvariantCulture));  // 12 Rp
        Assert.Equal(1.5m, Convert.ToDecimal(p02["S"], System.Globalization.CultureInfo.InvariantCulture));          // 12 K (PRG-01)
        var jumlah = baris.Single(b => Equals(b["C"], "Jumlah"));
        Assert.Equal(180_000_000m, Convert.ToDecimal(jumlah["T"], System.Globalization.CultureInfo.InvariantCulture));
        var rataRata = baris.Single(b => Equals(b["C"], "Rata-rata capaian anggaran / serapan (%)"));
        Assert.Equal(94.74m, Convert.ToDecimal(rataRata["D"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Predikat: Sangat Tinggi", rataRata["E"]);
    }

    [Fact]
    public async Task Lkjip_efficiency_per_program_follows_the_editable_formula()
    {
        var pimpinan = await _app.ClientForAsync(RenstraApp.Pimpinan);
        var lkjip = await pimpinan.GetFromJsonAsync<JsonElement>("/api/evaluasi/lkjip/2024");
        var p02 = lkjip.GetProperty("efisiensi").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "P02");
        Assert.Equal(190_000_000m, p02.GetProperty("anggaran").Angka());
        Assert.Equal(180_000_000m, p02.GetProperty("realisasi").Angka());
        Assert.Equal(94.74m, p02.GetProperty("serapan").Angka());
        Assert.Equal(105.63m, p02.GetProperty("capaianKinerja").Angka());
        Assert.Equal(111.49m, p02.GetProperty("efisiensi").Angka()); // the default: capaian ÷ serapan × 100
        Assert.True(lkjip.GetProperty("rumusEfisiensi").GetProperty("bawaan").GetBoolean());
        var sasaran = lkjip.GetProperty("pengukuran").EnumerateArray().Single(s => s.GetProperty("sasaran").GetString() == "Meningkatnya tenaga kerja sektor formal");
        Assert.Equal("IKU-01", sasaran.GetProperty("indikator")[0].GetProperty("kode").GetString());
        Assert.Equal(3, sasaran.GetProperty("indikator")[0].GetProperty("tahunSebelumnya").GetArrayLength()); // 2021–2023

        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var tolak = await admin.PutAsJsonAsync("/api/evaluasi/efisiensi", new { rumus = "capaian.GetType().Assembly.Location" });
        Assert.Equal(HttpStatusCode.BadRequest, tolak.StatusCode);
        Assert.Contains("Rumus ditolak", await tolak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var asing = await admin.PutAsJsonAsync("/api/evaluasi/efisiensi", new { rumus = "realisasi / target" });
        Assert.Equal(HttpStatusCode.BadRequest, asing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pimpinan.PutAsJsonAsync("/api/evaluasi/efisiensi", new { rumus = "capaian - serapan" })).StatusCode);

        var selisih = await admin.PutAsJsonAsync("/api/evaluasi/efisiensi", new { rumus = "capaian - serapan", keterangan = "Selisih capaian dan serapan." });
        Assert.Equal(HttpStatusCode.OK, selisih.StatusCode);
        var sesudah = await pimpinan.GetFromJsonAsync<JsonElement>("/api/evaluasi/lkjip/2024");
        Assert.Equal(10.89m, sesudah.GetProperty("efisiensi").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "P02").GetProperty("efisiensi").Angka());
        Assert.Equal(1, sesudah.GetProperty("rumusEfisiensi").GetProperty("versi").GetInt32());

        var xlsx = await pimpinan.GetAsync("/api/evaluasi/lkjip/2024?format=xlsx");
        await using var berkas = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var baris = berkas.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        var program = baris.Single(b => Equals(b["B"], "Program Perencanaan Tenaga Kerja"));
        Assert.Equal(10.89m, Convert.ToDecimal(program["G"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(180_000_000m, Convert.ToDecimal(program["D"], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// How long a reader waits for the form (JSON and XLSX), printed for docs/benchmarks.md, not asserted:
    /// timings belong to measurements. Run with <c>--logger "console;verbosity=detailed"</c>.
    /// </summary>
    [Fact]
    public async Task Reading_the_form_is_measured()
    {
        var client = await _app.ClientForAsync(RenstraApp.Pimpinan);
        foreach (var url in new[] { "/api/evaluasi/renja/2024?sampaiTriwulan=4", "/api/evaluasi/renja/2024?sampaiTriwulan=4&format=xlsx", "/api/evaluasi/lkjip/2024" })
        {
            (await client.GetAsync(url)).EnsureSuccessStatusCode();
            var waktu = new List<double>();
            for (var i = 0; i < 30; i++)
            {
                var jam = System.Diagnostics.Stopwatch.StartNew();
                var r = await client.GetAsync(url);
                await r.Content.ReadAsByteArrayAsync();
                waktu.Add(jam.Elapsed.TotalMilliseconds);
                Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            }
            waktu.Sort();
            _output.WriteLine($"{url}: median {waktu[15]:0.0} ms, p95 {waktu[28]:0.0} ms, max {waktu[29]:0.0} ms");
        }
    }
}
