using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SesiDanAkunAktif : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Aktif",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                // Accounts that exist before this migration stay active.
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "TokenSegar",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Keluarga = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PenggunaId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DibuatUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KedaluwarsaUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DipakaiUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DicabutUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenSegar", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TokenSegar_Keluarga",
                table: "TokenSegar",
                column: "Keluarga");

            migrationBuilder.CreateIndex(
                name: "IX_TokenSegar_PenggunaId_KedaluwarsaUtc",
                table: "TokenSegar",
                columns: new[] { "PenggunaId", "KedaluwarsaUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TokenSegar");

            migrationBuilder.DropColumn(
                name: "Aktif",
                table: "AspNetUsers");
        }
    }
}
