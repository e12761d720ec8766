using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renstra.Shared.Audit;

namespace Renstra.Modules.Kinerja.Data;

/// <summary>The live declaration of a variable (the current version); every edit also writes a <see cref="VariabelRiwayat"/>.</summary>
internal sealed class Variabel : IAudited
{
    public long Id { get; set; }

    public string Kode { get; set; } = "";

    public string Modul { get; set; } = "";

    public string Nama { get; set; } = "";

    public string Satuan { get; set; } = "";

    public bool BilanganBulat { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    /// <summary><c>Jumlah</c>, <c>Terakhir</c> or <c>Kumulatif</c> (see <see cref="Domain.Agregasi"/>).</summary>
    public string Agregasi { get; set; } = "";

    public string? Keterangan { get; set; }

    public int Versi { get; set; }

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

/// <summary>One stored version of a variable declaration (JSON snapshot), newest has the highest <see cref="Versi"/>.</summary>
internal sealed class VariabelRiwayat
{
    public long Id { get; set; }

    public string Kode { get; set; } = "";

    public int Versi { get; set; }

    public string Isi { get; set; } = "";

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

/// <summary>A consistency rule a bidang module applies on submission; runs only when every variable it names is present.</summary>
internal sealed class AturanValidasi : IAudited
{
    public long Id { get; set; }

    public string Modul { get; set; } = "";

    public string Nama { get; set; } = "";

    public string Ekspresi { get; set; } = "";

    public string Pesan { get; set; } = "";

    public int Urutan { get; set; }

    /// <summary>False: the rule is kept (with its history) but judges no sheet.</summary>
    public bool Aktif { get; set; } = true;

    public int Versi { get; set; }

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

/// <summary>Marks a part of the shipped rules as imported (first start only; the key makes concurrent starts safe).</summary>
internal sealed class ImporBawaan
{
    public string Bagian { get; set; } = "";

    public DateTime PadaUtc { get; set; }
}

internal sealed class VariabelConfiguration :
    IEntityTypeConfiguration<Variabel>, IEntityTypeConfiguration<VariabelRiwayat>,
    IEntityTypeConfiguration<AturanValidasi>, IEntityTypeConfiguration<ImporBawaan>
{
    public void Configure(EntityTypeBuilder<Variabel> builder)
    {
        builder.ToTable("Variabel");
        builder.Property(v => v.Kode).HasMaxLength(100);
        builder.Property(v => v.Modul).HasMaxLength(50);
        builder.Property(v => v.Nama).HasMaxLength(300);
        builder.Property(v => v.Satuan).HasMaxLength(50);
        builder.Property(v => v.Agregasi).HasMaxLength(20);
        builder.Property(v => v.Keterangan).HasMaxLength(1000);
        builder.Property(v => v.DiubahOleh).HasMaxLength(256);
        builder.Property(v => v.Min).HasPrecision(28, 8);
        builder.Property(v => v.Max).HasPrecision(28, 8);
        builder.Property(v => v.Versi).IsConcurrencyToken();
        builder.HasIndex(v => v.Kode).IsUnique();
    }

    public void Configure(EntityTypeBuilder<VariabelRiwayat> builder)
    {
        builder.ToTable("VariabelRiwayat");
        builder.Property(v => v.Kode).HasMaxLength(100);
        builder.Property(v => v.DiubahOleh).HasMaxLength(256);
        builder.HasIndex(v => new { v.Kode, v.Versi }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AturanValidasi> builder)
    {
        builder.ToTable("AturanValidasi");
        builder.Property(a => a.Modul).HasMaxLength(50);
        builder.Property(a => a.Nama).HasMaxLength(200);
        builder.Property(a => a.Ekspresi).HasMaxLength(2000);
        builder.Property(a => a.Pesan).HasMaxLength(1000);
        builder.Property(a => a.DiubahOleh).HasMaxLength(256);
        builder.Property(a => a.Versi).IsConcurrencyToken();
        builder.HasIndex(a => new { a.Modul, a.Nama }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ImporBawaan> builder)
    {
        builder.ToTable("ImporBawaan");
        builder.HasKey(i => i.Bagian);
        builder.Property(i => i.Bagian).HasMaxLength(50);
    }
}
