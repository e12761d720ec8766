using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Kinerja.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HasilCapaianTersimpan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HasilCapaian_Periode_Wilayah",
                schema: "kinerja",
                table: "HasilCapaian");

            migrationBuilder.AddColumn<string>(
                name: "VersiMasukan",
                schema: "kinerja",
                table: "HasilCapaian",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "PermintaanHitungUlang",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Wilayah = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Periode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Kode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    TermasukTerkunci = table.Column<bool>(type: "bit", nullable: false),
                    DibuatPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Percobaan = table.Column<int>(type: "int", nullable: false),
                    CobaLagiPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GalatTerakhir = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermintaanHitungUlang", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PerubahanCapaian",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Wilayah = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DibuatPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerubahanCapaian", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NilaiVariabel_Wilayah_Periode",
                schema: "kinerja",
                table: "NilaiVariabel",
                columns: new[] { "Wilayah", "Periode" });

            migrationBuilder.CreateIndex(
                name: "IX_HasilCapaian_Wilayah_Periode",
                schema: "kinerja",
                table: "HasilCapaian",
                columns: new[] { "Wilayah", "Periode" });

            migrationBuilder.CreateIndex(
                name: "IX_PermintaanHitungUlang_CobaLagiPadaUtc",
                schema: "kinerja",
                table: "PermintaanHitungUlang",
                column: "CobaLagiPadaUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PermintaanHitungUlang_Wilayah_Periode",
                schema: "kinerja",
                table: "PermintaanHitungUlang",
                columns: new[] { "Wilayah", "Periode" });

            migrationBuilder.CreateIndex(
                name: "IX_PerubahanCapaian_Wilayah_Id",
                schema: "kinerja",
                table: "PerubahanCapaian",
                columns: new[] { "Wilayah", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PermintaanHitungUlang",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "PerubahanCapaian",
                schema: "kinerja");

            migrationBuilder.DropIndex(
                name: "IX_NilaiVariabel_Wilayah_Periode",
                schema: "kinerja",
                table: "NilaiVariabel");

            migrationBuilder.DropIndex(
                name: "IX_HasilCapaian_Wilayah_Periode",
                schema: "kinerja",
                table: "HasilCapaian");

            migrationBuilder.DropColumn(
                name: "VersiMasukan",
                schema: "kinerja",
                table: "HasilCapaian");

            migrationBuilder.CreateIndex(
                name: "IX_HasilCapaian_Periode_Wilayah",
                schema: "kinerja",
                table: "HasilCapaian",
                columns: new[] { "Periode", "Wilayah" });
        }
    }
}
