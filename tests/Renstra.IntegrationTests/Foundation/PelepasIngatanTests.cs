using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Renstra.Host.Hosting;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Hosting;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>Issue 13: an idle app gives memory back, once per idle spell, and nobody notices it did.</summary>
public sealed class PelepasIngatanTests
{
    private sealed class JamManual : TimeProvider
    {
        public long Sekarang { get; set; } = 1_000_000;

        public override long TimestampFrequency => 1000;

        public override long GetTimestamp() => Sekarang;

        public void Maju(TimeSpan lama) => Sekarang += (long)lama.TotalMilliseconds;
    }

    private sealed class TembolokUji : ITembolokSenggang
    {
        public int Dikosongkan { get; private set; }

        public void Kosongkan() => Dikosongkan++;
    }

    /// <summary>The process's resident memory as the releaser sees it: fixed unless a test moves it.</summary>
    private sealed class IngatanUji
    {
        public long Bytes { get; set; } = 250L * 1024 * 1024;
    }

    private static (PelepasIngatanSenggang Pelepas, AktivitasPermintaan Aktivitas, TembolokUji Tembolok, JamManual Jam) Buat(
        IngatanUji? ingatan = null)
    {
        ingatan ??= new IngatanUji();
        var jam = new JamManual();
        var aktivitas = new AktivitasPermintaan(jam);
        var tembolok = new TembolokUji();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Renstra:Memory:IdleTrimSeconds"] = "60",
        }).Build();
        return (new PelepasIngatanSenggang(aktivitas, [tembolok], configuration, jam, NullLogger<PelepasIngatanSenggang>.Instance)
            {
                BacaIngatan = () => ingatan.Bytes,
            },
            aktivitas, tembolok, jam);
    }

    [Fact]
    public void Memory_is_released_once_after_the_idle_time_and_again_only_after_new_use()
    {
        var (pelepas, aktivitas, tembolok, jam) = Buat();

        jam.Maju(TimeSpan.FromSeconds(59));
        Assert.False(pelepas.Periksa());
        jam.Maju(TimeSpan.FromSeconds(2));
        Assert.True(pelepas.Periksa());
        Assert.Equal(1, tembolok.Dikosongkan);

        jam.Maju(TimeSpan.FromMinutes(30));
        Assert.False(pelepas.Periksa());

        aktivitas.Tandai();
        jam.Maju(TimeSpan.FromSeconds(30));
        Assert.False(pelepas.Periksa());
        aktivitas.Tandai();
        jam.Maju(TimeSpan.FromSeconds(59));
        Assert.False(pelepas.Periksa());
        jam.Maju(TimeSpan.FromSeconds(1));
        Assert.True(pelepas.Periksa());
        Assert.Equal(2, tembolok.Dikosongkan);
    }

    [Fact]
    public void An_idle_app_that_grows_again_is_released_again_at_most_once_a_minute()
    {
        var ingatan = new IngatanUji();
        var (pelepas, _, tembolok, jam) = Buat(ingatan);
        jam.Maju(TimeSpan.FromSeconds(61));
        Assert.True(pelepas.Periksa());
        Assert.Equal(1, tembolok.Dikosongkan);

        // The minute jobs allocate a little: not worth another collection.
        ingatan.Bytes += PelepasIngatanSenggang.TumbuhLagiBytes - 1;
        jam.Maju(TimeSpan.FromMinutes(5));
        Assert.False(pelepas.Periksa());

        // Grown by the threshold: released again, then not again within the minute however much it grows.
        ingatan.Bytes += 1;
        Assert.True(pelepas.Periksa());
        Assert.Equal(2, tembolok.Dikosongkan);
        ingatan.Bytes += 3 * PelepasIngatanSenggang.TumbuhLagiBytes;
        jam.Maju(TimeSpan.FromSeconds(59));
        Assert.False(pelepas.Periksa());
        jam.Maju(TimeSpan.FromSeconds(1));
        Assert.True(pelepas.Periksa());
        Assert.Equal(3, tembolok.Dikosongkan);
    }

    [Fact]
    public async Task A_health_probe_is_not_use_but_a_page_or_api_call_is()
    {
        using var app = new RenstraApp();
        using var anonim = app.CreateClient();
        var aktivitas = app.Services.GetRequiredService<AktivitasPermintaan>();

        var sebelum = aktivitas.Terakhir;
        (await anonim.GetAsync("/health/live")).EnsureSuccessStatusCode();
        (await anonim.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        Assert.Equal(sebelum, aktivitas.Terakhir);

        (await anonim.GetAsync("/masuk")).EnsureSuccessStatusCode();
        Assert.NotEqual(sebelum, aktivitas.Terakhir);
    }

    [Fact]
    public async Task After_a_release_a_client_reads_the_same_capaian_and_its_etag_still_answers_304()
    {
        using var app = new RenstraApp();
        var pimpinan = await app.ClientForAsync(RenstraApp.Pimpinan);
        var admin = await app.ClientForAsync(RenstraApp.Admin);
        var tulis = await admin.PutAsync("/api/ketenagakerjaan/data/2024",
            new StringContent("""{"nilai":{"AngkatanKerja":70345,"Pengangguran":2765}}""", System.Text.Encoding.UTF8, "application/json"));
        tulis.EnsureSuccessStatusCode();
        var isi = await Eventually.WaitForAsync(() => pimpinan.GetStringAsync("/api/capaian?tahun=2024"),
            s => s.Contains("\"realisasi\":3.9306") && !s.Contains("SedangDihitung"), TimeSpan.FromSeconds(20));
        Assert.Contains("\"realisasi\":3.9306", isi);

        var pertama = await pimpinan.GetAsync("/api/capaian?tahun=2024");
        Assert.Equal(isi, await pertama.Content.ReadAsStringAsync());
        var etag = pertama.Headers.ETag!;

        app.Services.GetServices<IHostedService>().OfType<PelepasIngatanSenggang>().Single().Lepaskan();

        using var bersyarat = new HttpRequestMessage(HttpMethod.Get, "/api/capaian?tahun=2024");
        bersyarat.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await pimpinan.SendAsync(bersyarat)).StatusCode);
        var kedua = await pimpinan.GetAsync("/api/capaian?tahun=2024");
        Assert.Equal(etag, kedua.Headers.ETag);
        Assert.Equal(isi, await kedua.Content.ReadAsStringAsync());
    }
}
