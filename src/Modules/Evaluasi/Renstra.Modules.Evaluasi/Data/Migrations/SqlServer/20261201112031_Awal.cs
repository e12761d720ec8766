using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Evaluasi.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Awal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "evaluasi");

            migrationBuilder.CreateTable(
                name: "AturanAkumulasi",
                schema: "evaluasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Cara = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanAkumulasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AturanEfisiensi",
                schema: "evaluasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Rumus = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Keterangan = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanEfisiensi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                schema: "evaluasi",
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
                name: "CatatanEvaluasi",
                schema: "evaluasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    FaktorPendorong = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    FaktorPenghambat = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    TindakLanjutTriwulan = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    TindakLanjutRenja = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatatanEvaluasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatatanEvaluasiRiwayat",
                schema: "evaluasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    FaktorPendorong = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    FaktorPenghambat = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    TindakLanjutTriwulan = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    TindakLanjutRenja = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Oleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatatanEvaluasiRiwayat", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DpaSubKegiatan",
                schema: "evaluasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    SubKegiatanId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Murni = table.Column<decimal>(type: "decimal(20,0)", precision: 20, scale: 0, nullable: false),
                    Perubahan = table.Column<decimal>(type: "decimal(20,0)", precision: 20, scale: 0, nullable: true),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DpaSubKegiatan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "evaluasi",
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
                name: "OutboxMessages",
                schema: "evaluasi",
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
                name: "RealisasiAnggaran",
                schema: "evaluasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Modul = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Periode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    Triwulan = table.Column<int>(type: "int", nullable: false),
                    SubKegiatanId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Rp = table.Column<decimal>(type: "decimal(20,0)", precision: 20, scale: 0, nullable: false),
                    Revisi = table.Column<int>(type: "int", nullable: false),
                    DiterimaPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealisasiAnggaran", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AturanAkumulasi_Kode",
                schema: "evaluasi",
                table: "AturanAkumulasi",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Entitas_WaktuUtc",
                schema: "evaluasi",
                table: "AuditLog",
                columns: new[] { "Entitas", "WaktuUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_WaktuUtc",
                schema: "evaluasi",
                table: "AuditLog",
                column: "WaktuUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CatatanEvaluasi_Tahun",
                schema: "evaluasi",
                table: "CatatanEvaluasi",
                column: "Tahun",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatatanEvaluasiRiwayat_Tahun_Versi",
                schema: "evaluasi",
                table: "CatatanEvaluasiRiwayat",
                columns: new[] { "Tahun", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DpaSubKegiatan_Tahun_SubKegiatanId",
                schema: "evaluasi",
                table: "DpaSubKegiatan",
                columns: new[] { "Tahun", "SubKegiatanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedOnUtc_OccurredOnUtc",
                schema: "evaluasi",
                table: "OutboxMessages",
                columns: new[] { "ProcessedOnUtc", "OccurredOnUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiAnggaran_Periode_SubKegiatanId",
                schema: "evaluasi",
                table: "RealisasiAnggaran",
                columns: new[] { "Periode", "SubKegiatanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiAnggaran_Tahun",
                schema: "evaluasi",
                table: "RealisasiAnggaran",
                column: "Tahun");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AturanAkumulasi",
                schema: "evaluasi");

            migrationBuilder.DropTable(
                name: "AturanEfisiensi",
                schema: "evaluasi");

            migrationBuilder.DropTable(
                name: "AuditLog",
                schema: "evaluasi");

            migrationBuilder.DropTable(
                name: "CatatanEvaluasi",
                schema: "evaluasi");

            migrationBuilder.DropTable(
                name: "CatatanEvaluasiRiwayat",
                schema: "evaluasi");

            migrationBuilder.DropTable(
                name: "DpaSubKegiatan",
                schema: "evaluasi");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "evaluasi");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "evaluasi");

            migrationBuilder.DropTable(
                name: "RealisasiAnggaran",
                schema: "evaluasi");
        }
    }
}
