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

/// <summary>An indicator's year in the LKjIP: target, realisasi and capaian as Kinerja stored them.</summary>
public sealed record NilaiTahunLkjip(int Tahun, decimal? Target, decimal? Realisasi, decimal? Capaian);

/// <summary>One indicator of a sasaran: the year measured, the earlier years of the Renstra and the end target.</summary>
public sealed record PengukuranIndikator(
    string Kode, string Nama, string Satuan, decimal? Target, decimal? Realisasi, decimal? Capaian, string? Kategori,
    IReadOnlyList<NilaiTahunLkjip> TahunSebelumnya, decimal? TargetAkhir, decimal? CapaianTerhadapTargetAkhir);

/// <summary>Pengukuran kinerja of one sasaran strategis.</summary>
public sealed record PengukuranSasaran(string Nomor, string Sasaran, IReadOnlyList<PengukuranIndikator> Indikator);

/// <summary>Efisiensi of one program: anggaran, realisasi, serapan, capaian kinerja and the efficiency by the formula in force.</summary>
public sealed record EfisiensiProgram(
    string Nomor, string Id, string Program, decimal? Anggaran, decimal? Realisasi, decimal? Serapan, decimal? CapaianKinerja, decimal? Efisiensi);

/// <summary>The LKjIP tables of a year.</summary>
public sealed record Lkjip(
    int Tahun, KopDokumen Kop, IReadOnlyList<PengukuranSasaran> Pengukuran, IReadOnlyList<EfisiensiProgram> Efisiensi, AturanEfisiensiRespons RumusEfisiensi);

/// <summary>
/// GET /api/evaluasi/lkjip/{tahun}[?format=xlsx]: pengukuran kinerja per sasaran (stored results, earlier years,
/// the Renstra end target) and efisiensi per program (capaian kinerja against serapan anggaran, by the editable formula).
/// </summary>
public static class LihatLkjip
{
    public sealed record Query(int Tahun) : IQuery<Lkjip>;

    public sealed class Handler(EvaluasiDbContext db, IBacaanKinerja kinerja, KopDokumen kop) : IQueryHandler<Query, Lkjip>
    {
        public async ValueTask<Lkjip> Handle(Query query, CancellationToken cancellationToken)
        {
            var tahun = query.Tahun;
            if (tahun is < PeriodeRenstra.TahunAwal or > PeriodeRenstra.TahunAkhir)
                throw ValidationFailedException.For("tahun", $"LKjIP disusun untuk tahun Renstra {PeriodeRenstra.TahunAwal}–{PeriodeRenstra.TahunAkhir}.");
            var pohon = await kinerja.PohonAsync(cancellationToken);
            var indikator = (await kinerja.IndikatorAsync(cancellationToken)).ToDictionary(i => i.Kode, StringComparer.Ordinal);
            var hasil = (await kinerja.HasilAsync(PeriodeRenstra.TahunAwal, tahun, cancellationToken)).ToDictionary(h => (h.Kode, h.Periode));

            var pengukuran = pohon.Where(n => n.Tingkat == TingkatRencana.Program)
                .GroupBy(n => n.Sasaran).Select((g, i) => new PengukuranSasaran(
                    $"{i + 1}", g.Key,
                    g.First().SasaranIndikator.Where(indikator.ContainsKey).Select(k => Ukur(indikator[k], hasil, tahun)).ToList()))
                .ToList();
            // The year's realisasi against the final target: no stored result holds it, so Kinerja evaluates the indicator's rule.
            var diukur = pengukuran.SelectMany(s => s.Indikator).ToList();
            var capaianAkhir = await PeriodeRenstra.CapaianAsync(kinerja,
                diukur.Select(i => new CapaianDiminta(i.Kode, i.Realisasi, i.TargetAkhir)).ToList(), cancellationToken);
            var perIndikator = diukur.Select((i, n) => (i.Kode, Nilai: capaianAkhir[n])).DistinctBy(x => x.Kode).ToDictionary(x => x.Kode, x => x.Nilai, StringComparer.Ordinal);
            pengukuran = pengukuran.Select(s => s with
            {
                Indikator = s.Indikator.Select(i => i with { CapaianTerhadapTargetAkhir = perIndikator[i.Kode] }).ToList(),
            }).ToList();

            var dpa = await db.DpaAsync(tahun, cancellationToken);
            var realisasi = (await db.RealisasiAsync(tahun, tahun, cancellationToken))[tahun];
            var anggaran = RingkasanAnggaran.Hitung(pohon, tahun, dpa, realisasi);
            var aturan = TanggapanEvaluasi.KeRespons(await db.AturanEfisiensi.AsNoTracking().OrderBy(a => a.Id).FirstOrDefaultAsync(cancellationToken));
            var program = pohon.Where(n => n.Tingkat == TingkatRencana.Program).Select((p, i) =>
            {
                var a = anggaran[p.Id];
                var capaian = p.Indikator.Select(k => hasil.TryGetValue((k, $"{tahun}"), out var h) ? h.Capaian : null).OfType<decimal>().ToList();
                return new EfisiensiProgram($"{i + 1}", p.Id, p.Nama, a.DpaBerlaku, a.Realisasi, a.Serapan,
                    capaian.Count == 0 ? null : Math.Round(capaian.Average(), 2, MidpointRounding.AwayFromZero), null);
            }).ToList();
            var dihitung = program.Where(p => p.Serapan is not null && p.CapaianKinerja is not null).ToList();
            var efisiensi = dihitung.Count == 0 ? [] : kinerja.HitungRumus(aturan.Rumus, SimpanAturanEfisiensi.Parameter,
                dihitung.Select(p => (IReadOnlyList<decimal>)[p.CapaianKinerja!.Value, p.Serapan!.Value]).ToList());
            var perId = dihitung.Select((p, i) => (p.Id, Nilai: efisiensi[i])).ToDictionary(x => x.Id, x => x.Nilai is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : (decimal?)null);
            program = program.Select(p => p with { Efisiensi = perId.GetValueOrDefault(p.Id) }).ToList();
            return new Lkjip(tahun, kop, pengukuran, program, aturan);
        }

        private static PengukuranIndikator Ukur(IndikatorRencana i, IReadOnlyDictionary<(string, string), HasilIndikator> hasil, int tahun)
        {
            HasilIndikator? Hasil(int t) => hasil.TryGetValue((i.Kode, $"{t}"), out var h) ? h : null;
            decimal? Target(int t) => i.Target.TryGetValue($"{t}", out var v) ? v : null;
            var ini = Hasil(tahun);
            var sebelumnya = Enumerable.Range(PeriodeRenstra.TahunAwal, tahun - PeriodeRenstra.TahunAwal)
                .Select(t => new NilaiTahunLkjip(t, Target(t), Hasil(t)?.Realisasi, Hasil(t)?.Capaian)).ToList();
            var targetAkhir = Target(PeriodeRenstra.TahunAkhir);
            return new PengukuranIndikator(i.Kode, i.Nama, i.Satuan, Target(tahun), ini?.Realisasi, ini?.Capaian, ini?.Kategori, sebelumnya,
                targetAkhir, null);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/evaluasi/lkjip/{tahun}", async (int tahun, string? format, ISender sender, CancellationToken ct) =>
                await DokumenEvaluasi.JawabAsync(format,
                    () => sender.Send(new Query(tahun), ct),
                    () => sender.Send(new UnduhLkjip.Query(tahun), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Evaluasi")
            .WithSummary("Tabel LKjIP satu tahun: pengukuran kinerja per sasaran dan efisiensi per program (JSON atau XLSX).")
            .Produces<Lkjip>().ProducesValidationProblem();
}
