using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.KoperasiUmkm.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PermintaanTurunan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PermintaanTurunan",
                schema: "koperasiumkm",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Register = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    DibuatPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Percobaan = table.Column<int>(type: "int", nullable: false),
                    CobaLagiPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GalatTerakhir = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermintaanTurunan", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PermintaanTurunan_CobaLagiPadaUtc",
                schema: "koperasiumkm",
                table: "PermintaanTurunan",
                column: "CobaLagiPadaUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PermintaanTurunan",
                schema: "koperasiumkm");
        }
    }
}
