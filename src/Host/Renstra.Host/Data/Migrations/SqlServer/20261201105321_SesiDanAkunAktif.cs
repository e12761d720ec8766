using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Host.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SesiDanAkunAktif : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Aktif",
                schema: "akun",
                table: "AspNetUsers",
                type: "bit",
                nullable: false,
                // Accounts that exist before this migration stay active.
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "TokenSegar",
                schema: "akun",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Keluarga = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PenggunaId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DibuatUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    KedaluwarsaUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DipakaiUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DicabutUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenSegar", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TokenSegar_Keluarga",
                schema: "akun",
                table: "TokenSegar",
                column: "Keluarga");

            migrationBuilder.CreateIndex(
                name: "IX_TokenSegar_PenggunaId_KedaluwarsaUtc",
                schema: "akun",
                table: "TokenSegar",
                columns: new[] { "PenggunaId", "KedaluwarsaUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TokenSegar",
                schema: "akun");

            migrationBuilder.DropColumn(
                name: "Aktif",
                schema: "akun",
                table: "AspNetUsers");
        }
    }
}
