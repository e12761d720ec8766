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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLog",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "InboxMessages",
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
        }
    }
}
