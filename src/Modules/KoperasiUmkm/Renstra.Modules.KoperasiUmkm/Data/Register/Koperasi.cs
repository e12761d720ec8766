using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renstra.Shared.Audit;

namespace Renstra.Modules.KoperasiUmkm.Data.Register;

/// <summary>
/// A koperasi of the register, keyed by its nomor badan hukum. Every change bumps <see cref="Versi"/> and
/// writes a <see cref="RiwayatRegister"/> (the history the record page shows, and what dated status
/// questions such as "was it active at the end of 2025-T1?" are answered from).
/// </summary>
internal sealed class Koperasi : IAudited
{
    public long Id { get; set; }

    public string NomorBadanHukum { get; set; } = "";

    public string Nama { get; set; } = "";

    /// <summary>One of <see cref="JenisKoperasi.Semua"/>.</summary>
    public string Jenis { get; set; } = "";

    public string Alamat { get; set; } = "";

    /// <summary>Kecamatan code (<c>HierarkiWilayah</c>).</summary>
    public string Kecamatan { get; set; } = "";

    public DateOnly? TanggalBerdiri { get; set; }

    /// <summary>One of <see cref="StatusKoperasi.Semua"/>.</summary>
    public string Status { get; set; } = StatusKoperasi.Aktif;

    /// <summary>Since when <see cref="Status"/> holds.</summary>
    public DateOnly StatusSejak { get; set; }

    public int Versi { get; set; }

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }

    public List<DataTahunanKoperasi> Tahunan { get; set; } = [];

    public List<LayananKoperasi> Layanan { get; set; } = [];

}

/// <summary>A koperasi's figures for one book year: RAT, members, capital, business volume, assets, SHU.</summary>
internal sealed class DataTahunanKoperasi : IAudited
{
    public long Id { get; set; }

    public long KoperasiId { get; set; }

    public int Tahun { get; set; }

    public bool Rat { get; set; }

    public DateOnly? TanggalRat { get; set; }

    public int? JumlahAnggota { get; set; }

    public decimal? ModalSendiri { get; set; }

    public decimal? VolumeUsaha { get; set; }

    public decimal? Aset { get; set; }

    public decimal? Shu { get; set; }

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

/// <summary>A dated service the Dinas gave a koperasi (pemeriksaan, pendampingan, …, penilaian kesehatan with its result).</summary>
internal sealed class LayananKoperasi : IAudited
{
    public long Id { get; set; }

    public long KoperasiId { get; set; }

    /// <summary>One of <see cref="JenisLayananKoperasi.Semua"/>.</summary>
    public string Jenis { get; set; } = "";

    public DateOnly Tanggal { get; set; }

    /// <summary>The result of a penilaian kesehatan (<see cref="HasilPenilaianKesehatan.Semua"/>); null otherwise.</summary>
    public string? Hasil { get; set; }

    public string Oleh { get; set; } = "";

    public DateTime PadaUtc { get; set; }
}

internal static class StatusKoperasi
{
    public const string Aktif = "Aktif";
    public const string TidakAktif = "TidakAktif";
    public const string Dibubarkan = "Dibubarkan";
    public static readonly string[] Semua = [Aktif, TidakAktif, Dibubarkan];
}

internal static class JenisKoperasi
{
    public const string KspUsp = "KSP/USP";
    public static readonly string[] Semua = [KspUsp, "Konsumen", "Produsen", "Jasa", "Pemasaran", "Serba Usaha"];
}

internal static class JenisLayananKoperasi
{
    public const string PenilaianKesehatan = "PenilaianKesehatan";
    public static readonly string[] Semua = ["Pemeriksaan", "Pendampingan", "Diklat", "FasilitasiKemitraan", PenilaianKesehatan];
}

internal static class HasilPenilaianKesehatan
{
    public static readonly string[] Semua = ["Sehat", "Cukup Sehat", "Dalam Pengawasan", "Dalam Pengawasan Khusus"];
}

internal sealed class KoperasiConfiguration :
    IEntityTypeConfiguration<Koperasi>,
    IEntityTypeConfiguration<DataTahunanKoperasi>, IEntityTypeConfiguration<LayananKoperasi>
{
    public void Configure(EntityTypeBuilder<Koperasi> builder)
    {
        builder.ToTable("Koperasi");
        builder.Property(k => k.NomorBadanHukum).HasMaxLength(100);
        builder.Property(k => k.Nama).HasMaxLength(200);
        builder.Property(k => k.Jenis).HasMaxLength(30);
        builder.Property(k => k.Alamat).HasMaxLength(300);
        builder.Property(k => k.Kecamatan).HasMaxLength(20);
        builder.Property(k => k.Status).HasMaxLength(20);
        builder.Property(k => k.DiubahOleh).HasMaxLength(256);
        builder.Property(k => k.Versi).IsConcurrencyToken();
        builder.HasIndex(k => k.NomorBadanHukum).IsUnique();
        builder.HasIndex(k => new { k.Kecamatan, k.Status });
        builder.HasMany(k => k.Tahunan).WithOne().HasForeignKey(t => t.KoperasiId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(k => k.Layanan).WithOne().HasForeignKey(l => l.KoperasiId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<DataTahunanKoperasi> builder)
    {
        builder.ToTable("DataTahunanKoperasi");
        builder.Property(t => t.ModalSendiri).HasPrecision(20, 2);
        builder.Property(t => t.VolumeUsaha).HasPrecision(20, 2);
        builder.Property(t => t.Aset).HasPrecision(20, 2);
        builder.Property(t => t.Shu).HasPrecision(20, 2);
        builder.Property(t => t.DiubahOleh).HasMaxLength(256);
        builder.HasIndex(t => new { t.KoperasiId, t.Tahun }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<LayananKoperasi> builder)
    {
        builder.ToTable("LayananKoperasi");
        builder.Property(l => l.Jenis).HasMaxLength(30);
        builder.Property(l => l.Hasil).HasMaxLength(30);
        builder.Property(l => l.Oleh).HasMaxLength(256);
        builder.HasIndex(l => new { l.Jenis, l.Tanggal });
    }
}
