using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Hosting;

namespace Renstra.IntegrationTests.Kinerja;

public sealed class AturanDataBidangTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    private async Task<T> DenganAsync<T>(Func<IAturanDataBidang, Task<T>> kerja)
    {
        using var _ = _app.CreateClient(); // starts the host: migrations and first-start import
        using var scope = _app.Services.CreateScope();
        return await kerja(scope.ServiceProvider.GetRequiredService<IAturanDataBidang>());
    }

    [Fact]
    public async Task Shipped_variables_are_imported_per_module()
    {
        var naker = await DenganAsync(a => a.DaftarVariabelAsync("Ketenagakerjaan", CancellationToken.None));
        var kukm = await DenganAsync(a => a.DaftarVariabelAsync("KoperasiUmkm", CancellationToken.None));
        var sekretariat = await DenganAsync(a => a.DaftarVariabelAsync("Sekretariat", CancellationToken.None));
        Assert.Contains(naker, v => v.Kode == "AngkatanKerja" && v.BilanganBulat && v.Agregasi == "Terakhir");
        Assert.Contains(kukm, v => v.Kode == "IndeksDayaSaingDaerah" && v.Min == 1 && v.Max == 5);
        Assert.Contains(sekretariat, v => v.Kode == "NilaiAkip");
        Assert.DoesNotContain(naker, v => v.Modul != "Ketenagakerjaan");
    }

    [Fact]
    public async Task Consistency_rule_runs_only_when_all_its_variables_are_present()
    {
        var rusak = await DenganAsync(a => a.PeriksaKonsistensiAsync("Ketenagakerjaan",
            new Dictionary<string, decimal> { ["AngkatanKerja"] = 70345, ["PendudukBekerja"] = 67580, ["Pengangguran"] = 2000 },
            CancellationToken.None));
        var pelanggaran = Assert.Single(rusak);
        Assert.Equal("BekerjaPlusPengangguranSamaAngkatanKerja", pelanggaran.Aturan);
        Assert.Contains("angkatan kerja", pelanggaran.Pesan, StringComparison.Ordinal);
        Assert.Contains("Pengangguran", pelanggaran.Variabel);

        var sebagian = await DenganAsync(a => a.PeriksaKonsistensiAsync("Ketenagakerjaan",
            new Dictionary<string, decimal> { ["AngkatanKerja"] = 70345, ["PendudukBekerja"] = 67580 }, CancellationToken.None));
        Assert.Empty(sebagian);

        var benar = await DenganAsync(a => a.PeriksaKonsistensiAsync("Ketenagakerjaan",
            new Dictionary<string, decimal> { ["AngkatanKerja"] = 70345, ["PendudukBekerja"] = 67580, ["Pengangguran"] = 2765, ["PendudukUsiaKerja"] = 98620 },
            CancellationToken.None));
        Assert.Empty(benar);
    }

    [Fact]
    public async Task Import_runs_once_even_when_started_again()
    {
        var sebelum = await DenganAsync(a => a.DaftarVariabelAsync("KoperasiUmkm", CancellationToken.None));
        using (var scope = _app.Services.CreateScope())
        {
            foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>()) await task.RunAsync(CancellationToken.None);
        }
        var sesudah = await DenganAsync(a => a.DaftarVariabelAsync("KoperasiUmkm", CancellationToken.None));
        Assert.Equal(sebelum.Count, sesudah.Count);
    }
}
