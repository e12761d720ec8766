using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Kinerja.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PermintaanPerVariabel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Variabel",
                table: "PermintaanHitungUlang",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Variabel",
                table: "PermintaanHitungUlang");
        }
    }
}
