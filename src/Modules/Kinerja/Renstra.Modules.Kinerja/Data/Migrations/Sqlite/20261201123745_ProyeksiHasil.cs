using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Kinerja.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProyeksiHasil : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ProyeksiBerisiko",
                table: "HasilCapaian",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ProyeksiCapaian",
                table: "HasilCapaian",
                type: "TEXT",
                precision: 28,
                scale: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProyeksiMetode",
                table: "HasilCapaian",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ProyeksiRealisasi",
                table: "HasilCapaian",
                type: "TEXT",
                precision: 28,
                scale: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProyeksiSampai",
                table: "HasilCapaian",
                type: "TEXT",
                maxLength: 10,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProyeksiBerisiko",
                table: "HasilCapaian");

            migrationBuilder.DropColumn(
                name: "ProyeksiCapaian",
                table: "HasilCapaian");

            migrationBuilder.DropColumn(
                name: "ProyeksiMetode",
                table: "HasilCapaian");

            migrationBuilder.DropColumn(
                name: "ProyeksiRealisasi",
                table: "HasilCapaian");

            migrationBuilder.DropColumn(
                name: "ProyeksiSampai",
                table: "HasilCapaian");
        }
    }
}
