using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.KoperasiUmkm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PermintaanTurunan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PermintaanTurunan",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Register = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DibuatPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Percobaan = table.Column<int>(type: "INTEGER", nullable: false),
                    CobaLagiPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GalatTerakhir = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermintaanTurunan", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PermintaanTurunan_CobaLagiPadaUtc",
                table: "PermintaanTurunan",
                column: "CobaLagiPadaUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PermintaanTurunan");
        }
    }
}
