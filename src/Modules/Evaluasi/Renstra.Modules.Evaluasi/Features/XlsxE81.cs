using Renstra.Modules.Evaluasi.Domain;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>
/// Formulir E.81 in its printed layout: columns numbered 1–16, columns 5–14 each a merged heading over
/// a K and an Rp cell, one sheet row per indicator (the node's Rp on its first row), then the totals, the
/// averages with their predikat, the texts and the signature block.
/// </summary>
internal static class XlsxE81
{
    public const string JenisKonten = LembarXlsx.JenisKonten;

    /// <summary>The first sheet row of the data (after the title and the three heading rows).</summary>
    public const int BarisDataPertama = 9;

    public static readonly string[] JudulKolomPasangan =
    [
        "Target Renstra PD pada Tahun {akhir} (Akhir Periode Renstra PD)",
        "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu ({lalu})",
        "Target Kinerja dan Anggaran Renja PD Tahun Berjalan ({tahun}) yang Dievaluasi",
        "Realisasi Kinerja Triwulan I",
        "Realisasi Kinerja Triwulan II",
        "Realisasi Kinerja Triwulan III",
        "Realisasi Kinerja Triwulan IV",
        "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi ({tahun})",
        "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun {tahun} (Akhir Tahun Pelaksanaan Renja PD)",
        "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun {tahun} (%)",
    ];

    public static string Judul(string templat, EvaluasiRenja f) =>
        templat.Replace("{akhir}", $"{f.TahunAkhirRenstra}", StringComparison.Ordinal)
            .Replace("{lalu}", $"{f.Tahun - 1}", StringComparison.Ordinal)
            .Replace("{tahun}", $"{f.Tahun}", StringComparison.Ordinal);

