using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Modules.Evaluasi.Domain;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>
/// The value columns of Formulir E.81, for K (an indicator) or Rp (a node):
/// 5 target Renstra akhir, 6 realisasi Renstra s.d. tahun lalu, 7 target Renja, 8–11 realisasi triwulan I–IV,
/// 12 realisasi Renja, 13 realisasi Renstra s.d. tahun ini, 14 tingkat capaian (%).
/// </summary>
public sealed record KolomE81(
    decimal? TargetRenstraAkhir, decimal? RealisasiRenstraSdTahunLalu, decimal? TargetRenja, IReadOnlyList<decimal?> Triwulan,
    decimal? RealisasiRenja, decimal? RealisasiRenstraSdTahunIni, decimal? TingkatCapaian);

/// <summary>An indicator of a row: its K columns, its capaian of the Renja year (12 ÷ 7) and category.</summary>
public sealed record IndikatorE81(
    string Kode, string Nama, string Satuan, string Polaritas, string Akumulasi, KolomE81 K, decimal? CapaianRenja, string? Kategori);

/// <summary>One program, kegiatan or sub kegiatan row: Rp columns of the node, K columns per indicator.</summary>
public sealed record BarisE81(
    string Nomor, string Id, string Tingkat, string? Sasaran, string Nama, string UnitPenanggungJawab, string? Keterangan,
    IReadOnlyList<IndikatorE81> Indikator, KolomE81 Rp);

/// <summary>The averages under the table and their predikat (the capaian bands).</summary>
/// <param name="CapaianKinerja">Mean capaian of the Renja year (12 ÷ 7) over the indicators that have one.</param>
/// <param name="CapaianAnggaran">Realisasi Renja ÷ DPA of all programs × 100.</param>
/// <param name="TingkatCapaianKinerjaRenstra">Mean of column 14 (K) over the indicators.</param>
/// <param name="TingkatCapaianAnggaranRenstra">Column 13 ÷ column 5 (Rp) of all programs × 100.</param>
public sealed record RingkasanE81(
    decimal? CapaianKinerja, string? PredikatKinerja, decimal? CapaianAnggaran, string? PredikatAnggaran,
    decimal? TingkatCapaianKinerjaRenstra, decimal? TingkatCapaianAnggaranRenstra, KolomE81 JumlahRp);

/// <summary>Formulir E.81 for a year up to a quarter.</summary>
public sealed record EvaluasiRenja(
    int Tahun, int SampaiTriwulan, int TahunAwalRenstra, int TahunAkhirRenstra, KopDokumen Kop,
    IReadOnlyList<BarisE81> Baris, RingkasanE81 Ringkasan, CatatanEvaluasiRespons? Catatan);

/// <summary>
/// GET /api/evaluasi/renja/{tahun}?sampaiTriwulan=4[&amp;format=xlsx]: Formulir E.81 assembled from what is stored —
/// Kinerja's stored results and targets (through its facade), the DPA and the realisasi anggaran Evaluasi keeps.
/// Only sums, averages and ratios are taken here; no formula is evaluated.
/// </summary>
public static class LihatEvaluasiRenja
{
    public sealed record Query(int Tahun, int SampaiTriwulan = 4) : IQuery<EvaluasiRenja>;

    public sealed class Handler(EvaluasiDbContext db, IBacaanKinerja kinerja, KopDokumen kop) : IQueryHandler<Query, EvaluasiRenja>
    {
        public async ValueTask<EvaluasiRenja> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.Tahun is < PeriodeRenstra.TahunAwal or > PeriodeRenstra.TahunAkhir)
                throw ValidationFailedException.For("tahun", $"Formulir E.81 dievaluasi untuk tahun Renstra {PeriodeRenstra.TahunAwal}–{PeriodeRenstra.TahunAkhir}.");
            if (query.SampaiTriwulan is < 1 or > 4)
                throw ValidationFailedException.For("sampaiTriwulan", "sampaiTriwulan harus 1, 2, 3 atau 4.");
            var tahun = query.Tahun;
            var q = query.SampaiTriwulan;

            var pohon = await kinerja.PohonAsync(cancellationToken);
            var indikator = (await kinerja.IndikatorAsync(cancellationToken)).ToDictionary(i => i.Kode, StringComparer.Ordinal);
            var hasil = (await kinerja.HasilAsync(PeriodeRenstra.TahunAwal, tahun, cancellationToken)).ToDictionary(h => (h.Kode, h.Periode));
            var akumulasi = await db.AkumulasiAsync( [.. indikator.Values], cancellationToken);
            var realisasi = await db.RealisasiAsync(PeriodeRenstra.TahunAwal, tahun, cancellationToken);
            var dpa = await db.DpaAsync(tahun, cancellationToken);
            var anggaranTahun = RingkasanAnggaran.Hitung(pohon, tahun, dpa, realisasi[tahun], q);
            var anggaranLalu = Enumerable.Range(PeriodeRenstra.TahunAwal, tahun - PeriodeRenstra.TahunAwal)
                .Select(t => RingkasanAnggaran.Hitung(pohon, t, new Dictionary<string, Dpa>(), realisasi[t])).ToList();
            var catatan = await db.Catatan.AsNoTracking().SingleOrDefaultAsync(c => c.Tahun == tahun, cancellationToken);

