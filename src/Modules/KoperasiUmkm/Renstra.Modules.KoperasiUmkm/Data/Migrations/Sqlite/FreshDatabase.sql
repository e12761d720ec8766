CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "AuditLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditLog" PRIMARY KEY AUTOINCREMENT,
    "WaktuUtc" TEXT NOT NULL,
    "Oleh" TEXT NOT NULL,
    "Aksi" TEXT NOT NULL,
    "Entitas" TEXT NOT NULL,
    "Kunci" TEXT NOT NULL,
    "Sebelum" TEXT NULL,
    "Sesudah" TEXT NULL,
    "Modul" TEXT NOT NULL
);

CREATE TABLE "InboxMessages" (
    "MessageId" TEXT NOT NULL,
    "Handler" TEXT NOT NULL,
    "HandledOnUtc" TEXT NOT NULL,
    CONSTRAINT "PK_InboxMessages" PRIMARY KEY ("MessageId", "Handler")
);

CREATE TABLE "KekuranganData" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_KekuranganData" PRIMARY KEY AUTOINCREMENT,
    "Periode" TEXT NOT NULL,
    "Wilayah" TEXT NOT NULL,
    "Variabel" TEXT NOT NULL,
    "DihitungPadaUtc" TEXT NOT NULL
);

CREATE TABLE "LembarData" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LembarData" PRIMARY KEY AUTOINCREMENT,
    "Periode" TEXT NOT NULL,
    "Wilayah" TEXT NOT NULL,
    "Revisi" INTEGER NOT NULL,
    "Terkunci" INTEGER NOT NULL,
    "Nilai" TEXT NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "OutboxMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY,
    "Type" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "OccurredOnUtc" TEXT NOT NULL,
    "ProcessedOnUtc" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "RevisiLembar" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RevisiLembar" PRIMARY KEY AUTOINCREMENT,
    "LembarId" INTEGER NOT NULL,
    "Nomor" INTEGER NOT NULL,
    "Oleh" TEXT NOT NULL,
    "PadaUtc" TEXT NOT NULL,
    "Sumber" TEXT NOT NULL,
    "Nilai" TEXT NOT NULL,
    "Perubahan" TEXT NOT NULL,
    CONSTRAINT "FK_RevisiLembar_LembarData_LembarId" FOREIGN KEY ("LembarId") REFERENCES "LembarData" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "RiwayatKunci" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RiwayatKunci" PRIMARY KEY AUTOINCREMENT,
    "LembarId" INTEGER NOT NULL,
    "Terkunci" INTEGER NOT NULL,
    "Oleh" TEXT NOT NULL,
    "PadaUtc" TEXT NOT NULL,
    CONSTRAINT "FK_RiwayatKunci_LembarData_LembarId" FOREIGN KEY ("LembarId") REFERENCES "LembarData" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_AuditLog_Entitas_WaktuUtc" ON "AuditLog" ("Entitas", "WaktuUtc");

CREATE INDEX "IX_AuditLog_WaktuUtc" ON "AuditLog" ("WaktuUtc");

CREATE UNIQUE INDEX "IX_KekuranganData_Periode_Wilayah" ON "KekuranganData" ("Periode", "Wilayah");

CREATE UNIQUE INDEX "IX_LembarData_Periode_Wilayah" ON "LembarData" ("Periode", "Wilayah");

CREATE INDEX "IX_OutboxMessages_ProcessedOnUtc_OccurredOnUtc" ON "OutboxMessages" ("ProcessedOnUtc", "OccurredOnUtc");

CREATE UNIQUE INDEX "IX_RevisiLembar_LembarId_Nomor" ON "RevisiLembar" ("LembarId", "Nomor");

