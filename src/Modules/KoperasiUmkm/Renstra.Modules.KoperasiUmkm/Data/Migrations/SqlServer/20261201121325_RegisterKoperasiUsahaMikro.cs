using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.KoperasiUmkm.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RegisterKoperasiUsahaMikro : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AturanRegister",
                schema: "koperasiumkm",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Variabel = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Isi = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanRegister", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AturanRegisterRiwayat",
                schema: "koperasiumkm",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Variabel = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    Isi = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanRegisterRiwayat", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImporAturanRegisterBawaan",
                schema: "koperasiumkm",
                columns: table => new
                {
                    Bagian = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImporAturanRegisterBawaan", x => x.Bagian);
                });

            migrationBuilder.CreateTable(
                name: "Koperasi",
                schema: "koperasiumkm",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NomorBadanHukum = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Nama = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Jenis = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Alamat = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Kecamatan = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    TanggalBerdiri = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusSejak = table.Column<DateOnly>(type: "date", nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Koperasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsahaMikro",
                schema: "koperasiumkm",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NomorInduk = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NamaUsaha = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kecamatan = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Sektor = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TanggalIzin = table.Column<DateOnly>(type: "date", nullable: true),
                    TanggalKemitraan = table.Column<DateOnly>(type: "date", nullable: true),
                    TanggalWirausahaBaru = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusSejak = table.Column<DateOnly>(type: "date", nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsahaMikro", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataTahunanKoperasi",
                schema: "koperasiumkm",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    KoperasiId = table.Column<long>(type: "bigint", nullable: false),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    Rat = table.Column<bool>(type: "bit", nullable: false),
                    TanggalRat = table.Column<DateOnly>(type: "date", nullable: true),
                    JumlahAnggota = table.Column<int>(type: "int", nullable: true),
                    ModalSendiri = table.Column<decimal>(type: "decimal(20,2)", precision: 20, scale: 2, nullable: true),
                    VolumeUsaha = table.Column<decimal>(type: "decimal(20,2)", precision: 20, scale: 2, nullable: true),
                    Aset = table.Column<decimal>(type: "decimal(20,2)", precision: 20, scale: 2, nullable: true),
                    Shu = table.Column<decimal>(type: "decimal(20,2)", precision: 20, scale: 2, nullable: true),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataTahunanKoperasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataTahunanKoperasi_Koperasi_KoperasiId",
                        column: x => x.KoperasiId,
                        principalSchema: "koperasiumkm",
                        principalTable: "Koperasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LayananKoperasi",
                schema: "koperasiumkm",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    KoperasiId = table.Column<long>(type: "bigint", nullable: false),
                    Jenis = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    Hasil = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Oleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LayananKoperasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LayananKoperasi_Koperasi_KoperasiId",
                        column: x => x.KoperasiId,
                        principalSchema: "koperasiumkm",
                        principalTable: "Koperasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LayananUsahaMikro",
                schema: "koperasiumkm",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UsahaMikroId = table.Column<long>(type: "bigint", nullable: false),
                    Jenis = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    Oleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LayananUsahaMikro", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LayananUsahaMikro_UsahaMikro_UsahaMikroId",
                        column: x => x.UsahaMikroId,
                        principalSchema: "koperasiumkm",
                        principalTable: "UsahaMikro",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiwayatRegister",
                schema: "koperasiumkm",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Register = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    KoperasiId = table.Column<long>(type: "bigint", nullable: true),
                    UsahaMikroId = table.Column<long>(type: "bigint", nullable: true),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusSejak = table.Column<DateOnly>(type: "date", nullable: false),
                    Keterangan = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Isi = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Oleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiwayatRegister", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiwayatRegister_Koperasi_KoperasiId",
                        column: x => x.KoperasiId,
                        principalSchema: "koperasiumkm",
                        principalTable: "Koperasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiwayatRegister_UsahaMikro_UsahaMikroId",
                        column: x => x.UsahaMikroId,
                        principalSchema: "koperasiumkm",
                        principalTable: "UsahaMikro",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SkalaUsahaMikro",
                schema: "koperasiumkm",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UsahaMikroId = table.Column<long>(type: "bigint", nullable: false),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    Skala = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkalaUsahaMikro", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkalaUsahaMikro_UsahaMikro_UsahaMikroId",
                        column: x => x.UsahaMikroId,
                        principalSchema: "koperasiumkm",
                        principalTable: "UsahaMikro",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AturanRegister_Variabel",
                schema: "koperasiumkm",
                table: "AturanRegister",
                column: "Variabel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AturanRegisterRiwayat_Variabel_Versi",
                schema: "koperasiumkm",
                table: "AturanRegisterRiwayat",
                columns: new[] { "Variabel", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataTahunanKoperasi_KoperasiId_Tahun",
                schema: "koperasiumkm",
                table: "DataTahunanKoperasi",
                columns: new[] { "KoperasiId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Koperasi_Kecamatan_Status",
                schema: "koperasiumkm",
                table: "Koperasi",
                columns: new[] { "Kecamatan", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Koperasi_NomorBadanHukum",
                schema: "koperasiumkm",
                table: "Koperasi",
                column: "NomorBadanHukum",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LayananKoperasi_Jenis_Tanggal",
                schema: "koperasiumkm",
                table: "LayananKoperasi",
                columns: new[] { "Jenis", "Tanggal" });

            migrationBuilder.CreateIndex(
                name: "IX_LayananKoperasi_KoperasiId",
                schema: "koperasiumkm",
                table: "LayananKoperasi",
                column: "KoperasiId");

            migrationBuilder.CreateIndex(
                name: "IX_LayananUsahaMikro_UsahaMikroId",
                schema: "koperasiumkm",
                table: "LayananUsahaMikro",
                column: "UsahaMikroId");

            migrationBuilder.CreateIndex(
                name: "IX_RiwayatRegister_KoperasiId_Versi",
                schema: "koperasiumkm",
                table: "RiwayatRegister",
                columns: new[] { "KoperasiId", "Versi" },
                unique: true,
                filter: "[KoperasiId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RiwayatRegister_UsahaMikroId_Versi",
                schema: "koperasiumkm",
                table: "RiwayatRegister",
                columns: new[] { "UsahaMikroId", "Versi" },
                unique: true,
                filter: "[UsahaMikroId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SkalaUsahaMikro_UsahaMikroId_Tahun",
                schema: "koperasiumkm",
                table: "SkalaUsahaMikro",
                columns: new[] { "UsahaMikroId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsahaMikro_Kecamatan_Status",
                schema: "koperasiumkm",
                table: "UsahaMikro",
                columns: new[] { "Kecamatan", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_UsahaMikro_NomorInduk",
                schema: "koperasiumkm",
                table: "UsahaMikro",
                column: "NomorInduk",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AturanRegister",
                schema: "koperasiumkm");

            migrationBuilder.DropTable(
                name: "AturanRegisterRiwayat",
                schema: "koperasiumkm");

            migrationBuilder.DropTable(
                name: "DataTahunanKoperasi",
                schema: "koperasiumkm");

            migrationBuilder.DropTable(
                name: "ImporAturanRegisterBawaan",
                schema: "koperasiumkm");

            migrationBuilder.DropTable(
                name: "LayananKoperasi",
                schema: "koperasiumkm");

            migrationBuilder.DropTable(
                name: "LayananUsahaMikro",
                schema: "koperasiumkm");

            migrationBuilder.DropTable(
                name: "RiwayatRegister",
                schema: "koperasiumkm");

            migrationBuilder.DropTable(
                name: "SkalaUsahaMikro",
                schema: "koperasiumkm");

            migrationBuilder.DropTable(
                name: "Koperasi",
                schema: "koperasiumkm");

            migrationBuilder.DropTable(
                name: "UsahaMikro",
                schema: "koperasiumkm");
        }
    }
}