            // An indicator may sit under several nodes: its columns are worked out once, its category below.
            var perKode = new Dictionary<string, IndikatorE81>(StringComparer.Ordinal);
            IndikatorE81 Kolom(string kode) =>
                perKode.TryGetValue(kode, out var i) ? i : perKode[kode] = KolomK(indikator[kode], akumulasi[kode], hasil, tahun, q);

            var baris = new List<BarisE81>();
            int nomorProgram = 0, nomorKegiatan = 0, nomorSub = 0;
            foreach (var node in pohon)
            {
                var nomor = node.Tingkat switch
                {
                    TingkatRencana.Program => $"{++nomorProgram}",
                    TingkatRencana.Kegiatan => $"{nomorProgram}.{++nomorKegiatan}",
                    _ => $"{nomorProgram}.{nomorKegiatan}.{++nomorSub}",
                };
                if (node.Tingkat == TingkatRencana.Program) nomorKegiatan = 0;
                if (node.Tingkat != TingkatRencana.SubKegiatan) nomorSub = 0;

                var rp = KolomRp(node, anggaranTahun[node.Id], anggaranLalu.Select(a => a[node.Id]).ToList(), q);
                var k = node.Indikator.Where(indikator.ContainsKey)
                    .Select(Kolom)
                    .ToList();
                baris.Add(new BarisE81(nomor, node.Id, node.Tingkat, node.Tingkat == TingkatRencana.Program ? node.Sasaran : null, node.Nama,
                    UnitPenanggungJawab(node.Modul), null, k, rp));
            }

            // Columns 14 (13 against 5) and the Renja capaian (12 against 7) by each indicator's own capaian rule in Kinerja.
            // The Renja capaian of a whole year is Kinerja's stored result when column 12 is that stored year; every other
            // value is an accumulation no stored result holds, so Kinerja evaluates its rule for it (docs/evaluasi.md).
            var dihitung = perKode.Values.ToList();
            var capaianDihitung = await PeriodeRenstra.CapaianAsync(kinerja, [
                .. dihitung.Select(i => new CapaianDiminta(i.Kode, i.K.RealisasiRenstraSdTahunIni, i.K.TargetRenstraAkhir)),
                .. dihitung.Select(i => new CapaianDiminta(i.Kode, i.CapaianRenja is null ? i.K.RealisasiRenja : null, i.K.TargetRenja)),
            ], cancellationToken);
            for (var n = 0; n < dihitung.Count; n++)
            {
                var i = dihitung[n];
                perKode[i.Kode] = i with
                {
                    K = i.K with { TingkatCapaian = capaianDihitung[n] },
                    CapaianRenja = i.CapaianRenja ?? capaianDihitung[dihitung.Count + n],
                };
            }

