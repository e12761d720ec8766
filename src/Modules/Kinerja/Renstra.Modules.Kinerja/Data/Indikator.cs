using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renstra.Shared.Audit;

namespace Renstra.Modules.Kinerja.Data;

/// <summary>An indicator's head row: catalog order, baseline and the latest version number (concurrency token).</summary>
internal sealed class Indikator : IAudited
{
    public string Kode { get; set; } = "";

    public int Urutan { get; set; }

    public int VersiTerakhir { get; set; }

    public decimal? BaselineNilai { get; set; }

    public string? BaselineTeks { get; set; }
}

/// <summary>One immutable version of an indicator's rule. Every edit adds a row; rows are never updated.</summary>
internal sealed class IndikatorVersi : IAudited
{
    public long Id { get; set; }

    public string Kode { get; set; } = "";

    public int Versi { get; set; }

    public string Nama { get; set; } = "";

    public string Satuan { get; set; } = "";

    public string Polaritas { get; set; } = "";

    public string Modul { get; set; } = "";

    public string? Tingkat { get; set; }

    /// <summary>The capaian rule by name: <c>Positif</c>, <c>Negatif</c> or <c>Predikat</c>.</summary>
    public string AturanCapaian { get; set; } = "";

    public string Rumus { get; set; } = "";

    public string? Syarat { get; set; }

    public string? DefinisiOperasional { get; set; }

    /// <summary>First period the version applies to (<c>2025</c>, <c>2025-T3</c>); null = every period not locked.</summary>
    public string? BerlakuMulai { get; set; }

    /// <summary>The variable names the formula reads, comma-separated.</summary>
    public string Variabel { get; set; } = "";

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

/// <summary>A yearly (or quarterly) target; <see cref="Predikat"/> for SAS-01.</summary>
internal sealed class TargetIndikator : IAudited
{
    public long Id { get; set; }

    public string Kode { get; set; } = "";

    public string Periode { get; set; } = "";

    public decimal? Nilai { get; set; }

    public string? Predikat { get; set; }

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

/// <summary>Edit history of targets (append-only).</summary>
internal sealed class TargetRiwayat
{
    public long Id { get; set; }

    public string Kode { get; set; } = "";

    public string Periode { get; set; } = "";

    public string? Sebelum { get; set; }

    public string? Sesudah { get; set; }

    public string Oleh { get; set; } = "";

    public DateTime PadaUtc { get; set; }
}

/// <summary>The kinds of <see cref="AturanCapaian"/>, in the order they are listed.</summary>
internal static class JenisAturanCapaian
{
    public const string Capaian = "Capaian";
    public const string Kategori = "Kategori";
    public const string Predikat = "Predikat";

    public static readonly string[] Semua = [Capaian, Kategori, Predikat];
}

/// <summary>A capaian, category or predikat rule (rules/capaian). <see cref="Properti"/> is the JSON of the rule's Properties.</summary>
internal sealed class AturanCapaian : IAudited
{
    public long Id { get; set; }

    /// <summary><c>Capaian</c>, <c>Kategori</c> or <c>Predikat</c>.</summary>
    public string Jenis { get; set; } = "";

    public string Nama { get; set; } = "";

    public string Ekspresi { get; set; } = "";

    public int Urutan { get; set; }

    public string Properti { get; set; } = "{}";

    /// <summary>False: the rule is kept (with its history) but not applied.</summary>
    public bool Aktif { get; set; } = true;

    public int Versi { get; set; }

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }
}

internal sealed class IndikatorConfiguration :
    IEntityTypeConfiguration<Indikator>, IEntityTypeConfiguration<IndikatorVersi>, IEntityTypeConfiguration<TargetIndikator>,
    IEntityTypeConfiguration<TargetRiwayat>, IEntityTypeConfiguration<AturanCapaian>
{
    public void Configure(EntityTypeBuilder<Indikator> builder)
    {
        builder.ToTable("Indikator");
        builder.HasKey(i => i.Kode);
        builder.Property(i => i.Kode).HasMaxLength(50);
        builder.Property(i => i.BaselineTeks).HasMaxLength(20);
        builder.Property(i => i.BaselineNilai).HasPrecision(28, 8);
        builder.Property(i => i.VersiTerakhir).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<IndikatorVersi> builder)
    {
        builder.ToTable("IndikatorVersi");
        builder.Property(i => i.Kode).HasMaxLength(50);
        builder.Property(i => i.Nama).HasMaxLength(500);
        builder.Property(i => i.Satuan).HasMaxLength(50);
        builder.Property(i => i.Polaritas).HasMaxLength(20);
        builder.Property(i => i.Modul).HasMaxLength(50);
        builder.Property(i => i.Tingkat).HasMaxLength(50);
        builder.Property(i => i.AturanCapaian).HasMaxLength(50);
        builder.Property(i => i.Rumus).HasMaxLength(2000);
        builder.Property(i => i.Syarat).HasMaxLength(2000);
        builder.Property(i => i.DefinisiOperasional).HasMaxLength(4000);
        builder.Property(i => i.BerlakuMulai).HasMaxLength(10);
        builder.Property(i => i.Variabel).HasMaxLength(2000);
        builder.Property(i => i.DiubahOleh).HasMaxLength(256);
        builder.HasIndex(i => new { i.Kode, i.Versi }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<TargetIndikator> builder)
    {
        builder.ToTable("TargetIndikator");
        builder.Property(t => t.Kode).HasMaxLength(50);
        builder.Property(t => t.Periode).HasMaxLength(10);
        builder.Property(t => t.Predikat).HasMaxLength(10);
        builder.Property(t => t.DiubahOleh).HasMaxLength(256);
        builder.Property(t => t.Nilai).HasPrecision(28, 8);
        builder.HasIndex(t => new { t.Kode, t.Periode }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<TargetRiwayat> builder)
    {
        builder.ToTable("TargetRiwayat");
        builder.Property(t => t.Kode).HasMaxLength(50);
        builder.Property(t => t.Periode).HasMaxLength(10);
        builder.Property(t => t.Sebelum).HasMaxLength(50);
        builder.Property(t => t.Sesudah).HasMaxLength(50);
        builder.Property(t => t.Oleh).HasMaxLength(256);
        builder.HasIndex(t => new { t.Kode, t.Periode });
    }

    public void Configure(EntityTypeBuilder<AturanCapaian> builder)
    {
        builder.ToTable("AturanCapaian");
        builder.Property(a => a.Jenis).HasMaxLength(20);
        builder.Property(a => a.Nama).HasMaxLength(100);
        builder.Property(a => a.Ekspresi).HasMaxLength(2000);
        builder.Property(a => a.Properti).HasMaxLength(2000);
        builder.Property(a => a.DiubahOleh).HasMaxLength(256);
        builder.Property(a => a.Versi).IsConcurrencyToken();
        builder.HasIndex(a => new { a.Jenis, a.Nama }).IsUnique();
    }
}
