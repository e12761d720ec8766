using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Evaluasi.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Awal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AturanAkumulasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Cara = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanAkumulasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AturanEfisiensi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Rumus = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanEfisiensi", x => x.Id);
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
                name: "CatatanEvaluasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    FaktorPendorong = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FaktorPenghambat = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TindakLanjutTriwulan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TindakLanjutRenja = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatatanEvaluasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatatanEvaluasiRiwayat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    FaktorPendorong = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FaktorPenghambat = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TindakLanjutTriwulan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TindakLanjutRenja = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatatanEvaluasiRiwayat", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DpaSubKegiatan",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    SubKegiatanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Murni = table.Column<decimal>(type: "TEXT", precision: 20, scale: 0, nullable: false),
                    Perubahan = table.Column<decimal>(type: "TEXT", precision: 20, scale: 0, nullable: true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DpaSubKegiatan", x => x.Id);
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
                name: "RealisasiAnggaran",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Modul = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Triwulan = table.Column<int>(type: "INTEGER", nullable: false),
                    SubKegiatanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Rp = table.Column<decimal>(type: "TEXT", precision: 20, scale: 0, nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false),
                    DiterimaPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealisasiAnggaran", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AturanAkumulasi_Kode",
                table: "AturanAkumulasi",
                column: "Kode",
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
                name: "IX_CatatanEvaluasi_Tahun",
                table: "CatatanEvaluasi",
                column: "Tahun",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatatanEvaluasiRiwayat_Tahun_Versi",
                table: "CatatanEvaluasiRiwayat",
                columns: new[] { "Tahun", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DpaSubKegiatan_Tahun_SubKegiatanId",
                table: "DpaSubKegiatan",
                columns: new[] { "Tahun", "SubKegiatanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedOnUtc_OccurredOnUtc",
                table: "OutboxMessages",
                columns: new[] { "ProcessedOnUtc", "OccurredOnUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiAnggaran_Periode_SubKegiatanId",
                table: "RealisasiAnggaran",
                columns: new[] { "Periode", "SubKegiatanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiAnggaran_Tahun",
                table: "RealisasiAnggaran",
                column: "Tahun");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AturanAkumulasi");

            migrationBuilder.DropTable(
                name: "AturanEfisiensi");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "CatatanEvaluasi");

            migrationBuilder.DropTable(
                name: "CatatanEvaluasiRiwayat");

            migrationBuilder.DropTable(
                name: "DpaSubKegiatan");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "RealisasiAnggaran");
        }
    }
}
