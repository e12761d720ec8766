CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "AturanCapaian" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AturanCapaian" PRIMARY KEY AUTOINCREMENT,
    "Jenis" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "Ekspresi" TEXT NOT NULL,
    "Urutan" INTEGER NOT NULL,
    "Properti" TEXT NOT NULL,
    "Versi" INTEGER NOT NULL
);

CREATE TABLE "AturanValidasi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AturanValidasi" PRIMARY KEY AUTOINCREMENT,
    "Modul" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "Ekspresi" TEXT NOT NULL,
    "Pesan" TEXT NOT NULL,
    "Urutan" INTEGER NOT NULL,
    "Versi" INTEGER NOT NULL
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

CREATE TABLE "HasilCapaian" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HasilCapaian" PRIMARY KEY AUTOINCREMENT,
    "Kode" TEXT NOT NULL,
    "Periode" TEXT NOT NULL,
    "Wilayah" TEXT NOT NULL,
    "IndikatorVersi" INTEGER NOT NULL,
    "Realisasi" TEXT NULL,
    "Target" TEXT NULL,
    "TargetTeks" TEXT NULL,
    "Capaian" TEXT NULL,
    "Kategori" TEXT NULL,
    "Predikat" TEXT NULL,
    "Status" TEXT NOT NULL,
    "VariabelKurang" TEXT NOT NULL,
    "Keterangan" TEXT NULL,
    "Jejak" TEXT NOT NULL,
    "DihitungPadaUtc" TEXT NOT NULL
);

CREATE TABLE "ImporBawaan" (
    "Bagian" TEXT NOT NULL CONSTRAINT "PK_ImporBawaan" PRIMARY KEY,
    "PadaUtc" TEXT NOT NULL
);

CREATE TABLE "InboxMessages" (
    "MessageId" TEXT NOT NULL,
    "Handler" TEXT NOT NULL,
    "HandledOnUtc" TEXT NOT NULL,
    CONSTRAINT "PK_InboxMessages" PRIMARY KEY ("MessageId", "Handler")
);

CREATE TABLE "Indikator" (
    "Kode" TEXT NOT NULL CONSTRAINT "PK_Indikator" PRIMARY KEY,
    "Urutan" INTEGER NOT NULL,
    "VersiTerakhir" INTEGER NOT NULL,
    "BaselineNilai" TEXT NULL,
    "BaselineTeks" TEXT NULL
);

CREATE TABLE "IndikatorVersi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IndikatorVersi" PRIMARY KEY AUTOINCREMENT,
    "Kode" TEXT NOT NULL,
    "Versi" INTEGER NOT NULL,
    "Nama" TEXT NOT NULL,
    "Satuan" TEXT NOT NULL,
    "Polaritas" TEXT NOT NULL,
    "Modul" TEXT NOT NULL,
    "Tingkat" TEXT NULL,
    "AturanCapaian" TEXT NOT NULL,
    "Rumus" TEXT NOT NULL,
    "Syarat" TEXT NULL,
    "DefinisiOperasional" TEXT NULL,
    "BerlakuMulai" TEXT NULL,
    "Variabel" TEXT NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "KunciPeriode" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_KunciPeriode" PRIMARY KEY AUTOINCREMENT,
    "Modul" TEXT NOT NULL,
    "Periode" TEXT NOT NULL,
    "Wilayah" TEXT NOT NULL,
    "Terkunci" INTEGER NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "NilaiVariabel" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NilaiVariabel" PRIMARY KEY AUTOINCREMENT,
    "Modul" TEXT NOT NULL,
    "Periode" TEXT NOT NULL,
    "Wilayah" TEXT NOT NULL,
    "Kode" TEXT NOT NULL,
    "Nilai" TEXT NOT NULL,
    "Revisi" INTEGER NOT NULL,
    "DiterimaPadaUtc" TEXT NOT NULL
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

CREATE TABLE "TargetIndikator" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TargetIndikator" PRIMARY KEY AUTOINCREMENT,
    "Kode" TEXT NOT NULL,
    "Periode" TEXT NOT NULL,
    "Nilai" TEXT NULL,
    "Predikat" TEXT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "TargetRiwayat" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TargetRiwayat" PRIMARY KEY AUTOINCREMENT,
    "Kode" TEXT NOT NULL,
    "Periode" TEXT NOT NULL,
    "Sebelum" TEXT NULL,
    "Sesudah" TEXT NULL,
    "Oleh" TEXT NOT NULL,
    "PadaUtc" TEXT NOT NULL
);

CREATE TABLE "Variabel" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Variabel" PRIMARY KEY AUTOINCREMENT,
    "Kode" TEXT NOT NULL,
    "Modul" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "Satuan" TEXT NOT NULL,
    "BilanganBulat" INTEGER NOT NULL,
    "Min" TEXT NULL,
    "Max" TEXT NULL,
    "Agregasi" TEXT NOT NULL,
    "Keterangan" TEXT NULL,
    "Versi" INTEGER NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE TABLE "VariabelRiwayat" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_VariabelRiwayat" PRIMARY KEY AUTOINCREMENT,
    "Kode" TEXT NOT NULL,
    "Versi" INTEGER NOT NULL,
    "Isi" TEXT NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_AturanCapaian_Jenis_Nama" ON "AturanCapaian" ("Jenis", "Nama");

CREATE UNIQUE INDEX "IX_AturanValidasi_Modul_Nama" ON "AturanValidasi" ("Modul", "Nama");

CREATE INDEX "IX_AuditLog_Entitas_WaktuUtc" ON "AuditLog" ("Entitas", "WaktuUtc");