CREATE INDEX "IX_RiwayatKunci_LembarId" ON "RiwayatKunci" ("LembarId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128111355_Awal', '10.0.15');

CREATE TABLE "LembarAnggaran" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LembarAnggaran" PRIMARY KEY AUTOINCREMENT,
    "Periode" TEXT NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Revisi" INTEGER NOT NULL,
    "Terkunci" INTEGER NOT NULL,
    "Realisasi" TEXT NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "RevisiLembarAnggaran" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RevisiLembarAnggaran" PRIMARY KEY AUTOINCREMENT,
    "LembarAnggaranId" INTEGER NOT NULL,
    "Nomor" INTEGER NOT NULL,
    "Oleh" TEXT NOT NULL,
    "PadaUtc" TEXT NOT NULL,
    "Sumber" TEXT NOT NULL,
    "Realisasi" TEXT NOT NULL,
    "Perubahan" TEXT NOT NULL,
    CONSTRAINT "FK_RevisiLembarAnggaran_LembarAnggaran_LembarAnggaranId" FOREIGN KEY ("LembarAnggaranId") REFERENCES "LembarAnggaran" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_LembarAnggaran_Periode" ON "LembarAnggaran" ("Periode");

CREATE INDEX "IX_LembarAnggaran_Tahun" ON "LembarAnggaran" ("Tahun");

CREATE UNIQUE INDEX "IX_RevisiLembarAnggaran_LembarAnggaranId_Nomor" ON "RevisiLembarAnggaran" ("LembarAnggaranId", "Nomor");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201105136_RealisasiAnggaran', '10.0.15');

CREATE TABLE "AturanRegister" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AturanRegister" PRIMARY KEY AUTOINCREMENT,
    "Variabel" TEXT NOT NULL,
    "Isi" TEXT NOT NULL,
    "Versi" INTEGER NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "AturanRegisterRiwayat" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AturanRegisterRiwayat" PRIMARY KEY AUTOINCREMENT,
    "Variabel" TEXT NOT NULL,
    "Versi" INTEGER NOT NULL,
    "Isi" TEXT NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "ImporAturanRegisterBawaan" (
    "Bagian" TEXT NOT NULL CONSTRAINT "PK_ImporAturanRegisterBawaan" PRIMARY KEY,
    "PadaUtc" TEXT NOT NULL
);

CREATE TABLE "Koperasi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Koperasi" PRIMARY KEY AUTOINCREMENT,
    "NomorBadanHukum" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "Jenis" TEXT NOT NULL,
    "Alamat" TEXT NOT NULL,
    "Kecamatan" TEXT NOT NULL,
    "TanggalBerdiri" TEXT NULL,
    "Status" TEXT NOT NULL,
    "StatusSejak" TEXT NOT NULL,
    "Versi" INTEGER NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "UsahaMikro" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_UsahaMikro" PRIMARY KEY AUTOINCREMENT,
    "NomorInduk" TEXT NOT NULL,
    "NamaUsaha" TEXT NOT NULL,
    "Kecamatan" TEXT NOT NULL,
    "Sektor" TEXT NOT NULL,
    "TanggalIzin" TEXT NULL,
    "TanggalKemitraan" TEXT NULL,
    "TanggalWirausahaBaru" TEXT NULL,
    "Status" TEXT NOT NULL,
    "StatusSejak" TEXT NOT NULL,
    "Versi" INTEGER NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "DataTahunanKoperasi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataTahunanKoperasi" PRIMARY KEY AUTOINCREMENT,
    "KoperasiId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Rat" INTEGER NOT NULL,
    "TanggalRat" TEXT NULL,
    "JumlahAnggota" INTEGER NULL,
    "ModalSendiri" TEXT NULL,
    "VolumeUsaha" TEXT NULL,
    "Aset" TEXT NULL,
    "Shu" TEXT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL,
    CONSTRAINT "FK_DataTahunanKoperasi_Koperasi_KoperasiId" FOREIGN KEY ("KoperasiId") REFERENCES "Koperasi" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "LayananKoperasi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LayananKoperasi" PRIMARY KEY AUTOINCREMENT,
    "KoperasiId" INTEGER NOT NULL,
    "Jenis" TEXT NOT NULL,
    "Tanggal" TEXT NOT NULL,
    "Hasil" TEXT NULL,
    "Oleh" TEXT NOT NULL,
    "PadaUtc" TEXT NOT NULL,
    CONSTRAINT "FK_LayananKoperasi_Koperasi_KoperasiId" FOREIGN KEY ("KoperasiId") REFERENCES "Koperasi" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "LayananUsahaMikro" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LayananUsahaMikro" PRIMARY KEY AUTOINCREMENT,
    "UsahaMikroId" INTEGER NOT NULL,
    "Jenis" TEXT NOT NULL,
    "Tanggal" TEXT NOT NULL,
    "Oleh" TEXT NOT NULL,
    "PadaUtc" TEXT NOT NULL,
    CONSTRAINT "FK_LayananUsahaMikro_UsahaMikro_UsahaMikroId" FOREIGN KEY ("UsahaMikroId") REFERENCES "UsahaMikro" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "RiwayatRegister" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RiwayatRegister" PRIMARY KEY AUTOINCREMENT,
    "Register" TEXT NOT NULL,
    "KoperasiId" INTEGER NULL,
    "UsahaMikroId" INTEGER NULL,
    "Versi" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "StatusSejak" TEXT NOT NULL,
    "Keterangan" TEXT NOT NULL,
    "Isi" TEXT NOT NULL,
    "Oleh" TEXT NOT NULL,
    "PadaUtc" TEXT NOT NULL,
    CONSTRAINT "FK_RiwayatRegister_Koperasi_KoperasiId" FOREIGN KEY ("KoperasiId") REFERENCES "Koperasi" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_RiwayatRegister_UsahaMikro_UsahaMikroId" FOREIGN KEY ("UsahaMikroId") REFERENCES "UsahaMikro" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SkalaUsahaMikro" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SkalaUsahaMikro" PRIMARY KEY AUTOINCREMENT,
    "UsahaMikroId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Skala" TEXT NOT NULL,
    CONSTRAINT "FK_SkalaUsahaMikro_UsahaMikro_UsahaMikroId" FOREIGN KEY ("UsahaMikroId") REFERENCES "UsahaMikro" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_AturanRegister_Variabel" ON "AturanRegister" ("Variabel");

CREATE UNIQUE INDEX "IX_AturanRegisterRiwayat_Variabel_Versi" ON "AturanRegisterRiwayat" ("Variabel", "Versi");

CREATE UNIQUE INDEX "IX_DataTahunanKoperasi_KoperasiId_Tahun" ON "DataTahunanKoperasi" ("KoperasiId", "Tahun");

CREATE INDEX "IX_Koperasi_Kecamatan_Status" ON "Koperasi" ("Kecamatan", "Status");

CREATE UNIQUE INDEX "IX_Koperasi_NomorBadanHukum" ON "Koperasi" ("NomorBadanHukum");

CREATE INDEX "IX_LayananKoperasi_Jenis_Tanggal" ON "LayananKoperasi" ("Jenis", "Tanggal");

CREATE INDEX "IX_LayananKoperasi_KoperasiId" ON "LayananKoperasi" ("KoperasiId");

CREATE INDEX "IX_LayananUsahaMikro_UsahaMikroId" ON "LayananUsahaMikro" ("UsahaMikroId");

CREATE UNIQUE INDEX "IX_RiwayatRegister_KoperasiId_Versi" ON "RiwayatRegister" ("KoperasiId", "Versi");

CREATE UNIQUE INDEX "IX_RiwayatRegister_UsahaMikroId_Versi" ON "RiwayatRegister" ("UsahaMikroId", "Versi");

CREATE UNIQUE INDEX "IX_SkalaUsahaMikro_UsahaMikroId_Tahun" ON "SkalaUsahaMikro" ("UsahaMikroId", "Tahun");

CREATE INDEX "IX_UsahaMikro_Kecamatan_Status" ON "UsahaMikro" ("Kecamatan", "Status");

CREATE UNIQUE INDEX "IX_UsahaMikro_NomorInduk" ON "UsahaMikro" ("NomorInduk");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201121515_RegisterKoperasiUsahaMikro', '10.0.15');

CREATE TABLE "PermintaanTurunan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PermintaanTurunan" PRIMARY KEY AUTOINCREMENT,
    "Register" TEXT NULL,
    "DibuatPadaUtc" TEXT NOT NULL,
    "Percobaan" INTEGER NOT NULL,
    "CobaLagiPadaUtc" TEXT NOT NULL,
    "GalatTerakhir" TEXT NULL
);

CREATE INDEX "IX_PermintaanTurunan_CobaLagiPadaUtc" ON "PermintaanTurunan" ("CobaLagiPadaUtc");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201143336_PermintaanTurunan', '10.0.15');

CREATE TABLE "NilaiLembar" (
    "LembarId" INTEGER NOT NULL,
    "Variabel" TEXT NOT NULL,
    "Nilai" TEXT NOT NULL,
    CONSTRAINT "PK_NilaiLembar" PRIMARY KEY ("LembarId", "Variabel"),
    CONSTRAINT "FK_NilaiLembar_LembarData_LembarId" FOREIGN KEY ("LembarId") REFERENCES "LembarData" ("Id") ON DELETE RESTRICT
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201223943_NilaiLembar', '10.0.15');

