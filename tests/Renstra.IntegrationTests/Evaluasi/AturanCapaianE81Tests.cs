using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Evaluasi;

/// <summary>
/// Formulir E.81 takes each indicator's capaian rule from Kinerja (column 14 and the Renja capaian): when an admin chooses
/// another rule for an indicator, the form follows, without Evaluasi keeping a copy of the Positif/Negatif formulas. An app
/// of its own: the rule change would move the numbers <see cref="FormulirE81Tests"/> checks.
/// </summary>
public sealed class AturanCapaianE81Tests : IClassFixture<FormulirE81Tests.Siap>
{
    private readonly RenstraApp _app;

    public AturanCapaianE81Tests(FormulirE81Tests.Siap siap) => _app = siap.App;

    private async Task<JsonElement> Prg01Async() =>
        EvaluasiHttp.Indikator(
            await (await _app.ClientForAsync(RenstraApp.Pimpinan)).GetFromJsonAsync<JsonElement>("/api/evaluasi/renja/2024?sampaiTriwulan=4"),
            "P02", "PRG-01");

    private static decimal Bulat(decimal nilai) => Math.Round(nilai, 2, MidpointRounding.AwayFromZero);

    [Fact]
    public async Task Column_14_and_the_renja_capaian_follow_the_capaian_rule_an_admin_chooses()
    {
        var sebelum = await Prg01Async();
        var k = sebelum.GetProperty("k");
        var r = k.GetProperty("realisasiRenstraSdTahunIni").Angka()!.Value;
        var t = k.GetProperty("targetRenstraAkhir").Angka()!.Value;
        // The shipped rule of a positive indicator: realisasi ÷ target × 100.
        Assert.Equal(Bulat(r / t * 100), k.GetProperty("tingkatCapaian").Angka());
        Assert.Equal(105.63m, sebelum.GetProperty("capaianRenja").Angka());

        // The admin gives PRG-01 the Negatif rule (lower is better); its polarity field stays as it was.
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var indikator = (await admin.GetFromJsonAsync<JsonObject>("/api/indikator/PRG-01"))!;
        Assert.NotEqual("Negatif", indikator["aturanCapaian"]?.GetValue<string>());
        var definisi = new JsonObject();
        foreach (var kunci in new[] { "kode", "nama", "satuan", "polaritas", "modul", "rumus", "syarat", "definisiOperasional", "tingkat" })
            if (indikator[kunci] is { } nilai) definisi[kunci] = nilai.DeepClone();
        definisi["aturanCapaian"] = "Negatif";
        var simpan = await admin.PutAsJsonAsync("/api/indikator/PRG-01", definisi);
        Assert.True(simpan.StatusCode == HttpStatusCode.OK, await simpan.Content.ReadAsStringAsync());

        // Column 14 follows at once (Kinerja evaluates the indicator's rule for it); the Renja capaian follows Kinerja's
        // stored year result once it is recomputed under the new rule.
        var sesudah = await Eventually.WaitForAsync(Prg01Async, i => i.GetProperty("capaianRenja").Angka() != 105.63m, TimeSpan.FromSeconds(30));
        var negatif = Bulat(Math.Max(0, (2 * t - r) / t * 100));
        Assert.NotEqual(k.GetProperty("tingkatCapaian").Angka(), negatif);
        Assert.Equal(negatif, sesudah.GetProperty("k").GetProperty("tingkatCapaian").Angka());
        Assert.Equal(Bulat(200 - 105.6338m), sesudah.GetProperty("capaianRenja").Angka()); // (2t − r) ÷ t with r ÷ t = 1,056338…
        Assert.Equal("Positif", sesudah.GetProperty("polaritas").GetString());
    }
}
