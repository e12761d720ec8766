using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Sekretariat.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Awal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "sekretariat");

            migrationBuilder.CreateTable(
                name: "AuditLog",
                schema: "sekretariat",
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
                schema: "sekretariat",
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
                name: "KekuranganData",
                schema: "sekretariat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Periode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Wilayah = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Variabel = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DihitungPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KekuranganData", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LembarData",
                schema: "sekretariat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Periode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Wilayah = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Revisi = table.Column<int>(type: "int", nullable: false),
                    Terkunci = table.Column<bool>(type: "bit", nullable: false),
                    Nilai = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LembarData", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "sekretariat",
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
                name: "RevisiLembar",
                schema: "sekretariat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LembarId = table.Column<long>(type: "bigint", nullable: false),
                    Nomor = table.Column<int>(type: "int", nullable: false),
                    Oleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Sumber = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Nilai = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Perubahan = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisiLembar", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevisiLembar_LembarData_LembarId",
                        column: x => x.LembarId,
                        principalSchema: "sekretariat",
                        principalTable: "LembarData",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiwayatKunci",
                schema: "sekretariat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LembarId = table.Column<long>(type: "bigint", nullable: false),
                    Terkunci = table.Column<bool>(type: "bit", nullable: false),
                    Oleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiwayatKunci", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiwayatKunci_LembarData_LembarId",
                        column: x => x.LembarId,
                        principalSchema: "sekretariat",
                        principalTable: "LembarData",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Entitas_WaktuUtc",
                schema: "sekretariat",
                table: "AuditLog",
                columns: new[] { "Entitas", "WaktuUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_WaktuUtc",
                schema: "sekretariat",
                table: "AuditLog",
                column: "WaktuUtc");

            migrationBuilder.CreateIndex(
                name: "IX_KekuranganData_Periode_Wilayah",
                schema: "sekretariat",
                table: "KekuranganData",
                columns: new[] { "Periode", "Wilayah" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LembarData_Periode_Wilayah",
                schema: "sekretariat",
                table: "LembarData",
                columns: new[] { "Periode", "Wilayah" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedOnUtc_OccurredOnUtc",
                schema: "sekretariat",
                table: "OutboxMessages",
                columns: new[] { "ProcessedOnUtc", "OccurredOnUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RevisiLembar_LembarId_Nomor",
                schema: "sekretariat",
                table: "RevisiLembar",
                columns: new[] { "LembarId", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiwayatKunci_LembarId",
                schema: "sekretariat",
                table: "RiwayatKunci",
                column: "LembarId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLog",
                schema: "sekretariat");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "sekretariat");

            migrationBuilder.DropTable(
                name: "KekuranganData",
                schema: "sekretariat");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "sekretariat");

            migrationBuilder.DropTable(
                name: "RevisiLembar",
                schema: "sekretariat");

            migrationBuilder.DropTable(
                name: "RiwayatKunci",
                schema: "sekretariat");

            migrationBuilder.DropTable(
                name: "LembarData",
                schema: "sekretariat");
        }
    }
}
