using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Kinerja.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PermintaanPerVariabel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Variabel",
                schema: "kinerja",
                table: "PermintaanHitungUlang",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Variabel",
                schema: "kinerja",
                table: "PermintaanHitungUlang");
        }
    }
}
