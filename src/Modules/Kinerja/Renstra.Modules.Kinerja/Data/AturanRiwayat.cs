using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.Kinerja.Data;

/// <summary>
/// One stored version of a consistency rule (<see cref="AturanValidasi"/>) or a capaian, category or
/// predikat rule (<see cref="AturanCapaian"/>): a JSON snapshot, append-only, written with every edit
/// (the way <see cref="VariabelRiwayat"/> keeps variable history).
/// </summary>
internal sealed class AturanRiwayat
{
    public const string JenisValidasi = "Validasi";

    public long Id { get; set; }

    /// <summary><c>Validasi</c>, or the capaian rule's kind: <c>Capaian</c>, <c>Kategori</c>, <c>Predikat</c>.</summary>
    public string Jenis { get; set; } = "";

    /// <summary><c>Modul/Nama</c> for a consistency rule, <c>Nama</c> for a capaian rule.</summary>
    public string Kunci { get; set; } = "";

    public int Versi { get; set; }

    public string Isi { get; set; } = "";

    public string DiubahOleh { get; set; } = "";

    public DateTime DiubahPadaUtc { get; set; }

    /// <summary>The snapshot of a consistency rule as just saved.</summary>
    internal static AturanRiwayat Dari(AturanValidasi a) => new()
    {
        Jenis = JenisValidasi, Kunci = $"{a.Modul}/{a.Nama}", Versi = a.Versi,
        Isi = JsonSerializer.Serialize(new { a.Modul, a.Nama, a.Ekspresi, a.Pesan, a.Urutan, a.Aktif }, JsonKinerja.Simpan),
        DiubahOleh = a.DiubahOleh, DiubahPadaUtc = a.DiubahPadaUtc,
    };

    /// <summary>The snapshot of a capaian, category or predikat rule as just saved.</summary>
    internal static AturanRiwayat Dari(AturanCapaian a)
    {
        using var properti = JsonDocument.Parse(a.Properti);
        return new()
        {
            Jenis = a.Jenis, Kunci = a.Nama, Versi = a.Versi,
            Isi = JsonSerializer.Serialize(new { a.Jenis, a.Nama, a.Ekspresi, a.Urutan, a.Aktif, Properti = properti.RootElement }, JsonKinerja.Simpan),
            DiubahOleh = a.DiubahOleh, DiubahPadaUtc = a.DiubahPadaUtc,
        };
    }
}

internal sealed class AturanRiwayatConfiguration : IEntityTypeConfiguration<AturanRiwayat>
{
    public void Configure(EntityTypeBuilder<AturanRiwayat> builder)
    {
        builder.ToTable("AturanRiwayat");
        builder.Property(a => a.Jenis).HasMaxLength(20);
        builder.Property(a => a.Kunci).HasMaxLength(300);
        builder.Property(a => a.Isi).HasMaxLength(4000);
        builder.Property(a => a.DiubahOleh).HasMaxLength(256);
        builder.HasIndex(a => new { a.Jenis, a.Kunci, a.Versi }).IsUnique();
    }
}
