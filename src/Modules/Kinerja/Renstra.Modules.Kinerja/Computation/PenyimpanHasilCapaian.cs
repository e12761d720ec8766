using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Renstra.Modules.Kinerja.Data;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// Writes a recompute's results inside the caller's transaction. On SQLite each kind of statement (insert, update
/// by id) is prepared once and bound per row: EF's SaveChanges prepares every statement of its batch anew, which
/// was 60 % of a national recompute (docs/benchmarks.md). Other providers (SQL Server) keep EF's batched
/// SaveChanges, which sends many rows per round trip. Columns, names and value conversion come from the EF model,
/// so both ways store the same thing.
/// </summary>
internal static class PenyimpanHasilCapaian
{
    public static async Task SimpanAsync(KinerjaDbContext db, IReadOnlyList<HasilCapaian> baru, IReadOnlyList<HasilCapaian> berubah, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite()) await SimpanTerpreparasiAsync(db, baru, berubah, cancellationToken);
        else await SimpanDenganEfAsync(db, baru, berubah, cancellationToken);
    }

    /// <summary>EF's own way: the rows tracked (new ones added, loaded ones updated) and saved in one SaveChanges.</summary>
    internal static async Task SimpanDenganEfAsync(KinerjaDbContext db, IReadOnlyList<HasilCapaian> baru, IReadOnlyList<HasilCapaian> berubah, CancellationToken cancellationToken)
    {
        db.HasilCapaian.AddRange(baru);
        db.HasilCapaian.UpdateRange(berubah);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var h in baru.Concat(berubah)) db.Entry(h).State = EntityState.Detached;
    }

    internal static async Task SimpanTerpreparasiAsync(KinerjaDbContext db, IReadOnlyList<HasilCapaian> baru, IReadOnlyList<HasilCapaian> berubah, CancellationToken cancellationToken)
    {
        if (baru.Count == 0 && berubah.Count == 0) return;
        var transaksi = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Hasil capaian disimpan di dalam transaksi pemanggil.");
        var tabel = Tabel.Dari(db);
        if (baru.Count > 0) await JalankanAsync(transaksi, tabel.Sisipkan(), tabel, baru, denganId: false, cancellationToken);
        if (berubah.Count > 0) await JalankanAsync(transaksi, tabel.Perbarui(), tabel, berubah, denganId: true, cancellationToken);
    }

    private static async Task JalankanAsync(DbTransaction transaksi, string sql, Tabel tabel, IReadOnlyList<HasilCapaian> baris, bool denganId, CancellationToken cancellationToken)
    {
        await using var perintah = transaksi.Connection!.CreateCommand();
        perintah.Transaction = transaksi;
        perintah.CommandText = sql;
        var kolom = denganId ? [.. tabel.Berubah, tabel.Id] : tabel.Kolom;
        var parameter = kolom.Select((k, i) => k.Pemetaan.CreateParameter(perintah, "$p" + i, null, k.Properti.IsNullable)).ToArray();
        perintah.Parameters.AddRange(parameter);
        await perintah.PrepareAsync(cancellationToken);
        foreach (var h in baris)
        {
            for (var i = 0; i < kolom.Length; i++) parameter[i].Value = kolom[i].Nilai(h);
            await perintah.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Kolom(IProperty Properti, string Nama, RelationalTypeMapping Pemetaan)
    {
        public object Nilai(HasilCapaian h)
        {
            var nilai = Properti.GetGetter().GetClrValue(h);
            if (nilai is not null && Pemetaan.Converter is { } konversi) nilai = konversi.ConvertToProvider(nilai);
            return nilai ?? DBNull.Value;
        }
    }

    /// <param name="Berubah">The columns an update sets: all but the result's identity (indicator, period, region), which
    /// never changes; setting them would make SQLite rewrite the unique index's entries of every row.</param>
    private sealed record Tabel(string Nama, Kolom[] Kolom, Kolom[] Berubah, Kolom Id, ISqlGenerationHelper Sql)
    {
        public static Tabel Dari(KinerjaDbContext db)
        {
            var entitas = db.Model.FindEntityType(typeof(HasilCapaian))!;
            var tabel = StoreObjectIdentifier.Table(entitas.GetTableName()!, entitas.GetSchema());
            Kolom Dari(IProperty p) => new(p, p.GetColumnName(tabel)!, (RelationalTypeMapping)p.GetTypeMapping());
            var sql = db.GetService<ISqlGenerationHelper>();
            var kolom = entitas.GetProperties().Where(p => !p.IsPrimaryKey()).Select(Dari).ToArray();
            var identitas = entitas.GetIndexes().Where(i => i.IsUnique).SelectMany(i => i.Properties).ToHashSet();
            return new(sql.DelimitIdentifier(tabel.Name, tabel.Schema), kolom, [.. kolom.Where(k => !identitas.Contains(k.Properti))],
                Dari(entitas.FindPrimaryKey()!.Properties.Single()), sql);
        }

        public string Sisipkan() =>
            $"INSERT INTO {Nama} ({string.Join(", ", Kolom.Select(k => Sql.DelimitIdentifier(k.Nama)))}) " +
            $"VALUES ({string.Join(", ", Kolom.Select((_, i) => "$p" + i))})";

        public string Perbarui() =>
            $"UPDATE {Nama} SET {string.Join(", ", Berubah.Select((k, i) => $"{Sql.DelimitIdentifier(k.Nama)} = $p{i}"))} " +
            $"WHERE {Sql.DelimitIdentifier(Id.Nama)} = $p{Berubah.Length}";
    }
}
