using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renstra.Shared.Audit;

namespace Renstra.Modules.Evaluasi.Data;

/// <summary>
/// The DPA (budget) of one sub kegiatan for one year: <see cref="Murni"/> as first adopted, <see cref="Perubahan"/>
/// after the budget revision. Every change is audited (before/after) and bumps <see cref="Versi"/>.
/// </summary>
internal sealed class DpaSubKegiatan : IAudited
{
    public long Id { get; set; }

    public int Tahun { get; set; }

    public string SubKegiatanId { get; set; } = "";

    public decimal Murni { get; set; }

    public decimal? Perubahan { get; set; }

    public int Versi { get; set; }

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }

    /// <summary>The budget in force: the perubahan once set.</summary>
    public decimal Berlaku => Perubahan ?? Murni;
}

internal sealed class DpaSubKegiatanConfiguration : IEntityTypeConfiguration<DpaSubKegiatan>
{
    public void Configure(EntityTypeBuilder<DpaSubKegiatan> builder)
    {
        builder.ToTable("DpaSubKegiatan");
        builder.Property(d => d.SubKegiatanId).HasMaxLength(40);
        builder.Property(d => d.Murni).HasPrecision(20, 0);
        builder.Property(d => d.Perubahan).HasPrecision(20, 0);
        builder.Property(d => d.DiubahOleh).HasMaxLength(256);
        builder.Property(d => d.Versi).IsConcurrencyToken();
        builder.Ignore(d => d.Berlaku);
        builder.HasIndex(d => new { d.Tahun, d.SubKegiatanId }).IsUnique();
    }
}
