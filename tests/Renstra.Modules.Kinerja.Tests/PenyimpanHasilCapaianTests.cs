using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Computation;
using Renstra.Modules.Kinerja.Data;

namespace Renstra.Modules.Kinerja.Tests;

/// <summary>
/// A recompute's results are written by prepared statements on SQLite and by EF's SaveChanges elsewhere (SQL
/// Server): both must store exactly the same thing, so a reader cannot tell which provider computed the result.
/// </summary>
public sealed class PenyimpanHasilCapaianTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("renstra-penyimpan-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private KinerjaSqliteDbContext Buka(string nama)
    {
        var db = new KinerjaSqliteDbContext(new DbContextOptionsBuilder<KinerjaSqliteDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, nama)}").Options);
        db.Database.Migrate();
        return db;
    }

    private static HasilCapaian Contoh(string kode, string periode, long id = 0) => new()
    {
        Id = id, Kode = kode, Periode = periode, Wilayah = "1906", IndikatorVersi = 3,
        Realisasi = 96.0667426256308m, Target = 4.25m, TargetTeks = null, Capaian = 123.456789m, Kategori = "SangatTinggi",
        Predikat = null, Status = "Lengkap", VariabelKurang = "", Keterangan = "Realisasi lebih baik dari target.",
        Jejak = "{\"kode\":\"" + kode + "\",\"masukan\":{\"AngkatanKerja\":70345}}",
        DihitungPadaUtc = new DateTime(2026, 12, 1, 7, 30, 15, 123, DateTimeKind.Utc),
        ProyeksiRealisasi = -0.00000001m, ProyeksiCapaian = 99_999_999_999.5m, ProyeksiBerisiko = true, ProyeksiMetode = "LajuTahunan",
        ProyeksiSampai = "2026", VersiMasukan = "indikator=v3;target=2024:4.25;aturan=Positif:v1;data=2024:Ketenagakerjaan#2",
    };

    private static HasilCapaian Ubah(HasilCapaian h) => new()
    {
        Id = h.Id, Kode = h.Kode, Periode = h.Periode, Wilayah = h.Wilayah, IndikatorVersi = 4, Realisasi = null, Target = null,
        TargetTeks = "BB", Capaian = null, Kategori = null, Predikat = "B", Status = "DataBelumLengkap", VariabelKurang = "Pengangguran,sebelumnya.AngkatanKerja",
        Keterangan = null, Jejak = "{}", DihitungPadaUtc = new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc), ProyeksiRealisasi = null,
        ProyeksiCapaian = null, ProyeksiBerisiko = null, ProyeksiMetode = null, ProyeksiSampai = null, VersiMasukan = "indikator=v4",
    };

    private static async Task<List<HasilCapaian>> SimpanLaluBacaAsync(
        KinerjaDbContext db, Func<KinerjaDbContext, IReadOnlyList<HasilCapaian>, IReadOnlyList<HasilCapaian>, Task> simpan)
    {
        await using (var t = await db.Database.BeginTransactionAsync())
        {
            await simpan(db, [Contoh("RPJMD-01", "2024"), Contoh("RPJMD-01", "2024-T2"), Contoh("SAS-01", "2024")], []);
            await t.CommitAsync();
        }
        var tersimpan = await db.HasilCapaian.AsNoTracking().OrderBy(h => h.Id).ToListAsync();
        await using (var t = await db.Database.BeginTransactionAsync())
        {
            await simpan(db, [], [Ubah(tersimpan[1])]);
            await t.CommitAsync();
        }
        return await db.HasilCapaian.AsNoTracking().OrderBy(h => h.Id).ToListAsync();
    }

    [Fact]
    public async Task Prepared_statements_store_exactly_what_EF_stores()
    {
        await using var lewatEf = Buka("ef.db");
        await using var terpreparasi = Buka("terpreparasi.db");

        var harapan = await SimpanLaluBacaAsync(lewatEf, (db, baru, berubah) => PenyimpanHasilCapaian.SimpanDenganEfAsync(db, baru, berubah, CancellationToken.None));
        var hasil = await SimpanLaluBacaAsync(terpreparasi, (db, baru, berubah) => PenyimpanHasilCapaian.SimpanTerpreparasiAsync(db, baru, berubah, CancellationToken.None));

        Assert.Equal(3, hasil.Count);
        Assert.Equal("DataBelumLengkap", hasil[1].Status); // the update reached the second row only
        Assert.Equal("Lengkap", hasil[2].Status);
        Assert.Equal(96.0667426256308m, hasil[0].Realisasi);
        foreach (var (e, p) in harapan.Zip(hasil))
            foreach (var properti in typeof(HasilCapaian).GetProperties())
                Assert.True(Equals(properti.GetValue(e), properti.GetValue(p)), $"{properti.Name}: EF {properti.GetValue(e)}, prepared {properti.GetValue(p)}");

        // And the raw text in the file is the same, so SQL written by hand (reports, exports) reads both alike.
        static async Task<List<string>> Mentah(KinerjaDbContext db) =>
            await db.Database.SqlQueryRaw<string>("SELECT CAST(Realisasi AS TEXT) || '|' || CAST(DihitungPadaUtc AS TEXT) || '|' || IFNULL(CAST(ProyeksiBerisiko AS TEXT), 'null') AS Value FROM HasilCapaian ORDER BY Id").ToListAsync();
        Assert.Equal(await Mentah(lewatEf), await Mentah(terpreparasi));
    }
}
