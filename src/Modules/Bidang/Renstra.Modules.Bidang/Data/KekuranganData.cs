using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.Bidang.Data;

/// <summary>
/// The reminder's last result: a period that has ended and still lacks variables. Replaced as a
/// whole by each run of the reminder job.
/// </summary>
internal sealed class KekuranganData
{
    public long Id { get; set; }

    public string Periode { get; set; } = "";

    public string Wilayah { get; set; } = "";

    public List<string> Variabel { get; set; } = [];

    public DateTime DihitungPadaUtc { get; set; }
}

internal sealed class KekuranganDataConfiguration : IEntityTypeConfiguration<KekuranganData>
{
    public void Configure(EntityTypeBuilder<KekuranganData> builder)
    {
        builder.ToTable("KekuranganData");
        builder.Property(k => k.Periode).HasMaxLength(10);
        builder.Property(k => k.Wilayah).HasMaxLength(20);
        builder.Property(k => k.Variabel).HasJson();
        builder.HasIndex(k => new { k.Periode, k.Wilayah }).IsUnique();
    }
}