CREATE INDEX "IX_AuditLog_WaktuUtc" ON "AuditLog" ("WaktuUtc");

CREATE UNIQUE INDEX "IX_HasilCapaian_Kode_Periode_Wilayah" ON "HasilCapaian" ("Kode", "Periode", "Wilayah");

CREATE INDEX "IX_HasilCapaian_Periode_Wilayah" ON "HasilCapaian" ("Periode", "Wilayah");

CREATE UNIQUE INDEX "IX_IndikatorVersi_Kode_Versi" ON "IndikatorVersi" ("Kode", "Versi");

CREATE UNIQUE INDEX "IX_KunciPeriode_Modul_Periode_Wilayah" ON "KunciPeriode" ("Modul", "Periode", "Wilayah");

CREATE UNIQUE INDEX "IX_NilaiVariabel_Modul_Periode_Wilayah_Kode" ON "NilaiVariabel" ("Modul", "Periode", "Wilayah", "Kode");

CREATE INDEX "IX_NilaiVariabel_Periode_Wilayah" ON "NilaiVariabel" ("Periode", "Wilayah");

CREATE INDEX "IX_OutboxMessages_ProcessedOnUtc_OccurredOnUtc" ON "OutboxMessages" ("ProcessedOnUtc", "OccurredOnUtc");

CREATE UNIQUE INDEX "IX_TargetIndikator_Kode_Periode" ON "TargetIndikator" ("Kode", "Periode");

CREATE INDEX "IX_TargetRiwayat_Kode_Periode" ON "TargetRiwayat" ("Kode", "Periode");

CREATE UNIQUE INDEX "IX_Variabel_Kode" ON "Variabel" ("Kode");

CREATE UNIQUE INDEX "IX_VariabelRiwayat_Kode_Versi" ON "VariabelRiwayat" ("Kode", "Versi");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128111620_Awal', '10.0.15');

ALTER TABLE "AturanValidasi" ADD "Aktif" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "AturanValidasi" ADD "DiubahOleh" TEXT NOT NULL DEFAULT '';

ALTER TABLE "AturanValidasi" ADD "DiubahPadaUtc" TEXT NOT NULL DEFAULT '0001-01-01 00:00:00';

ALTER TABLE "AturanCapaian" ADD "Aktif" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "AturanCapaian" ADD "DiubahOleh" TEXT NOT NULL DEFAULT '';

ALTER TABLE "AturanCapaian" ADD "DiubahPadaUtc" TEXT NOT NULL DEFAULT '0001-01-01 00:00:00';

CREATE TABLE "AturanRiwayat" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AturanRiwayat" PRIMARY KEY AUTOINCREMENT,
    "Jenis" TEXT NOT NULL,
    "Kunci" TEXT NOT NULL,
    "Versi" INTEGER NOT NULL,
    "Isi" TEXT NOT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPadaUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_AturanRiwayat_Jenis_Kunci_Versi" ON "AturanRiwayat" ("Jenis", "Kunci", "Versi");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128113357_AturanBisaDiubah', '10.0.15');

DROP INDEX "IX_HasilCapaian_Periode_Wilayah";

ALTER TABLE "HasilCapaian" ADD "VersiMasukan" TEXT NOT NULL DEFAULT '';

CREATE TABLE "PermintaanHitungUlang" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PermintaanHitungUlang" PRIMARY KEY AUTOINCREMENT,
    "Wilayah" TEXT NOT NULL,
    "Periode" TEXT NULL,
    "Kode" TEXT NULL,
    "TermasukTerkunci" INTEGER NOT NULL,
    "DibuatPadaUtc" TEXT NOT NULL,
    "Percobaan" INTEGER NOT NULL,
    "CobaLagiPadaUtc" TEXT NOT NULL,
    "GalatTerakhir" TEXT NULL
);

CREATE TABLE "PerubahanCapaian" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PerubahanCapaian" PRIMARY KEY AUTOINCREMENT,
    "Wilayah" TEXT NOT NULL,
    "DibuatPadaUtc" TEXT NOT NULL
);

CREATE INDEX "IX_NilaiVariabel_Wilayah_Periode" ON "NilaiVariabel" ("Wilayah", "Periode");

CREATE INDEX "IX_HasilCapaian_Wilayah_Periode" ON "HasilCapaian" ("Wilayah", "Periode");

CREATE INDEX "IX_PermintaanHitungUlang_CobaLagiPadaUtc" ON "PermintaanHitungUlang" ("CobaLagiPadaUtc");

CREATE INDEX "IX_PermintaanHitungUlang_Wilayah_Periode" ON "PermintaanHitungUlang" ("Wilayah", "Periode");

CREATE INDEX "IX_PerubahanCapaian_Wilayah_Id" ON "PerubahanCapaian" ("Wilayah", "Id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201113036_HasilCapaianTersimpan', '10.0.15');

ALTER TABLE "HasilCapaian" ADD "ProyeksiBerisiko" INTEGER NULL;

ALTER TABLE "HasilCapaian" ADD "ProyeksiCapaian" TEXT NULL;

ALTER TABLE "HasilCapaian" ADD "ProyeksiMetode" TEXT NULL;

ALTER TABLE "HasilCapaian" ADD "ProyeksiRealisasi" TEXT NULL;

ALTER TABLE "HasilCapaian" ADD "ProyeksiSampai" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201123745_ProyeksiHasil', '10.0.15');

ALTER TABLE "PermintaanHitungUlang" ADD "Variabel" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203070756_PermintaanPerVariabel', '10.0.15');

