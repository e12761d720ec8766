using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Kinerja.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Awal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AturanCapaian",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Ekspresi = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Properti = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanCapaian", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AturanValidasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Modul = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Ekspresi = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Pesan = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanValidasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WaktuUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Aksi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Entitas = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kunci = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Sebelum = table.Column<string>(type: "TEXT", nullable: true),
                    Sesudah = table.Column<string>(type: "TEXT", nullable: true),
                    Modul = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HasilCapaian",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Wilayah = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IndikatorVersi = table.Column<int>(type: "INTEGER", nullable: false),
                    Realisasi = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: true),
                    Target = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: true),
                    TargetTeks = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Capaian = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: true),
                    Kategori = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Predikat = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    VariabelKurang = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Jejak = table.Column<string>(type: "TEXT", nullable: false),
                    DihitungPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HasilCapaian", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImporBawaan",
                columns: table => new
                {
                    Bagian = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImporBawaan", x => x.Bagian);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HandledOnUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "Indikator",
                columns: table => new
                {
                    Kode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    VersiTerakhir = table.Column<int>(type: "INTEGER", nullable: false),
                    BaselineNilai = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: true),
                    BaselineTeks = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indikator", x => x.Kode);
                });

            migrationBuilder.CreateTable(
                name: "IndikatorVersi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Satuan = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Polaritas = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Modul = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Tingkat = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    AturanCapaian = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Rumus = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Syarat = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DefinisiOperasional = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    BerlakuMulai = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Variabel = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndikatorVersi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KunciPeriode",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Modul = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Wilayah = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Terkunci = table.Column<bool>(type: "INTEGER", nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KunciPeriode", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NilaiVariabel",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Modul = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Wilayah = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false),
                    DiterimaPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NilaiVariabel", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredOnUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedOnUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TargetIndikator",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: true),
                    Predikat = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetIndikator", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TargetRiwayat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Sebelum = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Sesudah = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetRiwayat", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Variabel",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Modul = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Satuan = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BilanganBulat = table.Column<bool>(type: "INTEGER", nullable: false),
                    Min = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: true),
                    Max = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: true),
                    Agregasi = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Variabel", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VariabelRiwayat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    Isi = table.Column<string>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VariabelRiwayat", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AturanCapaian_Jenis_Nama",
                table: "AturanCapaian",
                columns: new[] { "Jenis", "Nama" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AturanValidasi_Modul_Nama",
                table: "AturanValidasi",
                columns: new[] { "Modul", "Nama" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Entitas_WaktuUtc",
                table: "AuditLog",
                columns: new[] { "Entitas", "WaktuUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_WaktuUtc",
                table: "AuditLog",
                column: "WaktuUtc");

            migrationBuilder.CreateIndex(
                name: "IX_HasilCapaian_Kode_Periode_Wilayah",
                table: "HasilCapaian",
                columns: new[] { "Kode", "Periode", "Wilayah" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HasilCapaian_Periode_Wilayah",
                table: "HasilCapaian",
                columns: new[] { "Periode", "Wilayah" });

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorVersi_Kode_Versi",
                table: "IndikatorVersi",
                columns: new[] { "Kode", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KunciPeriode_Modul_Periode_Wilayah",
                table: "KunciPeriode",
                columns: new[] { "Modul", "Periode", "Wilayah" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NilaiVariabel_Modul_Periode_Wilayah_Kode",
                table: "NilaiVariabel",
                columns: new[] { "Modul", "Periode", "Wilayah", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NilaiVariabel_Periode_Wilayah",
                table: "NilaiVariabel",
                columns: new[] { "Periode", "Wilayah" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedOnUtc_OccurredOnUtc",
                table: "OutboxMessages",
                columns: new[] { "ProcessedOnUtc", "OccurredOnUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TargetIndikator_Kode_Periode",
                table: "TargetIndikator",
                columns: new[] { "Kode", "Periode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetRiwayat_Kode_Periode",
                table: "TargetRiwayat",
                columns: new[] { "Kode", "Periode" });

            migrationBuilder.CreateIndex(
                name: "IX_Variabel_Kode",
                table: "Variabel",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VariabelRiwayat_Kode_Versi",
                table: "VariabelRiwayat",
                columns: new[] { "Kode", "Versi" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AturanCapaian");

            migrationBuilder.DropTable(
                name: "AturanValidasi");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "HasilCapaian");

            migrationBuilder.DropTable(
                name: "ImporBawaan");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "Indikator");

            migrationBuilder.DropTable(
                name: "IndikatorVersi");

            migrationBuilder.DropTable(
                name: "KunciPeriode");

            migrationBuilder.DropTable(
                name: "NilaiVariabel");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "TargetIndikator");

            migrationBuilder.DropTable(
                name: "TargetRiwayat");

            migrationBuilder.DropTable(
                name: "Variabel");

            migrationBuilder.DropTable(
                name: "VariabelRiwayat");
        }
    }
}
