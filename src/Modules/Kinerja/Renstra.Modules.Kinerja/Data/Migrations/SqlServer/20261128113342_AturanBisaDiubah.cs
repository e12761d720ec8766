using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Kinerja.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AturanBisaDiubah : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Aktif",
                schema: "kinerja",
                table: "AturanValidasi",
                type: "bit",
                nullable: false,
                defaultValue: true); // rules that existed before this migration stay in force

            migrationBuilder.AddColumn<string>(
                name: "DiubahOleh",
                schema: "kinerja",
                table: "AturanValidasi",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "DiubahPadaUtc",
                schema: "kinerja",
                table: "AturanValidasi",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<bool>(
                name: "Aktif",
                schema: "kinerja",
                table: "AturanCapaian",
                type: "bit",
                nullable: false,
                defaultValue: true); // rules that existed before this migration stay in force

            migrationBuilder.AddColumn<string>(
                name: "DiubahOleh",
                schema: "kinerja",
                table: "AturanCapaian",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "DiubahPadaUtc",
                schema: "kinerja",
                table: "AturanCapaian",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "AturanRiwayat",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Jenis = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Kunci = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    Isi = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanRiwayat", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AturanRiwayat_Jenis_Kunci_Versi",
                schema: "kinerja",
                table: "AturanRiwayat",
                columns: new[] { "Jenis", "Kunci", "Versi" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AturanRiwayat",
                schema: "kinerja");

            migrationBuilder.DropColumn(
                name: "Aktif",
                schema: "kinerja",
                table: "AturanValidasi");

            migrationBuilder.DropColumn(
                name: "DiubahOleh",
                schema: "kinerja",
                table: "AturanValidasi");

            migrationBuilder.DropColumn(
                name: "DiubahPadaUtc",
                schema: "kinerja",
                table: "AturanValidasi");

            migrationBuilder.DropColumn(
                name: "Aktif",
                schema: "kinerja",
                table: "AturanCapaian");

            migrationBuilder.DropColumn(
                name: "DiubahOleh",
                schema: "kinerja",
                table: "AturanCapaian");

            migrationBuilder.DropColumn(
                name: "DiubahPadaUtc",
                schema: "kinerja",
                table: "AturanCapaian");
        }
    }
}