    public static byte[] Tulis(EvaluasiRenja f)
    {
        var x = new LembarXlsx("Formulir E.81");
        x.Teks(1, 1, "Formulir E.81 — Evaluasi terhadap Hasil Renja Perangkat Daerah Kabupaten", GayaSel.Judul);
        x.Teks(2, 1, $"Renja Perangkat Daerah {f.Kop.PerangkatDaerah} {f.Kop.Pemerintah}", GayaSel.Judul);
        x.Teks(3, 1, $"Periode pelaksanaan: Tahun {f.Tahun} s.d. Triwulan {Romawi(f.SampaiTriwulan)}", GayaSel.Judul);

        string[] kiri = ["No", "Sasaran", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja Program (outcome)/Kegiatan (output)"];
        for (var k = 0; k < kiri.Length; k++)
        {
            x.Teks(6, k + 1, kiri[k], GayaSel.Kepala);
            x.Gabung(6, k + 1, 7, k + 1);
            x.Teks(8, k + 1, $"{k + 1}", GayaSel.Kepala);
        }
        for (var p = 0; p < JudulKolomPasangan.Length; p++)
        {
            var kolom = 5 + p * 2;
            x.Teks(6, kolom, Judul(JudulKolomPasangan[p], f), GayaSel.Kepala);
            x.Gabung(6, kolom, 6, kolom + 1);
            x.Teks(7, kolom, "K", GayaSel.Kepala);
            x.Teks(7, kolom + 1, "Rp", GayaSel.Kepala);
            x.Teks(8, kolom, $"{5 + p}", GayaSel.Kepala);
            x.Gabung(8, kolom, 8, kolom + 1);
        }
        x.Teks(6, 25, "Unit PD Penanggung Jawab", GayaSel.Kepala);
        x.Gabung(6, 25, 7, 25);
        x.Teks(8, 25, "15", GayaSel.Kepala);
        x.Teks(6, 26, "Keterangan", GayaSel.Kepala);
        x.Gabung(6, 26, 7, 26);
        x.Teks(8, 26, "16", GayaSel.Kepala);

        var baris = BarisDataPertama;
        foreach (var b in f.Baris)
        {
            var tebal = b.Tingkat == TingkatRencana.Program;
            IReadOnlyList<IndikatorE81?> indikator = b.Indikator.Count > 0 ? [.. b.Indikator] : [null];
            var pertama = true;
            foreach (var i in indikator)
            {
                x.Teks(baris, 1, pertama ? b.Nomor : "", tebal ? GayaSel.TeksTebal : GayaSel.Teks);
                x.Teks(baris, 2, pertama ? b.Sasaran : "");
                x.Teks(baris, 3, pertama ? b.Nama : "", tebal ? GayaSel.TeksTebal : GayaSel.Teks);
                x.Teks(baris, 4, i is null ? "" : $"{i.Nama} ({i.Satuan})");
                TulisKolom(x, baris, i?.K, pertama ? b.Rp : null, tebal);
                x.Teks(baris, 25, pertama ? b.UnitPenanggungJawab : "");
                x.Teks(baris, 26, pertama ? b.Keterangan : "");
                pertama = false;
                baris++;
            }
        }

        x.Teks(baris, 1, "", GayaSel.TeksTebal);
        x.Teks(baris, 2, "", GayaSel.TeksTebal);
        x.Teks(baris, 3, "Jumlah", GayaSel.TeksTebal);
        x.Teks(baris, 4, "", GayaSel.TeksTebal);
        TulisKolom(x, baris, null, f.Ringkasan.JumlahRp, tebal: true);
        x.Teks(baris, 25, "", GayaSel.TeksTebal);
        x.Teks(baris, 26, "", GayaSel.TeksTebal);
        baris += 2;

        var r = f.Ringkasan;
        (string Label, decimal? Nilai, string? Predikat)[] ringkasan =
        [
            ("Rata-rata capaian kinerja (%)", r.CapaianKinerja, r.PredikatKinerja),
            ("Rata-rata capaian anggaran / serapan (%)", r.CapaianAnggaran, r.PredikatAnggaran),
            ("Tingkat capaian kinerja Renstra s.d. tahun ini (%)", r.TingkatCapaianKinerjaRenstra, null),
            ("Tingkat realisasi anggaran Renstra s.d. tahun ini (%)", r.TingkatCapaianAnggaranRenstra, null),
        ];
        foreach (var (label, nilai, predikat) in ringkasan)
        {
            x.Teks(baris, 3, label, GayaSel.TeksTebal);
            x.Angka(baris, 4, nilai, GayaSel.DesimalTebal);
            if (predikat is not null) x.Teks(baris, 5, $"Predikat: {predikat}", GayaSel.TeksTebal);
            baris++;
        }
        baris++;
        (string Label, string? Isi)[] teks =
        [
            ("Faktor pendorong keberhasilan pencapaian", f.Catatan?.FaktorPendorong),
            ("Faktor penghambat pencapaian kinerja", f.Catatan?.FaktorPenghambat),
            ("Tindak lanjut yang diperlukan dalam triwulan berikutnya", f.Catatan?.TindakLanjutTriwulan),
            ("Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya", f.Catatan?.TindakLanjutRenja),
        ];
        foreach (var (label, isi) in teks)
        {
            x.Teks(baris, 3, label, GayaSel.TeksTebal);
            x.Teks(baris, 4, string.IsNullOrWhiteSpace(isi) ? "–" : isi);
            x.Gabung(baris, 4, baris, 24, GayaSel.Teks);
            baris++;
        }
        baris++;
        x.Teks(baris++, 22, $"{f.Kop.Kota}, ...................... {f.Tahun + (f.SampaiTriwulan == 4 ? 1 : 0)}", GayaSel.Biasa);
        x.Teks(baris++, 22, $"Kepala {f.Kop.PerangkatDaerah}", GayaSel.Biasa);
        baris += 3;
        x.Teks(baris++, 22, f.Kop.NamaKepala, GayaSel.Judul);
        if (f.Kop.PangkatKepala.Length > 0) x.Teks(baris++, 22, f.Kop.PangkatKepala, GayaSel.Biasa);
        x.Teks(baris, 22, $"NIP. {f.Kop.NipKepala}", GayaSel.Biasa);

        x.Lebar(1, 7);
        x.Lebar(2, 22);
        x.Lebar(3, 34);
        x.Lebar(4, 34);
        for (var k = 5; k <= 24; k++) x.Lebar(k, k % 2 == 1 ? 10 : 16);
        x.Lebar(25, 18);
        x.Lebar(26, 14);
        return x.Tulis();
    }

    private static void TulisKolom(LembarXlsx x, int baris, KolomE81? k, KolomE81? rp, bool tebal)
    {
        var gayaK = tebal ? GayaSel.DesimalTebal : GayaSel.Desimal;
        var gayaRp = tebal ? GayaSel.RupiahTebal : GayaSel.Rupiah;
        decimal?[] NilaiDari(KolomE81? kolom) => kolom is null
            ? new decimal?[10]
            : [kolom.TargetRenstraAkhir, kolom.RealisasiRenstraSdTahunLalu, kolom.TargetRenja, .. kolom.Triwulan, kolom.RealisasiRenja, kolom.RealisasiRenstraSdTahunIni, kolom.TingkatCapaian];
        var nilaiK = NilaiDari(k);
        var nilaiRp = NilaiDari(rp);
        for (var p = 0; p < 10; p++)
        {
            x.Angka(baris, 5 + p * 2, nilaiK[p], gayaK);
            // Column 14 is a percentage for Rp too.
            x.Angka(baris, 6 + p * 2, nilaiRp[p], p == 9 ? gayaK : gayaRp);
        }
    }

    public static string Romawi(int triwulan) => triwulan switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
