using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renstra.Shared.Audit;

namespace Renstra.Modules.Evaluasi.Data;

/// <summary>
/// The LKjIP efficiency formula over <c>capaian</c> (capaian kinerja %) and <c>serapan</c> (serapan anggaran %),
/// one row; checked by Kinerja's allow-list before it is stored. Audited; every version kept in the audit log.
/// </summary>
internal sealed class AturanEfisiensi : IAudited
{
    /// <summary>The shipped default: capaian ÷ serapan × 100 (above 100: more performance than money spent).</summary>
    public const string RumusBawaan = "capaian / serapan * 100";

    public long Id { get; set; }

    public string Rumus { get; set; } = RumusBawaan;

    public string? Keterangan { get; set; }

    public int Versi { get; set; }

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

internal sealed class AturanEfisiensiConfiguration : IEntityTypeConfiguration<AturanEfisiensi>
{
    public void Configure(EntityTypeBuilder<AturanEfisiensi> builder)
    {
        builder.ToTable("AturanEfisiensi");
        builder.Property(a => a.Rumus).HasMaxLength(500);
        builder.Property(a => a.Keterangan).HasMaxLength(1000);
        builder.Property(a => a.DiubahOleh).HasMaxLength(256);
        builder.Property(a => a.Versi).IsConcurrencyToken();
    }
}
