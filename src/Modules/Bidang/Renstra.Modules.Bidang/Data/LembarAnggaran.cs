using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renstra.Shared.Audit;

namespace Renstra.Modules.Bidang.Data;

/// <summary>
/// The current realisasi anggaran sheet of one quarter: sub kegiatan id → the quarter's own spending in
/// whole rupiah, merged over every submission. <see cref="Revisi"/> and <see cref="Terkunci"/> are
/// concurrency tokens, as on <see cref="LembarData"/>.
/// </summary>
internal sealed class LembarAnggaran : IAudited
{
    public long Id { get; set; }

    /// <summary>The quarter, <c>2024-T2</c>.</summary>
    public string Periode { get; set; } = "";

    public int Tahun { get; set; }

    /// <summary>0 while the row exists only to carry a lock; 1, 2, … after each accepted submission.</summary>
    public int Revisi { get; set; }

    public bool Terkunci { get; set; }

    public Dictionary<string, decimal> Realisasi { get; set; } = new(StringComparer.Ordinal);

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

/// <summary>One accepted realisasi anggaran submission. Never updated.</summary>
internal sealed class RevisiLembarAnggaran
{
    public long Id { get; set; }

    public long LembarAnggaranId { get; set; }

    public LembarAnggaran? Lembar { get; set; }

    public int Nomor { get; set; }

    public string Oleh { get; set; } = "";

    public DateTime PadaUtc { get; set; }

    /// <summary><c>json</c>, <c>csv</c> or <c>xlsx</c>.</summary>
    public string Sumber { get; set; } = "";

    public Dictionary<string, decimal> Realisasi { get; set; } = new(StringComparer.Ordinal);

    public List<PerubahanNilai> Perubahan { get; set; } = [];
}

internal sealed class LembarAnggaranConfiguration : IEntityTypeConfiguration<LembarAnggaran>, IEntityTypeConfiguration<RevisiLembarAnggaran>
{
    public void Configure(EntityTypeBuilder<LembarAnggaran> builder)
    {
        builder.ToTable("LembarAnggaran");
        builder.Property(l => l.Periode).HasMaxLength(10);
        builder.Property(l => l.DiubahOleh).HasMaxLength(256);
        builder.Property(l => l.Revisi).IsConcurrencyToken();
        builder.Property(l => l.Terkunci).IsConcurrencyToken();
        builder.Property(l => l.Realisasi).HasNilaiJson();
        builder.HasIndex(l => l.Periode).IsUnique();
        builder.HasIndex(l => l.Tahun);
    }

    public void Configure(EntityTypeBuilder<RevisiLembarAnggaran> builder)
    {
        builder.ToTable("RevisiLembarAnggaran");
        builder.Property(r => r.Oleh).HasMaxLength(256);
        builder.Property(r => r.Sumber).HasMaxLength(10);
        builder.Property(r => r.Realisasi).HasNilaiJson();
        builder.Property(r => r.Perubahan).HasJson();
        builder.HasIndex(r => new { r.LembarAnggaranId, r.Nomor }).IsUnique();
        builder.HasOne(r => r.Lembar).WithMany().HasForeignKey(r => r.LembarAnggaranId).OnDelete(DeleteBehavior.Restrict);
    }
}
