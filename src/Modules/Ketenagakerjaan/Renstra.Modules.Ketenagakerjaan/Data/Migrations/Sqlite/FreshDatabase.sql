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
VALUES ('20261128111323_Awal', '10.0.15');

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
VALUES ('20261201105038_RealisasiAnggaran', '10.0.15');

CREATE TABLE "NilaiLembar" (
    "LembarId" INTEGER NOT NULL,
    "Variabel" TEXT NOT NULL,
    "Nilai" TEXT NOT NULL,
    CONSTRAINT "PK_NilaiLembar" PRIMARY KEY ("LembarId", "Variabel"),
    CONSTRAINT "FK_NilaiLembar_LembarData_LembarId" FOREIGN KEY ("LembarId") REFERENCES "LembarData" ("Id") ON DELETE RESTRICT
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201223435_NilaiLembar', '10.0.15');

