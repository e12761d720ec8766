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

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Entitas_WaktuUtc",
                table: "AuditLog",
                columns: new[] { "Entitas", "WaktuUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_WaktuUtc",
                table: "AuditLog",
                column: "WaktuUtc");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "KunciPeriode");

            migrationBuilder.DropTable(
                name: "NilaiVariabel");

            migrationBuilder.DropTable(
                name: "OutboxMessages");
        }
    }
}
