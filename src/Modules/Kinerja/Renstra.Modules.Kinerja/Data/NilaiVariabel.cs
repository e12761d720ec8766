using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.Kinerja.Data;

/// <summary>
/// Kinerja's own copy of a submitted variable value, fed only by the bidang modules' integration
/// events; Kinerja never reads their tables.
/// </summary>
internal sealed class NilaiVariabel
{
    public long Id { get; set; }

    public string Modul { get; set; } = "";

    public string Periode { get; set; } = "";

    public string Wilayah { get; set; } = "";

    public string Kode { get; set; } = "";

    public decimal Nilai { get; set; }

    /// <summary>The sheet revision this value came from; an older revision never overwrites a newer one.</summary>
    public int Revisi { get; set; }

    public DateTime DiterimaPadaUtc { get; set; }
}

internal sealed class NilaiVariabelConfiguration : IEntityTypeConfiguration<NilaiVariabel>
{
    public void Configure(EntityTypeBuilder<NilaiVariabel> builder)
    {
        builder.ToTable("NilaiVariabel");
        builder.Property(n => n.Modul).HasMaxLength(50);
        builder.Property(n => n.Periode).HasMaxLength(10);
        builder.Property(n => n.Wilayah).HasMaxLength(20);
        builder.Property(n => n.Kode).HasMaxLength(100);
        builder.Property(n => n.Nilai).HasPrecision(28, 8);
        builder.HasIndex(n => new { n.Modul, n.Periode, n.Wilayah, n.Kode }).IsUnique();
        builder.HasIndex(n => new { n.Periode, n.Wilayah });
        builder.HasIndex(n => new { n.Wilayah, n.Periode });
    }
}
