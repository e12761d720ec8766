using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renstra.Shared.Audit;

namespace Renstra.Modules.KoperasiUmkm.Data.Register;

/// <summary>
/// A usaha mikro of the register, keyed by its NIB or a local id. No personal identity number (NIK) of
/// the owner is stored. <see cref="Skala"/> per year records <i>naik kelas</i> (mikro → kecil).
/// </summary>
internal sealed class UsahaMikro : IAudited
{
    public long Id { get; set; }

    /// <summary>NIB (Nomor Induk Berusaha) or the Dinas's own id.</summary>
    public string NomorInduk { get; set; } = "";

    public string NamaUsaha { get; set; } = "";

    public string Kecamatan { get; set; } = "";

    public string Sektor { get; set; } = "";

    /// <summary>When the business got its izin usaha; null while it has none.</summary>
    public DateOnly? TanggalIzin { get; set; }

    /// <summary>When its kemitraan (partnership) began; null while it has none.</summary>
    public DateOnly? TanggalKemitraan { get; set; }

    /// <summary>A new entrepreneur (wirausaha baru) fostered by the Dinas, started on this date.</summary>
    public DateOnly? TanggalWirausahaBaru { get; set; }

    /// <summary><c>Aktif</c> or <c>TidakAktif</c>.</summary>
    public string Status { get; set; } = StatusKoperasi.Aktif;

    public DateOnly StatusSejak { get; set; }

    public int Versi { get; set; }

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }

    public List<SkalaUsahaMikro> Skala { get; set; } = [];

    public List<LayananUsahaMikro> Layanan { get; set; } = [];
}

/// <summary>The business's scale in a year: <c>Mikro</c> or <c>Kecil</c>.</summary>
internal sealed class SkalaUsahaMikro : IAudited
{
    public long Id { get; set; }

    public long UsahaMikroId { get; set; }

    public int Tahun { get; set; }

    public string Skala { get; set; } = "";
}

/// <summary>A dated service to a usaha mikro (fasilitasi pemasaran, pelatihan, …).</summary>
internal sealed class LayananUsahaMikro : IAudited
{
    public long Id { get; set; }

    public long UsahaMikroId { get; set; }

    public string Jenis { get; set; } = "";

    public DateOnly Tanggal { get; set; }

    public string Oleh { get; set; } = "";

    public DateTime PadaUtc { get; set; }
}

internal static class SkalaUsaha
{
    /// <summary>A business that has <i>naik kelas</i>.</summary>
    public const string Kecil = "Kecil";

    public static readonly string[] Semua = ["Mikro", Kecil];
}

internal static class JenisLayananUsahaMikro
{
    public static readonly string[] Semua = ["FasilitasiPemasaran", "Pelatihan", "FasilitasiPerizinan"];
}

internal static class StatusUsahaMikro
{
    public static readonly string[] Semua = [StatusKoperasi.Aktif, StatusKoperasi.TidakAktif];
}

internal sealed class UsahaMikroConfiguration :
    IEntityTypeConfiguration<UsahaMikro>, IEntityTypeConfiguration<SkalaUsahaMikro>, IEntityTypeConfiguration<LayananUsahaMikro>
{
    public void Configure(EntityTypeBuilder<UsahaMikro> builder)
    {
        builder.ToTable("UsahaMikro");
        builder.Property(u => u.NomorInduk).HasMaxLength(100);
        builder.Property(u => u.NamaUsaha).HasMaxLength(200);
        builder.Property(u => u.Kecamatan).HasMaxLength(20);
        builder.Property(u => u.Sektor).HasMaxLength(100);
        builder.Property(u => u.Status).HasMaxLength(20);
        builder.Property(u => u.DiubahOleh).HasMaxLength(256);
        builder.Property(u => u.Versi).IsConcurrencyToken();
        builder.HasIndex(u => u.NomorInduk).IsUnique();
        builder.HasIndex(u => new { u.Kecamatan, u.Status });
        builder.HasMany(u => u.Skala).WithOne().HasForeignKey(s => s.UsahaMikroId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Layanan).WithOne().HasForeignKey(l => l.UsahaMikroId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SkalaUsahaMikro> builder)
    {
        builder.ToTable("SkalaUsahaMikro");
        builder.Property(s => s.Skala).HasMaxLength(10);
        builder.HasIndex(s => new { s.UsahaMikroId, s.Tahun }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<LayananUsahaMikro> builder)
    {
        builder.ToTable("LayananUsahaMikro");
        builder.Property(l => l.Jenis).HasMaxLength(30);
        builder.Property(l => l.Oleh).HasMaxLength(256);
    }
}
