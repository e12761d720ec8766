CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "AturanAkumulasi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AturanAkumulasi" PRIMARY KEY AUTOINCREMENT,
    "Kode" TEXT NOT NULL,
    "Cara" TEXT NOT NULL,
    "Versi" INTEGER NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "AturanEfisiensi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AturanEfisiensi" PRIMARY KEY AUTOINCREMENT,
    "Rumus" TEXT NOT NULL,
    "Keterangan" TEXT NULL,
    "Versi" INTEGER NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
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

CREATE TABLE "CatatanEvaluasi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CatatanEvaluasi" PRIMARY KEY AUTOINCREMENT,
    "Tahun" INTEGER NOT NULL,
    "FaktorPendorong" TEXT NOT NULL,
    "FaktorPenghambat" TEXT NOT NULL,
    "TindakLanjutTriwulan" TEXT NOT NULL,
    "TindakLanjutRenja" TEXT NOT NULL,
    "Versi" INTEGER NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "CatatanEvaluasiRiwayat" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CatatanEvaluasiRiwayat" PRIMARY KEY AUTOINCREMENT,
    "Tahun" INTEGER NOT NULL,
    "Versi" INTEGER NOT NULL,
    "FaktorPendorong" TEXT NOT NULL,
    "FaktorPenghambat" TEXT NOT NULL,
    "TindakLanjutTriwulan" TEXT NOT NULL,
    "TindakLanjutRenja" TEXT NOT NULL,
    "Oleh" TEXT NOT NULL,
    "PadaUtc" TEXT NOT NULL
);

CREATE TABLE "DpaSubKegiatan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DpaSubKegiatan" PRIMARY KEY AUTOINCREMENT,
    "Tahun" INTEGER NOT NULL,
    "SubKegiatanId" TEXT NOT NULL,
    "Murni" TEXT NOT NULL,
    "Perubahan" TEXT NULL,
    "Versi" INTEGER NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "InboxMessages" (
    "MessageId" TEXT NOT NULL,
    "Handler" TEXT NOT NULL,
    "HandledOnUtc" TEXT NOT NULL,
    CONSTRAINT "PK_InboxMessages" PRIMARY KEY ("MessageId", "Handler")
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

CREATE TABLE "RealisasiAnggaran" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RealisasiAnggaran" PRIMARY KEY AUTOINCREMENT,
    "Modul" TEXT NOT NULL,
    "Periode" TEXT NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Triwulan" INTEGER NOT NULL,
    "SubKegiatanId" TEXT NOT NULL,
    "Rp" TEXT NOT NULL,
    "Revisi" INTEGER NOT NULL,
    "DiterimaPadaUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_AturanAkumulasi_Kode" ON "AturanAkumulasi" ("Kode");

CREATE INDEX "IX_AuditLog_Entitas_WaktuUtc" ON "AuditLog" ("Entitas", "WaktuUtc");

CREATE INDEX "IX_AuditLog_WaktuUtc" ON "AuditLog" ("WaktuUtc");

CREATE UNIQUE INDEX "IX_CatatanEvaluasi_Tahun" ON "CatatanEvaluasi" ("Tahun");

CREATE UNIQUE INDEX "IX_CatatanEvaluasiRiwayat_Tahun_Versi" ON "CatatanEvaluasiRiwayat" ("Tahun", "Versi");

CREATE UNIQUE INDEX "IX_DpaSubKegiatan_Tahun_SubKegiatanId" ON "DpaSubKegiatan" ("Tahun", "SubKegiatanId");

CREATE INDEX "IX_OutboxMessages_ProcessedOnUtc_OccurredOnUtc" ON "OutboxMessages" ("ProcessedOnUtc", "OccurredOnUtc");

CREATE UNIQUE INDEX "IX_RealisasiAnggaran_Periode_SubKegiatanId" ON "RealisasiAnggaran" ("Periode", "SubKegiatanId");

CREATE INDEX "IX_RealisasiAnggaran_Tahun" ON "RealisasiAnggaran" ("Tahun");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201112109_Awal', '10.0.15');

