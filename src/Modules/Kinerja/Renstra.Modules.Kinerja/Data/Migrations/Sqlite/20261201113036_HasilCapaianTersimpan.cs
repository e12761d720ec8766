using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Kinerja.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HasilCapaianTersimpan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HasilCapaian_Periode_Wilayah",
                table: "HasilCapaian");

            migrationBuilder.AddColumn<string>(
                name: "VersiMasukan",
                table: "HasilCapaian",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "PermintaanHitungUlang",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Wilayah = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    TermasukTerkunci = table.Column<bool>(type: "INTEGER", nullable: false),
                    DibuatPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Percobaan = table.Column<int>(type: "INTEGER", nullable: false),
                    CobaLagiPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GalatTerakhir = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermintaanHitungUlang", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PerubahanCapaian",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Wilayah = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DibuatPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerubahanCapaian", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NilaiVariabel_Wilayah_Periode",
                table: "NilaiVariabel",
                columns: new[] { "Wilayah", "Periode" });

            migrationBuilder.CreateIndex(
                name: "IX_HasilCapaian_Wilayah_Periode",
                table: "HasilCapaian",
                columns: new[] { "Wilayah", "Periode" });

            migrationBuilder.CreateIndex(
                name: "IX_PermintaanHitungUlang_CobaLagiPadaUtc",
                table: "PermintaanHitungUlang",
                column: "CobaLagiPadaUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PermintaanHitungUlang_Wilayah_Periode",
                table: "PermintaanHitungUlang",
                columns: new[] { "Wilayah", "Periode" });

            migrationBuilder.CreateIndex(
                name: "IX_PerubahanCapaian_Wilayah_Id",
                table: "PerubahanCapaian",
                columns: new[] { "Wilayah", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PermintaanHitungUlang");

            migrationBuilder.DropTable(
                name: "PerubahanCapaian");

            migrationBuilder.DropIndex(
                name: "IX_NilaiVariabel_Wilayah_Periode",
                table: "NilaiVariabel");

            migrationBuilder.DropIndex(
                name: "IX_HasilCapaian_Wilayah_Periode",
                table: "HasilCapaian");

            migrationBuilder.DropColumn(
                name: "VersiMasukan",
                table: "HasilCapaian");

            migrationBuilder.CreateIndex(
                name: "IX_HasilCapaian_Periode_Wilayah",
                table: "HasilCapaian",
                columns: new[] { "Periode", "Wilayah" });
        }
    }
}
