using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Bidang;

/// <summary>Issue 13: every sheet's state and the missing data follow each change at once, for every year of the Renstra.</summary>
public sealed class KelengkapanTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    [Theory]
    [MemberData(nameof(KasusModul.Nama3), MemberType = typeof(KasusModul))]
    public async Task Every_period_of_the_Renstra_has_its_state_right_after_each_change(string modul)
    {
        var kasus = KasusModul.Semua[modul];
        var op = await _app.ClientForAsync(kasus.Operator);
        var admin = await _app.ClientForAsync(RenstraApp.Admin);

        var awal = await op.KelengkapanAsync(kasus.Slug);
        Assert.Equal(modul, awal.GetProperty("modul").GetString());
        var periode = awal.GetProperty("periode").EnumerateArray().Select(p => p.GetProperty("periode").GetString()!).ToList();
        Assert.Equal(30, periode.Count);
        Assert.Equal(["2021-T1", "2021-T2", "2021-T3", "2021-T4", "2021"], periode.Take(5));
        Assert.Equal("2026", periode[^1]);
        var jumlah = awal.GetProperty("jumlahVariabel").GetInt32();
        var kosong = awal.Periode("2023-T3");
        Assert.Equal("Kosong", kosong.GetProperty("status").GetString());
        Assert.Equal(jumlah, kosong.GetProperty("kurang").GetArrayLength());
        // Names for people next to the codes.
        var angkatan = kosong.GetProperty("kurang").EnumerateArray().First(v => v.GetProperty("kode").GetString() == kasus.LembarSah.Keys.First());
        Assert.NotEqual(angkatan.GetProperty("kode").GetString(), angkatan.GetProperty("nama").GetString());

        // One accepted revision: partly filled at once, without the reminder job.
        Assert.Equal(HttpStatusCode.OK, (await op.KirimAsync(kasus.Data("2023-T3"), kasus.LembarSah)).StatusCode);
        var sebagian = (await op.KelengkapanAsync(kasus.Slug)).Periode("2023-T3");
        Assert.Equal("Sebagian", sebagian.GetProperty("status").GetString());
        Assert.Equal(kasus.LembarSah.Count, sebagian.GetProperty("terisi").GetInt32());
        var kurang = sebagian.GetProperty("kurang").EnumerateArray().Select(v => v.GetProperty("kode").GetString()!).ToList();
        Assert.All(kasus.LembarSah.Keys, k => Assert.DoesNotContain(k, kurang));
        Assert.True(sebagian.GetProperty("berakhir").GetBoolean());
        // The year counts a variable only when its own sheet or all four quarters have it.
        Assert.Equal(jumlah, (await op.KelengkapanAsync(kasus.Slug)).Periode("2023").GetProperty("kurang").GetArrayLength());

        // The missing-data list is the same reading: current without running the job.
        var kekurangan = await (await op.GetAsync($"/api/{kasus.Slug}/kekurangan")).JsonAsync();
        var t3 = kekurangan.GetProperty("periode").EnumerateArray().Single(p => p.GetProperty("periode").GetString() == "2023-T3");
        Assert.Equal(kurang, t3.GetProperty("variabel").EnumerateArray().Select(v => v.GetString()!).ToList());
        Assert.Contains(kekurangan.GetProperty("periode").EnumerateArray(), p => p.GetProperty("periode").GetString() == "2021-T1");
        Assert.DoesNotContain(kekurangan.GetProperty("periode").EnumerateArray(), p => p.GetProperty("periode").GetString() == $"{DateTime.UtcNow.Year + 1}-T1");

        // A lock shows at once.
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/{kasus.Slug}/data/2023-T3/kunci", null)).StatusCode);
        Assert.True((await op.KelengkapanAsync(kasus.Slug)).Periode("2023-T3").GetProperty("terkunci").GetBoolean());
        Assert.False((await op.KelengkapanAsync(kasus.Slug)).Periode("2023-T2").GetProperty("terkunci").GetBoolean());

        // Every role reads it; nobody signed out does.
        using var anonim = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonim.GetAsync($"/api/{kasus.Slug}/kelengkapan")).StatusCode);
        var pimpinan = await _app.ClientForAsync(RenstraApp.Pimpinan);
        Assert.Equal(HttpStatusCode.OK, (await pimpinan.GetAsync($"/api/{kasus.Slug}/kelengkapan")).StatusCode);
    }
}
