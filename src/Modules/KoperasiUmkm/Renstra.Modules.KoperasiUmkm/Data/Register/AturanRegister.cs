using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renstra.Shared.Audit;

namespace Renstra.Modules.KoperasiUmkm.Data.Register;

/// <summary>
/// The live derivation rule of a register-derived variable (JSON, see <c>Domain.AturanTurunan</c>); every
/// edit bumps <see cref="Versi"/> and writes an <see cref="AturanRegisterRiwayat"/>.
/// </summary>
internal sealed class AturanRegister : IAudited
{
    public long Id { get; set; }

    public string Variabel { get; set; } = "";

    public string Isi { get; set; } = "";

    public int Versi { get; set; }

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

/// <summary>One stored version of a derivation rule; never updated.</summary>
internal sealed class AturanRegisterRiwayat
{
    public long Id { get; set; }

    public string Variabel { get; set; } = "";

    public int Versi { get; set; }

    public string Isi { get; set; } = "";

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

/// <summary>Marks the shipped derivation rules as imported (first start only).</summary>
internal sealed class ImporAturanRegisterBawaan
{
    public string Bagian { get; set; } = "";

    public DateTime PadaUtc { get; set; }
}

internal sealed class AturanRegisterConfiguration :
    IEntityTypeConfiguration<AturanRegister>, IEntityTypeConfiguration<AturanRegisterRiwayat>, IEntityTypeConfiguration<ImporAturanRegisterBawaan>
{
    public void Configure(EntityTypeBuilder<AturanRegister> builder)
    {
        builder.ToTable("AturanRegister");
        builder.Property(a => a.Variabel).HasMaxLength(100);
        builder.Property(a => a.Isi).HasMaxLength(4000);
        builder.Property(a => a.DiubahOleh).HasMaxLength(256);
        builder.Property(a => a.Versi).IsConcurrencyToken();
        builder.HasIndex(a => a.Variabel).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AturanRegisterRiwayat> builder)
    {
        builder.ToTable("AturanRegisterRiwayat");
        builder.Property(a => a.Variabel).HasMaxLength(100);
        builder.Property(a => a.Isi).HasMaxLength(4000);
        builder.Property(a => a.DiubahOleh).HasMaxLength(256);
        builder.HasIndex(a => new { a.Variabel, a.Versi }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ImporAturanRegisterBawaan> builder)
    {
        builder.ToTable("ImporAturanRegisterBawaan");
        builder.HasKey(i => i.Bagian);
        builder.Property(i => i.Bagian).HasMaxLength(50);
    }
}
