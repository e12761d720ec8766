using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Hosting;
using static Renstra.IntegrationTests.Kinerja.LembarTpt;

namespace Renstra.IntegrationTests.Kinerja;

/// <summary>
/// Issue 9, session 12: the delivery and the recompute run on threads of a lowered priority, so the PUTs come first on
/// busy cores — and the follow-up work must still finish while writers keep every core busy, not only once they stop.
/// </summary>
public sealed class TerlihatSelamaPenulisTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Fact]
    public async Task A_kecamatan_sheet_becomes_visible_while_a_stream_of_writers_keeps_putting_the_kabupatens_sheets()
    {
        Assert.Equal(OperatingSystem.IsLinux(), _app.Services.GetRequiredService<PenjadwalLatar>().Aktif);
        using var admin = await _app.ClientForAsync(RenstraApp.Admin);
        const string kecamatan = "190601"; // no writer touches it: its recompute must not wait for the kabupaten's

        // More writers than cores, each PUTting the kabupaten's sheets of its own years one after another (as the load
        // script's writers do), until the probe's sheet is visible.
        using var berhenti = new CancellationTokenSource();
        var diterima = 0;
        var penulis = Enumerable.Range(0, 2 * Environment.ProcessorCount + 2).Select(n => Task.Run(async () =>
        {
            using var client = await _app.ClientForAsync(RenstraApp.Admin);
            for (var i = 0; !berhenti.IsCancellationRequested; i++)
            {
                var periode = $"{2030 + n * 5 + i % 5}-T{i % 4 + 1}";
                using var jawab = await client.PutAsJsonAsync($"/api/ketenagakerjaan/data/{periode}", Lembar(70000 + i, 2000 + i % 700), CancellationToken.None);
                Assert.Equal(HttpStatusCode.OK, jawab.StatusCode);
                Interlocked.Increment(ref diterima);
            }
        })).ToList();
        try
        {
            await Eventually.WaitForAsync(() => Task.FromResult(Volatile.Read(ref diterima)), n => n >= 20, TimeSpan.FromSeconds(30));
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/ketenagakerjaan/data/2024?wilayah={kecamatan}", Lembar(100000, 4321))).StatusCode);
            var hasil = await Eventually.WaitForAsync(
                async () => (await admin.GetFromJsonAsync<JsonElement>($"/api/capaian?tahun=2024&wilayah={kecamatan}")).EnumerateArray()
                    .Where(c => c.GetProperty("kode").GetString() == Kode && c.GetProperty("periode").GetString() == "2024").ToList(),
                c => c.Any(r => r.GetProperty("status").GetString() != "SedangDihitung"
                    && r.GetProperty("realisasi").ValueKind == JsonValueKind.Number && r.GetProperty("realisasi").GetDecimal() == Tpt(100000, 4321)),
                TimeSpan.FromSeconds(30));
            Assert.Equal(Tpt(100000, 4321), hasil.Single().GetProperty("realisasi").GetDecimal());
            var saatTerlihat = Volatile.Read(ref diterima);
            // The writers were still writing when it became visible: it did not wait for them to stop.
            await Eventually.WaitForAsync(() => Task.FromResult(Volatile.Read(ref diterima)), n => n > saatTerlihat, TimeSpan.FromSeconds(30));
            Assert.All(penulis, p => Assert.False(p.IsFaulted));
        }
        finally
        {
            await berhenti.CancelAsync();
            await Task.WhenAll(penulis);
        }
    }
}