            var program = baris.Where(b => b.Tingkat == TingkatRencana.Program).ToList();
            var jumlahRp = Jumlah(program.Select(p => p.Rp).ToList());
            var semuaIndikator = perKode.Values.ToList();
            var capaianKinerja = Rata(semuaIndikator.Select(i => i.CapaianRenja));
            var capaianAnggaran = RingkasanAnggaran.Persen(jumlahRp.RealisasiRenja, jumlahRp.TargetRenja);
            // One read of the category rules for the two averages and every indicator.
            var kategori = await KategoriAsync([capaianKinerja, capaianAnggaran, .. semuaIndikator.Select(i => i.CapaianRenja)], cancellationToken);
            var ringkasan = new RingkasanE81(
                capaianKinerja, kategori[0], capaianAnggaran, kategori[1],
                Rata(semuaIndikator.Select(i => i.K.TingkatCapaian)), jumlahRp.TingkatCapaian, jumlahRp);
            var berkategori = semuaIndikator.Select((i, n) => i with { Kategori = kategori[n + 2] }).ToDictionary(i => i.Kode, StringComparer.Ordinal);
            baris = baris.Select(b => b with { Indikator = b.Indikator.Select(i => berkategori[i.Kode]).ToList() }).ToList();
            return new EvaluasiRenja(tahun, q, PeriodeRenstra.TahunAwal, PeriodeRenstra.TahunAkhir, kop, baris, ringkasan,
                catatan is null ? null : catatan.KeRespons());
        }

        private static KolomE81 KolomRp(NodeRencana node, NilaiAnggaran tahunIni, IReadOnlyList<NilaiAnggaran> tahunLalu, int q)
        {
            var targetAkhir = node.Pagu.Count > 0 ? node.Pagu.Values.Sum() : (decimal?)null;
            var sdTahunLalu = RingkasanAnggaran.Jumlah(tahunLalu.Select(a => a.Realisasi));
            var triwulan = tahunIni.Triwulan.Select((v, i) => i < q ? v : null).ToList();
            var renja = tahunIni.Realisasi;
            var sdTahunIni = RingkasanAnggaran.Jumlah([sdTahunLalu, renja]);
            return new KolomE81(targetAkhir, sdTahunLalu, tahunIni.DpaBerlaku, triwulan, renja, sdTahunIni, RingkasanAnggaran.Persen(sdTahunIni, targetAkhir));
        }

        private static IndikatorE81 KolomK(
            IndikatorRencana indikator, string cara, IReadOnlyDictionary<(string, string), HasilIndikator> hasil, int tahun, int q)
        {
            decimal? Realisasi(string periode) => hasil.TryGetValue((indikator.Kode, periode), out var h) ? h.Realisasi : null;
            decimal? Target(string periode) => indikator.Target.TryGetValue(periode, out var t) ? t : null;

            var targetAkhir = Target($"{PeriodeRenstra.TahunAkhir}")
                ?? indikator.Target.Where(t => !t.Key.Contains('-', StringComparison.Ordinal)).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (decimal?)t.Value).LastOrDefault();
            var tahunLalu = Enumerable.Range(PeriodeRenstra.TahunAwal, tahun - PeriodeRenstra.TahunAwal).Select(t => Realisasi($"{t}")).ToList();
            var sdTahunLalu = Akumulasi.Terapkan(cara, tahunLalu);
            var triwulan = Enumerable.Range(1, 4).Select(t => t <= q ? Realisasi($"{tahun}-T{t}") : null).ToList();
            // The whole year's stored result aggregates the year's variables by their own rules (ratios of sums);
            // before the year is complete only the quarters so far count, accumulated by the indicator's rule.
            var setahun = q == 4 && hasil.TryGetValue((indikator.Kode, $"{tahun}"), out var h) && h.Realisasi is not null ? h : null;
            var renja = setahun?.Realisasi ?? Akumulasi.Terapkan(cara, triwulan);
            var sdTahunIni = Akumulasi.Terapkan(cara, [.. tahunLalu, renja]);
            var targetRenja = Target($"{tahun}");
            // Capaian (column 14, and the Renja capaian unless the stored year result has it) follow from Kinerja in one call.
            var k = new KolomE81(targetAkhir, sdTahunLalu, targetRenja, triwulan, renja, sdTahunIni, null);
            return new IndikatorE81(indikator.Kode, indikator.Nama, indikator.Satuan, indikator.Polaritas, cara, k,
                PeriodeRenstra.Bulat(setahun?.Capaian), null);
        }

        private async Task<List<string?>> KategoriAsync(IReadOnlyList<decimal?> nilai, CancellationToken cancellationToken)
        {
            var ada = nilai.Where(n => n is not null).Select(n => n!.Value).ToList();
            var kategori = ada.Count > 0 ? await kinerja.KategoriAsync(ada, cancellationToken) : [];
            var i = 0;
            return nilai.Select(n => n is null ? null : kategori[i++]).ToList();
        }

        private static KolomE81 Jumlah(IReadOnlyList<KolomE81> kolom)
        {
            var targetAkhir = RingkasanAnggaran.Jumlah(kolom.Select(k => k.TargetRenstraAkhir));
            var sdTahunIni = RingkasanAnggaran.Jumlah(kolom.Select(k => k.RealisasiRenstraSdTahunIni));
            return new KolomE81(
                targetAkhir,
                RingkasanAnggaran.Jumlah(kolom.Select(k => k.RealisasiRenstraSdTahunLalu)),
                RingkasanAnggaran.Jumlah(kolom.Select(k => k.TargetRenja)),
                Enumerable.Range(0, 4).Select(t => RingkasanAnggaran.Jumlah(kolom.Select(k => k.Triwulan[t]))).ToList(),
                RingkasanAnggaran.Jumlah(kolom.Select(k => k.RealisasiRenja)),
                sdTahunIni,
                RingkasanAnggaran.Persen(sdTahunIni, targetAkhir));
        }

        private static decimal? Rata(IEnumerable<decimal?> nilai)
        {
            var ada = nilai.Where(n => n is not null).Select(n => n!.Value).ToList();
            return ada.Count == 0 ? null : Math.Round(ada.Average(), 2, MidpointRounding.AwayFromZero);
        }

        private static string UnitPenanggungJawab(string modul) => modul switch
        {
            NamaModul.Ketenagakerjaan => "Bidang Ketenagakerjaan",
            NamaModul.KoperasiUmkm => "Bidang Koperasi dan UMKM",
            NamaModul.Sekretariat => "Sekretariat",
            _ => modul,
        };
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/evaluasi/renja/{tahun}", async (int tahun, int? sampaiTriwulan, string? format, ISender sender, CancellationToken ct) =>
                await DokumenEvaluasi.JawabAsync(format,
                    () => sender.Send(new Query(tahun, sampaiTriwulan ?? 4), ct),
                    () => sender.Send(new UnduhEvaluasiRenja.Query(tahun, sampaiTriwulan ?? 4), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Evaluasi")
            .WithSummary("Formulir E.81 — evaluasi hasil Renja satu tahun s.d. triwulan tertentu (JSON atau XLSX bentuk resmi).")
            .Produces<EvaluasiRenja>().ProducesValidationProblem();
}
