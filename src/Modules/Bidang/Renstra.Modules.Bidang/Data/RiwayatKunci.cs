using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.Bidang.Data;

/// <summary>Every lock and unlock of a sheet, append-only.</summary>
internal sealed class RiwayatKunci
{
    public long Id { get; set; }

    public long LembarId { get; set; }

    public LembarData? Lembar { get; set; }

    public bool Terkunci { get; set; }

    public string Oleh { get; set; } = "";

    public DateTime PadaUtc { get; set; }
}

internal sealed class RiwayatKunciConfiguration : IEntityTypeConfiguration<RiwayatKunci>
{
    public void Configure(EntityTypeBuilder<RiwayatKunci> builder)
    {
        builder.ToTable("RiwayatKunci");
        builder.Property(r => r.Oleh).HasMaxLength(256);
        builder.HasIndex(r => r.LembarId);
        builder.HasOne(r => r.Lembar).WithMany().HasForeignKey(r => r.LembarId).OnDelete(DeleteBehavior.Restrict);
    }
}
