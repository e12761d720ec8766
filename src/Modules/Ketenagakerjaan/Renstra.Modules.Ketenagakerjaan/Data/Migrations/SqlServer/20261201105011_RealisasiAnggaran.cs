using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Ketenagakerjaan.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RealisasiAnggaran : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LembarAnggaran",
                schema: "ketenagakerjaan",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Periode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    Revisi = table.Column<int>(type: "int", nullable: false),
                    Terkunci = table.Column<bool>(type: "bit", nullable: false),
                    Realisasi = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LembarAnggaran", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RevisiLembarAnggaran",
                schema: "ketenagakerjaan",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LembarAnggaranId = table.Column<long>(type: "bigint", nullable: false),
                    Nomor = table.Column<int>(type: "int", nullable: false),
                    Oleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Sumber = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Realisasi = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Perubahan = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisiLembarAnggaran", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevisiLembarAnggaran_LembarAnggaran_LembarAnggaranId",
                        column: x => x.LembarAnggaranId,
                        principalSchema: "ketenagakerjaan",
                        principalTable: "LembarAnggaran",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LembarAnggaran_Periode",
                schema: "ketenagakerjaan",
                table: "LembarAnggaran",
                column: "Periode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LembarAnggaran_Tahun",
                schema: "ketenagakerjaan",
                table: "LembarAnggaran",
                column: "Tahun");

            migrationBuilder.CreateIndex(
                name: "IX_RevisiLembarAnggaran_LembarAnggaranId_Nomor",
                schema: "ketenagakerjaan",
                table: "RevisiLembarAnggaran",
                columns: new[] { "LembarAnggaranId", "Nomor" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RevisiLembarAnggaran",
                schema: "ketenagakerjaan");

            migrationBuilder.DropTable(
                name: "LembarAnggaran",
                schema: "ketenagakerjaan");
        }
    }
}
