using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Host.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PercobaanMasukTakDikenal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PercobaanMasukTakDikenal",
                schema: "akun",
                columns: table => new
                {
                    Kunci = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Gagal = table.Column<int>(type: "int", nullable: false),
                    TerkunciSampaiUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PercobaanMasukTakDikenal", x => x.Kunci);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PercobaanMasukTakDikenal_DiubahPadaUtc",
                schema: "akun",
                table: "PercobaanMasukTakDikenal",
                column: "DiubahPadaUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PercobaanMasukTakDikenal",
                schema: "akun");
        }
    }
}
