using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.Kinerja.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AturanBisaDiubah : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Aktif",
                table: "AturanValidasi",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // rules that existed before this migration stay in force

            migrationBuilder.AddColumn<string>(
                name: "DiubahOleh",
                table: "AturanValidasi",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "DiubahPadaUtc",
                table: "AturanValidasi",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<bool>(
                name: "Aktif",
                table: "AturanCapaian",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // rules that existed before this migration stay in force

            migrationBuilder.AddColumn<string>(
                name: "DiubahOleh",
                table: "AturanCapaian",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "DiubahPadaUtc",
                table: "AturanCapaian",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "AturanRiwayat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kunci = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    Isi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanRiwayat", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AturanRiwayat_Jenis_Kunci_Versi",
                table: "AturanRiwayat",
                columns: new[] { "Jenis", "Kunci", "Versi" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AturanRiwayat");

            migrationBuilder.DropColumn(
                name: "Aktif",
                table: "AturanValidasi");

            migrationBuilder.DropColumn(
                name: "DiubahOleh",
                table: "AturanValidasi");

            migrationBuilder.DropColumn(
                name: "DiubahPadaUtc",
                table: "AturanValidasi");

            migrationBuilder.DropColumn(
                name: "Aktif",
                table: "AturanCapaian");

            migrationBuilder.DropColumn(
                name: "DiubahOleh",
                table: "AturanCapaian");

            migrationBuilder.DropColumn(
                name: "DiubahPadaUtc",
                table: "AturanCapaian");
        }
    }
}
