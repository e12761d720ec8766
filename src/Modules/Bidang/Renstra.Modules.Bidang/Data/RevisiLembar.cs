using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.Bidang.Data;

/// <summary>One accepted submission: who, when, the whole sheet after it and what it changed. Never updated.</summary>
internal sealed class RevisiLembar
{
    public long Id { get; set; }

    public long LembarId { get; set; }

    public LembarData? Lembar { get; set; }

    public int Nomor { get; set; }

    public string Oleh { get; set; } = "";

    public DateTime PadaUtc { get; set; }

    /// <summary><c>json</c>, <c>csv</c> or <c>xlsx</c>.</summary>
    public string Sumber { get; set; } = "";

    public Dictionary<string, decimal> Nilai { get; set; } = new(StringComparer.Ordinal);

    public List<PerubahanNilai> Perubahan { get; set; } = [];
}

/// <summary>
/// A value a revision changed: <see cref="Sebelum"/> is null when the variable was new, <see cref="Sesudah"/> when the
/// revision removed it from the sheet (<c>HapusNilaiLembar</c>: a legacy kabupaten value giving way to the register's sum).
/// </summary>
internal sealed record PerubahanNilai(string Variabel, decimal? Sebelum, decimal? Sesudah);

internal sealed class RevisiLembarConfiguration : IEntityTypeConfiguration<RevisiLembar>
{
    public void Configure(EntityTypeBuilder<RevisiLembar> builder)
    {
        builder.ToTable("RevisiLembar");
        builder.Property(r => r.Oleh).HasMaxLength(256);
        builder.Property(r => r.Sumber).HasMaxLength(10);
        builder.Property(r => r.Nilai).HasNilaiJson();
        builder.Property(r => r.Perubahan).HasJson();
        builder.HasIndex(r => new { r.LembarId, r.Nomor }).IsUnique();
        builder.HasOne(r => r.Lembar).WithMany().HasForeignKey(r => r.LembarId).OnDelete(DeleteBehavior.Restrict);
    }
}
