using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renstra.Modules.KoperasiUmkm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegisterKoperasiUsahaMikro : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AturanRegister",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Variabel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Isi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanRegister", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AturanRegisterRiwayat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Variabel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    Isi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanRegisterRiwayat", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImporAturanRegisterBawaan",
                columns: table => new
                {
                    Bagian = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImporAturanRegisterBawaan", x => x.Bagian);
                });

            migrationBuilder.CreateTable(
                name: "Koperasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NomorBadanHukum = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Alamat = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kecamatan = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TanggalBerdiri = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusSejak = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Koperasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsahaMikro",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NomorInduk = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NamaUsaha = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kecamatan = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sektor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TanggalIzin = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TanggalKemitraan = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TanggalWirausahaBaru = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusSejak = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsahaMikro", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataTahunanKoperasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KoperasiId = table.Column<long>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Rat = table.Column<bool>(type: "INTEGER", nullable: false),
                    TanggalRat = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    JumlahAnggota = table.Column<int>(type: "INTEGER", nullable: true),
                    ModalSendiri = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    VolumeUsaha = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    Aset = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    Shu = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiubahPadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataTahunanKoperasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataTahunanKoperasi_Koperasi_KoperasiId",
                        column: x => x.KoperasiId,
                        principalTable: "Koperasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LayananKoperasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KoperasiId = table.Column<long>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hasil = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LayananKoperasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LayananKoperasi_Koperasi_KoperasiId",
                        column: x => x.KoperasiId,
                        principalTable: "Koperasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LayananUsahaMikro",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UsahaMikroId = table.Column<long>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LayananUsahaMikro", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LayananUsahaMikro_UsahaMikro_UsahaMikroId",
                        column: x => x.UsahaMikroId,
                        principalTable: "UsahaMikro",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiwayatRegister",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Register = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    KoperasiId = table.Column<long>(type: "INTEGER", nullable: true),
                    UsahaMikroId = table.Column<long>(type: "INTEGER", nullable: true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusSejak = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Isi = table.Column<string>(type: "TEXT", nullable: false),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PadaUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiwayatRegister", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiwayatRegister_Koperasi_KoperasiId",
                        column: x => x.KoperasiId,
                        principalTable: "Koperasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiwayatRegister_UsahaMikro_UsahaMikroId",
                        column: x => x.UsahaMikroId,
                        principalTable: "UsahaMikro",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SkalaUsahaMikro",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UsahaMikroId = table.Column<long>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Skala = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkalaUsahaMikro", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkalaUsahaMikro_UsahaMikro_UsahaMikroId",
                        column: x => x.UsahaMikroId,
                        principalTable: "UsahaMikro",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AturanRegister_Variabel",
                table: "AturanRegister",
                column: "Variabel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AturanRegisterRiwayat_Variabel_Versi",
                table: "AturanRegisterRiwayat",
                columns: new[] { "Variabel", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataTahunanKoperasi_KoperasiId_Tahun",
                table: "DataTahunanKoperasi",
                columns: new[] { "KoperasiId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Koperasi_Kecamatan_Status",
                table: "Koperasi",
                columns: new[] { "Kecamatan", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Koperasi_NomorBadanHukum",
                table: "Koperasi",
                column: "NomorBadanHukum",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LayananKoperasi_Jenis_Tanggal",
                table: "LayananKoperasi",
                columns: new[] { "Jenis", "Tanggal" });

            migrationBuilder.CreateIndex(
                name: "IX_LayananKoperasi_KoperasiId",
                table: "LayananKoperasi",
                column: "KoperasiId");

            migrationBuilder.CreateIndex(
                name: "IX_LayananUsahaMikro_UsahaMikroId",
                table: "LayananUsahaMikro",
                column: "UsahaMikroId");

            migrationBuilder.CreateIndex(
                name: "IX_RiwayatRegister_KoperasiId_Versi",
                table: "RiwayatRegister",
                columns: new[] { "KoperasiId", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiwayatRegister_UsahaMikroId_Versi",
                table: "RiwayatRegister",
                columns: new[] { "UsahaMikroId", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkalaUsahaMikro_UsahaMikroId_Tahun",
                table: "SkalaUsahaMikro",
                columns: new[] { "UsahaMikroId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsahaMikro_Kecamatan_Status",
                table: "UsahaMikro",
                columns: new[] { "Kecamatan", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_UsahaMikro_NomorInduk",
                table: "UsahaMikro",
                column: "NomorInduk",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AturanRegister");

            migrationBuilder.DropTable(
                name: "AturanRegisterRiwayat");

            migrationBuilder.DropTable(
                name: "DataTahunanKoperasi");

            migrationBuilder.DropTable(
                name: "ImporAturanRegisterBawaan");

            migrationBuilder.DropTable(
                name: "LayananKoperasi");

            migrationBuilder.DropTable(
                name: "LayananUsahaMikro");

            migrationBuilder.DropTable(
                name: "RiwayatRegister");

            migrationBuilder.DropTable(
                name: "SkalaUsahaMikro");

            migrationBuilder.DropTable(
                name: "Koperasi");

            migrationBuilder.DropTable(
                name: "UsahaMikro");
        }
    }
}
