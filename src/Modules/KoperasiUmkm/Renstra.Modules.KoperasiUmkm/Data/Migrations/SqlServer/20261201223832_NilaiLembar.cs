using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.KoperasiUmkm.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class NilaiLembar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NilaiLembar",
                schema: "koperasiumkm",
                columns: table => new
                {
                    LembarId = table.Column<long>(type: "bigint", nullable: false),
                    Variabel = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Nilai = table.Column<decimal>(type: "decimal(38,18)", precision: 38, scale: 18, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NilaiLembar", x => new { x.LembarId, x.Variabel });
                    table.ForeignKey(
                        name: "FK_NilaiLembar_LembarData_LembarId",
                        column: x => x.LembarId,
                        principalSchema: "koperasiumkm",
                        principalTable: "LembarData",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NilaiLembar",
                schema: "koperasiumkm");
        }
    }
}
