using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.KoperasiUmkm;

/// <summary>A typed distinct count without a register is Kumulatif: a quarter is the year to date and may not fall.</summary>
public sealed class KumulatifTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task A_cumulative_quarter_below_an_earlier_one_is_refused_and_the_year_takes_the_last_quarter()
    {
        var op = await _app.ClientForAsync(RenstraApp.OperatorNaker);
        var pertama = await op.PutAsJsonAsync("/api/ketenagakerjaan/data/2025-T1", new { nilai = new Dictionary<string, int> { ["PerusahaanBerselisih"] = 4 } });
        Assert.True(pertama.IsSuccessStatusCode, await pertama.Content.ReadAsStringAsync());
        var turun = await op.PutAsJsonAsync("/api/ketenagakerjaan/data/2025-T2", new { nilai = new Dictionary<string, int> { ["PerusahaanBerselisih"] = 3 } });
        Assert.Equal(HttpStatusCode.BadRequest, turun.StatusCode);
        var problem = await turun.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("kumulatif", problem.GetProperty("errors").GetProperty("PerusahaanBerselisih")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await op.GetAsync("/api/ketenagakerjaan/data/2025-T2")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await op.PutAsJsonAsync("/api/ketenagakerjaan/data/2025-T2", new { nilai = new Dictionary<string, int> { ["PerusahaanBerselisih"] = 6 } })).StatusCode);
        // An earlier quarter may not be raised above a later one either.
        Assert.Equal(HttpStatusCode.BadRequest, (await op.PutAsJsonAsync("/api/ketenagakerjaan/data/2025-T1", new { nilai = new Dictionary<string, int> { ["PerusahaanBerselisih"] = 7 } })).StatusCode);

        var variabel = await op.GetFromJsonAsync<JsonElement>("/api/variabel?modul=Ketenagakerjaan");
        Assert.Equal("Kumulatif", variabel.EnumerateArray().Single(v => v.GetProperty("kode").GetString() == "PerusahaanBerselisih").GetProperty("agregasi").GetString());
    }
}
