using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.KoperasiUmkm.Data.Register;

/// <summary>
/// A durable "derive needed": committed in the same transaction as the register or rule change that makes
/// it necessary, and deleted by the derivation job only after the derived sheets are written. A failed
/// run keeps the row with its attempt count, the reason and when it is tried again.
/// </summary>
internal sealed class PermintaanTurunan
{
    public long Id { get; set; }

    /// <summary><see cref="NamaRegister.Koperasi"/> or <see cref="NamaRegister.UsahaMikro"/>; null: every register.</summary>
    public string? Register { get; set; }

    public DateTime DibuatPadaUtc { get; set; }

    public int Percobaan { get; set; }

    /// <summary>Not tried again before this time (after a failure).</summary>
    public DateTime CobaLagiPadaUtc { get; set; }

    /// <summary>Why the last attempt failed, clipped; for the dashboard and the log, never shown to readers.</summary>
    public string? GalatTerakhir { get; set; }
}

internal sealed class PermintaanTurunanConfiguration : IEntityTypeConfiguration<PermintaanTurunan>
{
    public void Configure(EntityTypeBuilder<PermintaanTurunan> builder)
    {
        builder.ToTable("PermintaanTurunan");
        builder.Property(p => p.Register).HasMaxLength(20);
        builder.Property(p => p.GalatTerakhir).HasMaxLength(2000);
        builder.HasIndex(p => p.CobaLagiPadaUtc);
    }
}
