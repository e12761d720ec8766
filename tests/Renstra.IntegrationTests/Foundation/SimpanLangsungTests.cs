using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Audit;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// The statements <see cref="SimpanLangsung"/> makes for SQL Server, read without a server (none runs here): the sheet PUT
/// saves through them on both providers, and on SQLite the HTTP tests run them on every sheet update.
/// </summary>
public sealed class SimpanLangsungTests
{
    [Fact]
    public void A_sheet_update_sets_only_what_changed_and_is_guarded_by_its_key_and_tokens_as_read()
    {
        using var db = KonteksModul.SqlServer("ketenagakerjaan");
        var lembar = Baru(db, "LembarData", ("Id", 7L), ("Periode", "2024"), ("Wilayah", "1906"), ("Revisi", 2), ("Terkunci", false),
            ("Nilai", new Dictionary<string, decimal> { ["AngkatanKerja"] = 70000m }), ("DiubahOleh", "a@b"), ("DiubahPadaUtc", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)));
        var entri = db.Attach(lembar);
        entri.Property("Revisi").CurrentValue = 3;
        entri.Property("Nilai").CurrentValue = new Dictionary<string, decimal> { ["AngkatanKerja"] = 70346.5m };

        var perintah = Siapkan(db, entri);

        Assert.Equal(
            "UPDATE [ketenagakerjaan].[LembarData] SET [Nilai] = @p0, [Revisi] = @p1 WHERE [Id] = @p2 AND [Revisi] = @p3 AND [Terkunci] = @p4",
            perintah.CommandText);
        var p = perintah.Parameters.Cast<SqlParameter>().ToList();
        Assert.Equal("{\"AngkatanKerja\":70346.5}", p[0].Value);
        Assert.Equal(System.Data.SqlDbType.NVarChar, p[0].SqlDbType);
        Assert.Equal(3, p[1].Value);
        Assert.Equal(7L, p[2].Value);
        Assert.Equal(2, p[3].Value); // the revision as read: a writer that read an older one changes 0 rows
        Assert.Equal(false, p[4].Value);
    }

    [Fact]
    public void An_added_row_leaves_its_store_generated_key_to_the_database_and_a_delete_is_by_key()
    {
        using var db = KonteksModul.SqlServer("ketenagakerjaan");
        var audit = db.Add(new AuditEntry
        {
            WaktuUtc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), Oleh = "a@b", Aksi = "Ubah", Entitas = "LembarData",
            Kunci = "2024/1906", Sebelum = "{}", Sesudah = "{}", Modul = "Ketenagakerjaan",
        });
        var sisip = Siapkan(db, audit);
        Assert.StartsWith("INSERT INTO [ketenagakerjaan].[AuditLog] (", sisip.CommandText, StringComparison.Ordinal);
        Assert.DoesNotContain("[Id]", sisip.CommandText, StringComparison.Ordinal);
        Assert.Contains(sisip.Parameters.Cast<SqlParameter>(), p => p.SqlDbType == System.Data.SqlDbType.DateTime2 && p.Value is DateTime);

        var nilai = db.Attach(Baru(db, "NilaiLembar", ("LembarId", 7L), ("Variabel", "AngkatanKerja"), ("Nilai", 1m)));
        nilai.State = EntityState.Deleted;
        var hapus = Siapkan(db, nilai);
        Assert.Equal("DELETE FROM [ketenagakerjaan].[NilaiLembar] WHERE [LembarId] = @p0 AND [Variabel] = @p1", hapus.CommandText);
    }

    private static SqlCommand Siapkan(DbContext db, EntityEntry entri)
    {
        var perintah = new SqlCommand();
        SimpanLangsung.SiapkanPerintah(db, entri, perintah);
        return perintah;
    }

    /// <summary>An entity of the module's own (internal) type, by name, with its properties set.</summary>
    private static object Baru(DbContext db, string nama, params (string Properti, object Nilai)[] isi)
    {
        var jenis = db.Model.GetEntityTypes().Single(t => t.ClrType.Name == nama).ClrType;
        var entitas = Activator.CreateInstance(jenis)!;
        foreach (var (properti, nilai) in isi) jenis.GetProperty(properti)!.SetValue(entitas, nilai);
        return entitas;
    }
}
