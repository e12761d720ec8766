using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.Kinerja.Data;

/// <summary>Kinerja's copy of a bidang module's lock on a period: a locked period's results are frozen.</summary>
internal sealed class KunciPeriode
{
    public long Id { get; set; }

    public string Modul { get; set; } = "";

    public string Periode { get; set; } = "";

    public string Wilayah { get; set; } = "";

    public bool Terkunci { get; set; }

    public DateTime DiubahPadaUtc { get; set; }
}

internal sealed class KunciPeriodeConfiguration : IEntityTypeConfiguration<KunciPeriode>
{
    public void Configure(EntityTypeBuilder<KunciPeriode> builder)
    {
        builder.ToTable("KunciPeriode");
        builder.Property(k => k.Modul).HasMaxLength(50);
        builder.Property(k => k.Periode).HasMaxLength(10);
        builder.Property(k => k.Wilayah).HasMaxLength(20);
        builder.HasIndex(k => new { k.Modul, k.Periode, k.Wilayah }).IsUnique();
    }
}
