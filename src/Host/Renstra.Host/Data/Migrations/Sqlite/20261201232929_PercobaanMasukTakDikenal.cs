using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PercobaanMasukTakDikenal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PercobaanMasukTakDikenal",
                columns: table => new
                {
                    Kunci = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Gagal = table.Column<int>(type: "INTEGER", nullable: false),
                    TerkunciSampaiUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PercobaanMasukTakDikenal", x => x.Kunci);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PercobaanMasukTakDikenal_DiubahPadaUtc",
                table: "PercobaanMasukTakDikenal",
                column: "DiubahPadaUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PercobaanMasukTakDikenal");
        }
    }
}
