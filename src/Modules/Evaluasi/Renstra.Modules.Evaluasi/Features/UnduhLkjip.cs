using Mediator;
using Renstra.Modules.Evaluasi.Domain;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>The LKjIP tables of a year as XLSX: pengukuran kinerja per sasaran, then efisiensi per program.</summary>
public static class UnduhLkjip
{
    public sealed record Query(int Tahun) : IQuery<BerkasEvaluasi>;

    public sealed class Handler(ISender sender) : IQueryHandler<Query, BerkasEvaluasi>
    {
        public async ValueTask<BerkasEvaluasi> Handle(Query query, CancellationToken cancellationToken)
        {
            var l = await sender.Send(new LihatLkjip.Query(query.Tahun), cancellationToken);
            return new BerkasEvaluasi(Tulis(l), LembarXlsx.JenisKonten, $"lkjip-{l.Tahun}.xlsx");
        }
    }

    internal static byte[] Tulis(Lkjip l)
    {
        var x = new LembarXlsx($"LKjIP {l.Tahun}");
        x.Teks(1, 1, $"Pengukuran Kinerja Tahun {l.Tahun} — {l.Kop.PerangkatDaerah} {l.Kop.Pemerintah}", GayaSel.Judul);
        string[] kepala = ["No", "Sasaran strategis", "Indikator kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori",
            .. Enumerable.Range(LihatEvaluasiRenja.TahunAwalRenstra, l.Tahun - LihatEvaluasiRenja.TahunAwalRenstra).Select(t => $"Realisasi {t}"),
            $"Target akhir Renstra ({LihatEvaluasiRenja.TahunAkhirRenstra})", "Capaian terhadap target akhir (%)"];
        for (var k = 0; k < kepala.Length; k++)
        {
            x.Teks(3, k + 1, kepala[k], GayaSel.Kepala);
            x.Teks(4, k + 1, $"{k + 1}", GayaSel.Kepala);
        }
        var b = 5;
        foreach (var s in l.Pengukuran)
        {
            var pertama = true;
            foreach (var i in s.Indikator.DefaultIfEmpty())
            {
                x.Teks(b, 1, pertama ? s.Nomor : "");
                x.Teks(b, 2, pertama ? s.Sasaran : "");
                x.Teks(b, 3, i?.Nama);
                x.Teks(b, 4, i?.Satuan);
                x.Angka(b, 5, i?.Target, GayaSel.Desimal);
                x.Angka(b, 6, i?.Realisasi, GayaSel.Desimal);
                x.Angka(b, 7, i?.Capaian, GayaSel.Desimal);
                x.Teks(b, 8, i?.Kategori);
                var k = 9;
                foreach (var t in i?.TahunSebelumnya ?? []) x.Angka(b, k++, t.Realisasi, GayaSel.Desimal);
                k = 9 + (l.Tahun - LihatEvaluasiRenja.TahunAwalRenstra);
                x.Angka(b, k, i?.TargetAkhir, GayaSel.Desimal);
                x.Angka(b, k + 1, i?.CapaianTerhadapTargetAkhir, GayaSel.Desimal);
                pertama = false;
                b++;
            }
        }
        b += 2;
        x.Teks(b++, 1, $"Efisiensi Penggunaan Sumber Daya Tahun {l.Tahun}", GayaSel.Judul);
        string[] kepalaEfisiensi = ["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)", "Capaian kinerja (%)", "Efisiensi"];
        for (var k = 0; k < kepalaEfisiensi.Length; k++) x.Teks(b, k + 1, kepalaEfisiensi[k], GayaSel.Kepala);
        b++;
        foreach (var p in l.Efisiensi)
        {
            x.Teks(b, 1, p.Nomor);
            x.Teks(b, 2, p.Program);
            x.Angka(b, 3, p.Anggaran);
            x.Angka(b, 4, p.Realisasi);
            x.Angka(b, 5, p.Serapan, GayaSel.Desimal);
            x.Angka(b, 6, p.CapaianKinerja, GayaSel.Desimal);
            x.Angka(b, 7, p.Efisiensi, GayaSel.Desimal);
            b++;
        }
        x.Teks(b + 1, 2, $"Rumus efisiensi: {l.RumusEfisiensi.Rumus}", GayaSel.Biasa);
        x.Lebar(1, 6);
        x.Lebar(2, 40);
        x.Lebar(3, 40);
        for (var k = 4; k <= kepala.Length; k++) x.Lebar(k, 13);
        return x.Tulis();
    }
}
