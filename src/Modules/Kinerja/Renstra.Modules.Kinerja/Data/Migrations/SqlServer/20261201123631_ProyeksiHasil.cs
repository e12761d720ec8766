using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Kinerja.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProyeksiHasil : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ProyeksiBerisiko",
                schema: "kinerja",
                table: "HasilCapaian",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ProyeksiCapaian",
                schema: "kinerja",
                table: "HasilCapaian",
                type: "decimal(28,8)",
                precision: 28,
                scale: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProyeksiMetode",
                schema: "kinerja",
                table: "HasilCapaian",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ProyeksiRealisasi",
                schema: "kinerja",
                table: "HasilCapaian",
                type: "decimal(28,8)",
                precision: 28,
                scale: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProyeksiSampai",
                schema: "kinerja",
                table: "HasilCapaian",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProyeksiBerisiko",
                schema: "kinerja",
                table: "HasilCapaian");

            migrationBuilder.DropColumn(
                name: "ProyeksiCapaian",
                schema: "kinerja",
                table: "HasilCapaian");

            migrationBuilder.DropColumn(
                name: "ProyeksiMetode",
                schema: "kinerja",
                table: "HasilCapaian");

            migrationBuilder.DropColumn(
                name: "ProyeksiRealisasi",
                schema: "kinerja",
                table: "HasilCapaian");

            migrationBuilder.DropColumn(
                name: "ProyeksiSampai",
                schema: "kinerja",
                table: "HasilCapaian");
        }
    }
}
