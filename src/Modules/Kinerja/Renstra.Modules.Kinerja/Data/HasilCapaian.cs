using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.Kinerja.Data;

/// <summary>
/// The stored result of one indicator for one period and region, with the rule version it was computed
/// under and the full computation trace. A locked period's row is never recomputed.
/// </summary>
internal sealed class HasilCapaian
{
    public long Id { get; set; }

    public string Kode { get; set; } = "";

    public string Periode { get; set; } = "";

    public string Wilayah { get; set; } = "";

    public int IndikatorVersi { get; set; }

    public decimal? Realisasi { get; set; }

    public decimal? Target { get; set; }

    public string? TargetTeks { get; set; }

    public decimal? Capaian { get; set; }

    public string? Kategori { get; set; }

    public string? Predikat { get; set; }

    public string Status { get; set; } = "";

    /// <summary>Missing variables, comma-separated (<c>sebelumnya.X</c> for the previous period).</summary>
    public string VariabelKurang { get; set; } = "";

    public string? Keterangan { get; set; }

    /// <summary>The computation trace as JSON.</summary>
    public string Jejak { get; set; } = "{}";

    public DateTime DihitungPadaUtc { get; set; }

    /// <summary>
    /// The versions of the inputs this result was computed from: indicator version, target (period and
    /// value), capaian rule versions and each used sheet's period and revision (see <c>VersiMasukan</c> in Computation).
    /// </summary>
    public string VersiMasukan { get; set; } = "";
}

internal sealed class HasilCapaianConfiguration : IEntityTypeConfiguration<HasilCapaian>
{
    public void Configure(EntityTypeBuilder<HasilCapaian> builder)
    {
        builder.ToTable("HasilCapaian");
        builder.Property(h => h.Kode).HasMaxLength(50);
        builder.Property(h => h.Periode).HasMaxLength(10);
        builder.Property(h => h.Wilayah).HasMaxLength(20);
        builder.Property(h => h.Realisasi).HasPrecision(28, 8);
        builder.Property(h => h.Target).HasPrecision(28, 8);
        builder.Property(h => h.Capaian).HasPrecision(28, 8);
        builder.Property(h => h.TargetTeks).HasMaxLength(10);
        builder.Property(h => h.Kategori).HasMaxLength(50);
        builder.Property(h => h.Predikat).HasMaxLength(10);
        builder.Property(h => h.Status).HasMaxLength(30);
        builder.Property(h => h.VariabelKurang).HasMaxLength(2000);
        builder.Property(h => h.Keterangan).HasMaxLength(1000);
        builder.Property(h => h.VersiMasukan).HasMaxLength(2000);
        builder.HasIndex(h => new { h.Kode, h.Periode, h.Wilayah }).IsUnique();
        builder.HasIndex(h => new { h.Wilayah, h.Periode });
    }
}
