using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.Evaluasi.Data;

/// <summary>
/// Evaluasi's copy of one sub kegiatan's realisasi anggaran for one quarter, as the owning bidang module
/// last published it (the higher sheet revision wins).
/// </summary>
internal sealed class RealisasiAnggaran
{
    public long Id { get; set; }

    public string Modul { get; set; } = "";

    /// <summary>The quarter, <c>2024-T2</c>.</summary>
    public string Periode { get; set; } = "";

    public int Tahun { get; set; }

    public int Triwulan { get; set; }

    public string SubKegiatanId { get; set; } = "";

    public decimal Rp { get; set; }

    public int Revisi { get; set; }

    public DateTime DiterimaPadaUtc { get; set; }
}

internal sealed class RealisasiAnggaranConfiguration : IEntityTypeConfiguration<RealisasiAnggaran>
{
    public void Configure(EntityTypeBuilder<RealisasiAnggaran> builder)
    {
        builder.ToTable("RealisasiAnggaran");
        builder.Property(r => r.Modul).HasMaxLength(50);
        builder.Property(r => r.Periode).HasMaxLength(10);
        builder.Property(r => r.SubKegiatanId).HasMaxLength(40);
        builder.Property(r => r.Rp).HasPrecision(20, 0);
        builder.HasIndex(r => new { r.Periode, r.SubKegiatanId }).IsUnique();
        builder.HasIndex(r => r.Tahun);
    }
}
