using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.KoperasiUmkm.Data.Migrations.Sqlite
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
                name: "KekuranganData",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Wilayah = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Variabel = table.Column<string>(type: "TEXT", nullable: false),
                    DihitungPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KekuranganData", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LembarData",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Wilayah = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false),
                    Terkunci = table.Column<bool>(type: "INTEGER", nullable: false),
                    Nilai = table.Column<string>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LembarData", x => x.Id);
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
                name: "RevisiLembar",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LembarId = table.Column<long>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Sumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Nilai = table.Column<string>(type: "TEXT", nullable: false),
                    Perubahan = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisiLembar", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevisiLembar_LembarData_LembarId",
                        column: x => x.LembarId,
                        principalTable: "LembarData",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiwayatKunci",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LembarId = table.Column<long>(type: "INTEGER", nullable: false),
                    Terkunci = table.Column<bool>(type: "INTEGER", nullable: false),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiwayatKunci", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiwayatKunci_LembarData_LembarId",
                        column: x => x.LembarId,
                        principalTable: "LembarData",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "IX_KekuranganData_Periode_Wilayah",
                table: "KekuranganData",
                columns: new[] { "Periode", "Wilayah" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LembarData_Periode_Wilayah",
                table: "LembarData",
                columns: new[] { "Periode", "Wilayah" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedOnUtc_OccurredOnUtc",
                table: "OutboxMessages",
                columns: new[] { "ProcessedOnUtc", "OccurredOnUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RevisiLembar_LembarId_Nomor",
                table: "RevisiLembar",
                columns: new[] { "LembarId", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiwayatKunci_LembarId",
                table: "RiwayatKunci",
                column: "LembarId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "KekuranganData");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "RevisiLembar");

            migrationBuilder.DropTable(
                name: "RiwayatKunci");

            migrationBuilder.DropTable(
                name: "LembarData");
        }
    }
}
