using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.Kinerja.Data;

/// <summary>
/// "Results of this region (and period, and indicator) must be recomputed": written in the same
/// transaction as the change that makes them stale (a sheet revision with its inbox row, a rule, target
/// or variable edit, a lock) and deleted in the same transaction as the recomputed results. While a row
/// exists, a read serves the older stored result marked <c>SedangDihitung</c>.
/// </summary>
internal sealed class PermintaanHitungUlang
{
    public long Id { get; set; }

    public string Wilayah { get; set; } = "";

    /// <summary>Null: every period with data or results in the region.</summary>
    public string? Periode { get; set; }

    /// <summary>Null: every indicator (unless <see cref="Variabel"/> limits it).</summary>
    public string? Kode { get; set; }

    /// <summary>
    /// A sheet revision's changed variables, comma-separated: only the indicators reading one of them are recomputed.
    /// Null: not limited by variables (every indicator when <see cref="Kode"/> is null too).
    /// </summary>
    public string? Variabel { get; set; }

    /// <summary>
    /// True when the period's own inputs changed before its lock (its sheet, the lock itself): the result
    /// is recomputed even when the period is locked, so the lock freezes the latest result. Rule, target and
    /// variable edits leave a locked period's stored result as it is.
    /// </summary>
    public bool TermasukTerkunci { get; set; }

    public DateTime DibuatPadaUtc { get; set; }

    public int Percobaan { get; set; }

    /// <summary>Not tried again before this time (after a failure).</summary>
    public DateTime CobaLagiPadaUtc { get; set; }

    /// <summary>Why the last attempt failed (Indonesian or the exception's message), clipped.</summary>
    public string? GalatTerakhir { get; set; }
}

internal sealed class PermintaanHitungUlangConfiguration : IEntityTypeConfiguration<PermintaanHitungUlang>
{
    /// <summary>Longer lists of changed variables are not stored: the request then covers every indicator.</summary>
    public const int PanjangVariabelMaks = 2000;

    public void Configure(EntityTypeBuilder<PermintaanHitungUlang> builder)
    {
        builder.ToTable("PermintaanHitungUlang");
        builder.Property(p => p.Wilayah).HasMaxLength(20);
        builder.Property(p => p.Periode).HasMaxLength(10);
        builder.Property(p => p.Kode).HasMaxLength(50);
        builder.Property(p => p.Variabel).HasMaxLength(PanjangVariabelMaks);
        builder.Property(p => p.GalatTerakhir).HasMaxLength(2000);
        builder.HasIndex(p => new { p.Wilayah, p.Periode });
        builder.HasIndex(p => p.CobaLagiPadaUtc);
    }
}

/// <summary>
/// One row per change of what a capaian read of a region shows (<c>*</c>: every region). The newest id
/// and the number of recent rows form the version stamp the response cache is keyed by; because it lives in
/// the database, every app instance sees another instance's change on its next read.
/// </summary>
internal sealed class PerubahanCapaian
{
    public const string SemuaWilayah = "*";

    public long Id { get; set; }

    public string Wilayah { get; set; } = "";

    public DateTime DibuatPadaUtc { get; set; }
}

internal sealed class PerubahanCapaianConfiguration : IEntityTypeConfiguration<PerubahanCapaian>
{
    public void Configure(EntityTypeBuilder<PerubahanCapaian> builder)
    {
        builder.ToTable("PerubahanCapaian");
        builder.Property(p => p.Wilayah).HasMaxLength(20);
        builder.HasIndex(p => new { p.Wilayah, p.Id });
    }
}
