using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renstra.Shared.Audit;

namespace Renstra.Modules.Bidang.Data;

/// <summary>
/// The current data sheet of one period and region: every variable value submitted so far, merged.
/// <see cref="Revisi"/> and <see cref="Terkunci"/> are concurrency tokens, so two writers that read
/// the same state cannot both commit, and a write cannot slip past a lock taken meanwhile.
/// </summary>
internal sealed class LembarData : IAudited
{
    public long Id { get; set; }

    public string Periode { get; set; } = "";

    public string Wilayah { get; set; } = "";

    /// <summary>0 while the row exists only to carry a lock; 1, 2, … after each accepted submission.</summary>
    public int Revisi { get; set; }

    public bool Terkunci { get; set; }

    public Dictionary<string, decimal> Nilai { get; set; } = new(StringComparer.Ordinal);

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

internal sealed class LembarDataConfiguration : IEntityTypeConfiguration<LembarData>
{
    public void Configure(EntityTypeBuilder<LembarData> builder)
    {
        builder.ToTable("LembarData");
        builder.Property(l => l.Periode).HasMaxLength(10);
        builder.Property(l => l.Wilayah).HasMaxLength(20);
        builder.Property(l => l.DiubahOleh).HasMaxLength(256);
        builder.Property(l => l.Revisi).IsConcurrencyToken();
        builder.Property(l => l.Terkunci).IsConcurrencyToken();
        builder.Property(l => l.Nilai).HasNilaiJson();
        builder.HasIndex(l => new { l.Periode, l.Wilayah }).IsUnique();
    }
}
