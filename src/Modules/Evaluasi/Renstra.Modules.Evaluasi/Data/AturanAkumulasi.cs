using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renstra.Shared.Audit;

namespace Renstra.Modules.Evaluasi.Data;

/// <summary>
/// How one indicator accumulates across quarters and years in Formulir E.81 ("s.d. tahun ini"):
/// <c>Jumlah</c>, <c>Terakhir</c> or <c>RataRata</c>. An indicator without a row uses the default
/// (<c>Terakhir</c> for percentages and rates, <c>Jumlah</c> otherwise). Audited; versioned.
/// </summary>
internal sealed class AturanAkumulasi : IAudited
{
    public long Id { get; set; }

    public string Kode { get; set; } = "";

    public string Cara { get; set; } = "";

    public int Versi { get; set; }

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

internal sealed class AturanAkumulasiConfiguration : IEntityTypeConfiguration<AturanAkumulasi>
{
    public void Configure(EntityTypeBuilder<AturanAkumulasi> builder)
    {
        builder.ToTable("AturanAkumulasi");
        builder.Property(a => a.Kode).HasMaxLength(50);
        builder.Property(a => a.Cara).HasMaxLength(20);
        builder.Property(a => a.DiubahOleh).HasMaxLength(256);
        builder.Property(a => a.Versi).IsConcurrencyToken();
        builder.HasIndex(a => a.Kode).IsUnique();
    }
}
