using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Sekretariat.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RealisasiAnggaran : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LembarAnggaran",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false),
                    Terkunci = table.Column<bool>(type: "INTEGER", nullable: false),
                    Realisasi = table.Column<string>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LembarAnggaran", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RevisiLembarAnggaran",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LembarAnggaranId = table.Column<long>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Sumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Realisasi = table.Column<string>(type: "TEXT", nullable: false),
                    Perubahan = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisiLembarAnggaran", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevisiLembarAnggaran_LembarAnggaran_LembarAnggaranId",
                        column: x => x.LembarAnggaranId,
                        principalTable: "LembarAnggaran",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LembarAnggaran_Periode",
                table: "LembarAnggaran",
                column: "Periode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LembarAnggaran_Tahun",
                table: "LembarAnggaran",
                column: "Tahun");

            migrationBuilder.CreateIndex(
                name: "IX_RevisiLembarAnggaran_LembarAnggaranId_Nomor",
                table: "RevisiLembarAnggaran",
                columns: new[] { "LembarAnggaranId", "Nomor" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RevisiLembarAnggaran");

            migrationBuilder.DropTable(
                name: "LembarAnggaran");
        }
    }
}
