using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Evaluasi;

/// <summary>The scenario of the "done when": DPA 2024 set, realisasi anggaran T1–T4 and the capaian data submitted.</summary>
internal static class EvaluasiHttp
{
    public static async Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, string json, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Realisasi anggaran per quarter of P02.K01.S01 and .S02 (Ketenagakerjaan), in rupiah.</summary>
    public static readonly (decimal S01, decimal S02)[] Realisasi =
    [
        (20_000_000, 10_000_000), (30_000_000, 10_000_000), (40_000_000, 15_000_000), (35_000_000, 20_000_000),
    ];

    /// <summary>
    /// Per quarter: KegiatanTotal, KegiatanMengacuRtk, JumlahPerusahaan, PerusahaanMenyusunRtk. The last is a distinct
    /// count typed year to date (<c>Kumulatif</c>): 5 firms by T1, 15 by T2, 25 by T3, 40 in the year.
    /// </summary>
    public static readonly (int Total, int Mengacu, int Perusahaan, int Rtk)[] DataKinerja =
    [
        (50, 1, 200, 5), (50, 0, 200, 15), (50, 1, 200, 25), (50, 1, 200, 40),
    ];

    /// <summary>Sets the DPA, submits the four quarters' realisasi and data, and waits until Evaluasi and Kinerja have them.</summary>
    public static async Task SiapkanTahun2024Async(RenstraApp app)
    {
        var admin = await app.ClientForAsync(RenstraApp.Admin);
        var dpa = await admin.PutJsonAsync("/api/anggaran/2024/dpa",
            """{"dpa":{"P02.K01.S01":{"murni":130000000},"P02.K01.S02":{"murni":50000000,"perubahan":60000000}}}""");
        Assert.Equal(HttpStatusCode.OK, dpa.StatusCode);

        var naker = await app.ClientForAsync(RenstraApp.OperatorNaker);
        for (var t = 0; t < 4; t++)
        {
            var (s01, s02) = Realisasi[t];
            var r = await naker.PutJsonAsync($"/api/ketenagakerjaan/anggaran/2024-T{t + 1}",
                JsonSerializer.Serialize(new { realisasi = new Dictionary<string, decimal> { ["P02.K01.S01"] = s01, ["P02.K01.S02"] = s02 } }));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var (total, mengacu, perusahaan, rtk) = DataKinerja[t];
            var d = await naker.PutJsonAsync($"/api/ketenagakerjaan/data/2024-T{t + 1}", JsonSerializer.Serialize(new
            {
                nilai = new Dictionary<string, int>
                {
                    ["KegiatanTotal"] = total, ["KegiatanMengacuRtk"] = mengacu, ["JumlahPerusahaan"] = perusahaan, ["PerusahaanMenyusunRtk"] = rtk,
                },
            }));
            Assert.Equal(HttpStatusCode.OK, d.StatusCode);
        }

        var pimpinan = await app.ClientForAsync(RenstraApp.Pimpinan);
        var siap = await Eventually.WaitForAsync(
            async () => await pimpinan.GetFromJsonAsync<JsonElement>("/api/evaluasi/renja/2024?sampaiTriwulan=4"),
            f => Baris(f, "P02").GetProperty("rp").GetProperty("realisasiRenja").ValueKind == JsonValueKind.Number
                 && Baris(f, "P02").GetProperty("rp").GetProperty("realisasiRenja").GetDecimal() == 180_000_000m
                 && Indikator(f, "P02.K01", "KEG-01").GetProperty("k").GetProperty("realisasiRenja").ValueKind == JsonValueKind.Number
                 && Indikator(f, "P02.K01", "KEG-01").GetProperty("k").GetProperty("triwulan")[3].ValueKind == JsonValueKind.Number
                 && Indikator(f, "P02", "PRG-01").GetProperty("k").GetProperty("realisasiRenja").ValueKind == JsonValueKind.Number,
            TimeSpan.FromSeconds(30));
        Assert.Equal(180_000_000m, Baris(siap, "P02").GetProperty("rp").GetProperty("realisasiRenja").GetDecimal());
    }

    public static JsonElement Baris(JsonElement formulir, string id) =>
        formulir.GetProperty("baris").EnumerateArray().Single(b => b.GetProperty("id").GetString() == id);

    public static JsonElement Indikator(JsonElement formulir, string id, string kode) =>
        Baris(formulir, id).GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == kode);

    public static decimal? Angka(this JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDecimal() : null;
}
