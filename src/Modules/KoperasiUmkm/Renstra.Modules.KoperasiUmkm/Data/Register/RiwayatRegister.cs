using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.KoperasiUmkm.Data.Register;

/// <summary>
/// One version of a register record (koperasi or usaha mikro): its fields as JSON for the record page,
/// and its status with the date it took effect, so a count can ask what the status was at a period's
/// end. Never updated.
/// </summary>
internal sealed class RiwayatRegister
{
    public long Id { get; set; }

    /// <summary><see cref="NamaRegister.Koperasi"/> or <see cref="NamaRegister.UsahaMikro"/>.</summary>
    public string Register { get; set; } = "";

    public long? KoperasiId { get; set; }

    public Koperasi? Koperasi { get; set; }

    public long? UsahaMikroId { get; set; }

    public UsahaMikro? UsahaMikro { get; set; }

    public int Versi { get; set; }

    public string Status { get; set; } = "";

    public DateOnly StatusSejak { get; set; }

    /// <summary>What happened, for people: <c>Didaftarkan</c>, <c>Diubah</c>, <c>Diimpor</c>, <c>Status diubah</c>.</summary>
    public string Keterangan { get; set; } = "";

    /// <summary>The record's fields after the change (JSON).</summary>
    public string Isi { get; set; } = "";

    public string Oleh { get; set; } = "";

    public DateTime PadaUtc { get; set; }
}

internal static class NamaRegister
{
    public const string Koperasi = "Koperasi";
    public const string UsahaMikro = "UsahaMikro";
}

internal sealed class RiwayatRegisterConfiguration : IEntityTypeConfiguration<RiwayatRegister>
{
    public void Configure(EntityTypeBuilder<RiwayatRegister> builder)
    {
        builder.ToTable("RiwayatRegister");
        builder.Property(r => r.Register).HasMaxLength(20);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.Keterangan).HasMaxLength(50);
        builder.Property(r => r.Oleh).HasMaxLength(256);
        builder.HasIndex(r => new { r.KoperasiId, r.Versi }).IsUnique();
        builder.HasIndex(r => new { r.UsahaMikroId, r.Versi }).IsUnique();
        builder.HasOne(r => r.Koperasi).WithMany().HasForeignKey(r => r.KoperasiId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.UsahaMikro).WithMany().HasForeignKey(r => r.UsahaMikroId).OnDelete(DeleteBehavior.Restrict);
    }
}
