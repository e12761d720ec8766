using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renstra.Shared.Audit;

namespace Renstra.Modules.Evaluasi.Data;

/// <summary>The texts under a year's Formulir E.81, current version (audited; every version kept in <see cref="CatatanEvaluasiRiwayat"/>).</summary>
internal sealed class CatatanEvaluasi : IAudited
{
    public long Id { get; set; }

    public int Tahun { get; set; }

    public string FaktorPendorong { get; set; } = "";

    public string FaktorPenghambat { get; set; } = "";

    public string TindakLanjutTriwulan { get; set; } = "";

    public string TindakLanjutRenja { get; set; } = "";

    public int Versi { get; set; }

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

/// <summary>One stored version of a year's texts. Never updated.</summary>
internal sealed class CatatanEvaluasiRiwayat
{
    public long Id { get; set; }

    public int Tahun { get; set; }

    public int Versi { get; set; }

    public string FaktorPendorong { get; set; } = "";

    public string FaktorPenghambat { get; set; } = "";

    public string TindakLanjutTriwulan { get; set; } = "";

    public string TindakLanjutRenja { get; set; } = "";

    public string Oleh { get; set; } = "";

    public DateTime PadaUtc { get; set; }
}

internal sealed class CatatanEvaluasiConfiguration : IEntityTypeConfiguration<CatatanEvaluasi>, IEntityTypeConfiguration<CatatanEvaluasiRiwayat>
{
    public const int PanjangMaksimum = 4000;

    public void Configure(EntityTypeBuilder<CatatanEvaluasi> builder)
    {
        builder.ToTable("CatatanEvaluasi");
        builder.Property(c => c.FaktorPendorong).HasMaxLength(PanjangMaksimum);
        builder.Property(c => c.FaktorPenghambat).HasMaxLength(PanjangMaksimum);
        builder.Property(c => c.TindakLanjutTriwulan).HasMaxLength(PanjangMaksimum);
        builder.Property(c => c.TindakLanjutRenja).HasMaxLength(PanjangMaksimum);
        builder.Property(c => c.DiubahOleh).HasMaxLength(256);
        builder.Property(c => c.Versi).IsConcurrencyToken();
        builder.HasIndex(c => c.Tahun).IsUnique();
    }

    public void Configure(EntityTypeBuilder<CatatanEvaluasiRiwayat> builder)
    {
        builder.ToTable("CatatanEvaluasiRiwayat");
        builder.Property(c => c.FaktorPendorong).HasMaxLength(PanjangMaksimum);
        builder.Property(c => c.FaktorPenghambat).HasMaxLength(PanjangMaksimum);
        builder.Property(c => c.TindakLanjutTriwulan).HasMaxLength(PanjangMaksimum);
        builder.Property(c => c.TindakLanjutRenja).HasMaxLength(PanjangMaksimum);
        builder.Property(c => c.Oleh).HasMaxLength(256);
        builder.HasIndex(c => new { c.Tahun, c.Versi }).IsUnique();
    }
}
