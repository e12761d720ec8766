using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Kinerja.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Awal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "kinerja");

            migrationBuilder.CreateTable(
                name: "AturanCapaian",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Jenis = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Nama = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Ekspresi = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Urutan = table.Column<int>(type: "int", nullable: false),
                    Properti = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanCapaian", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AturanValidasi",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Modul = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Nama = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Ekspresi = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Pesan = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Urutan = table.Column<int>(type: "int", nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanValidasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WaktuUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Oleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Aksi = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Entitas = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kunci = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Sebelum = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Sesudah = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Modul = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HasilCapaian",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Periode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Wilayah = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    IndikatorVersi = table.Column<int>(type: "int", nullable: false),
                    Realisasi = table.Column<decimal>(type: "decimal(28,8)", precision: 28, scale: 8, nullable: true),
                    Target = table.Column<decimal>(type: "decimal(28,8)", precision: 28, scale: 8, nullable: true),
                    TargetTeks = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Capaian = table.Column<decimal>(type: "decimal(28,8)", precision: 28, scale: 8, nullable: true),
                    Kategori = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Predikat = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    VariabelKurang = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Keterangan = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Jejak = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DihitungPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HasilCapaian", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImporBawaan",
                schema: "kinerja",
                columns: table => new
                {
                    Bagian = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImporBawaan", x => x.Bagian);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "kinerja",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Handler = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    HandledOnUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "Indikator",
                schema: "kinerja",
                columns: table => new
                {
                    Kode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Urutan = table.Column<int>(type: "int", nullable: false),
                    VersiTerakhir = table.Column<int>(type: "int", nullable: false),
                    BaselineNilai = table.Column<decimal>(type: "decimal(28,8)", precision: 28, scale: 8, nullable: true),
                    BaselineTeks = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indikator", x => x.Kode);
                });

            migrationBuilder.CreateTable(
                name: "IndikatorVersi",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    Nama = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Satuan = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Polaritas = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Modul = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Tingkat = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    AturanCapaian = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Rumus = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Syarat = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DefinisiOperasional = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    BerlakuMulai = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Variabel = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndikatorVersi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KunciPeriode",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Modul = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Periode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Wilayah = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Terkunci = table.Column<bool>(type: "bit", nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KunciPeriode", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NilaiVariabel",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Modul = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Periode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Wilayah = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Kode = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Nilai = table.Column<decimal>(type: "decimal(28,8)", precision: 28, scale: 8, nullable: false),
                    Revisi = table.Column<int>(type: "int", nullable: false),
                    DiterimaPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NilaiVariabel", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredOnUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProcessedOnUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TargetIndikator",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Periode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Nilai = table.Column<decimal>(type: "decimal(28,8)", precision: 28, scale: 8, nullable: true),
                    Predikat = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetIndikator", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TargetRiwayat",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Periode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Sebelum = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Sesudah = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Oleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetRiwayat", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Variabel",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kode = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Modul = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Nama = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Satuan = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    BilanganBulat = table.Column<bool>(type: "bit", nullable: false),
                    Min = table.Column<decimal>(type: "decimal(28,8)", precision: 28, scale: 8, nullable: true),
                    Max = table.Column<decimal>(type: "decimal(28,8)", precision: 28, scale: 8, nullable: true),
                    Agregasi = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Keterangan = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Variabel", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VariabelRiwayat",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kode = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    Isi = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VariabelRiwayat", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AturanCapaian_Jenis_Nama",
                schema: "kinerja",
                table: "AturanCapaian",
                columns: new[] { "Jenis", "Nama" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AturanValidasi_Modul_Nama",
                schema: "kinerja",
                table: "AturanValidasi",
                columns: new[] { "Modul", "Nama" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Entitas_WaktuUtc",
                schema: "kinerja",
                table: "AuditLog",
                columns: new[] { "Entitas", "WaktuUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_WaktuUtc",
                schema: "kinerja",
                table: "AuditLog",
                column: "WaktuUtc");

            migrationBuilder.CreateIndex(
                name: "IX_HasilCapaian_Kode_Periode_Wilayah",
                schema: "kinerja",
                table: "HasilCapaian",
                columns: new[] { "Kode", "Periode", "Wilayah" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HasilCapaian_Periode_Wilayah",
                schema: "kinerja",
                table: "HasilCapaian",
                columns: new[] { "Periode", "Wilayah" });

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorVersi_Kode_Versi",
                schema: "kinerja",
                table: "IndikatorVersi",
                columns: new[] { "Kode", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KunciPeriode_Modul_Periode_Wilayah",
                schema: "kinerja",
                table: "KunciPeriode",
                columns: new[] { "Modul", "Periode", "Wilayah" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NilaiVariabel_Modul_Periode_Wilayah_Kode",
                schema: "kinerja",
                table: "NilaiVariabel",
                columns: new[] { "Modul", "Periode", "Wilayah", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NilaiVariabel_Periode_Wilayah",
                schema: "kinerja",
                table: "NilaiVariabel",
                columns: new[] { "Periode", "Wilayah" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedOnUtc_OccurredOnUtc",
                schema: "kinerja",
                table: "OutboxMessages",
                columns: new[] { "ProcessedOnUtc", "OccurredOnUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TargetIndikator_Kode_Periode",
                schema: "kinerja",
                table: "TargetIndikator",
                columns: new[] { "Kode", "Periode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetRiwayat_Kode_Periode",
                schema: "kinerja",
                table: "TargetRiwayat",
                columns: new[] { "Kode", "Periode" });

            migrationBuilder.CreateIndex(
                name: "IX_Variabel_Kode",
                schema: "kinerja",
                table: "Variabel",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VariabelRiwayat_Kode_Versi",
                schema: "kinerja",
                table: "VariabelRiwayat",
                columns: new[] { "Kode", "Versi" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AturanCapaian",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "AturanValidasi",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "AuditLog",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "HasilCapaian",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "ImporBawaan",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "Indikator",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "IndikatorVersi",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "KunciPeriode",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "NilaiVariabel",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "TargetIndikator",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "TargetRiwayat",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "Variabel",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "VariabelRiwayat",
                schema: "kinerja");
        }
    }
}
