using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Modules.Evaluasi.Domain;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>One plan node's budget for a year (API.md v1.1 "Anggaran").</summary>
/// <param name="Pagu">The Renstra's printed pagu of the node for the year.</param>
/// <param name="PaguDihitung">The sum of its sub kegiatan's printed pagu (kegiatan/program); differs from <paramref name="Pagu"/> where the document's sums disagree.</param>
/// <param name="PaguBerbeda">True when the two differ — shown, never corrected.</param>
/// <param name="Dpa">Murni, perubahan and the budget in force (sums of the sub kegiatan above that level).</param>
/// <param name="Realisasi">Realisasi per triwulan (index 0 = T1) and the year to date.</param>
/// <param name="Serapan">Realisasi year to date ÷ DPA in force × 100.</param>
public sealed record AnggaranNode(
    string Id, string Tingkat, string Nama, string? IndukId, string Modul,
    decimal? Pagu, decimal? PaguDihitung, bool PaguBerbeda, DpaNode Dpa, RealisasiNode Realisasi, decimal? Serapan);

/// <summary>DPA of a node; null parts are not set.</summary>
public sealed record DpaNode(decimal? Murni, decimal? Perubahan, decimal? Berlaku);

/// <summary>Realisasi of a node.</summary>
public sealed record RealisasiNode(IReadOnlyList<decimal?> Triwulan, decimal? SdTriwulan);

/// <summary>A year's budget tree.</summary>
public sealed record AnggaranTahunan(int Tahun, IReadOnlyList<AnggaranNode> Node, decimal? TotalDpa, decimal? TotalRealisasi, decimal? Serapan);

/// <summary>GET /api/anggaran/{tahun}: pagu, DPA, realisasi per triwulan and serapan of every program, kegiatan and sub kegiatan.</summary>
public static class LihatAnggaran
{
    public sealed record Query(int Tahun) : IQuery<AnggaranTahunan>;

    public sealed class Handler(EvaluasiDbContext db, IBacaanKinerja kinerja) : IQueryHandler<Query, AnggaranTahunan>
    {
        public async ValueTask<AnggaranTahunan> Handle(Query query, CancellationToken cancellationToken)
        {
            DataAnggaran.PeriksaTahun(query.Tahun);
            var pohon = await kinerja.PohonAsync(cancellationToken);
            var dpa = await db.DpaAsync(query.Tahun, cancellationToken);
            var realisasi = (await db.RealisasiAsync(query.Tahun, query.Tahun, cancellationToken))[query.Tahun];
            var nilai = RingkasanAnggaran.Hitung(pohon, query.Tahun, dpa, realisasi);
            var node = pohon.Select(n =>
            {
                var v = nilai[n.Id];
                return new AnggaranNode(n.Id, n.Tingkat, n.Nama, n.IndukId, n.Modul, v.PaguRenstra, v.PaguDihitung, v.PaguBerbeda,
                    new DpaNode(v.DpaMurni, v.DpaPerubahan, v.DpaBerlaku), new RealisasiNode(v.Triwulan, v.Realisasi), v.Serapan);
            }).ToList();
            var program = node.Where(n => n.Tingkat == TingkatRencana.Program).ToList();
            var totalDpa = RingkasanAnggaran.Jumlah(program.Select(p => p.Dpa.Berlaku));
            var totalRealisasi = RingkasanAnggaran.Jumlah(program.Select(p => p.Realisasi.SdTriwulan));
            return new AnggaranTahunan(query.Tahun, node, totalDpa, totalRealisasi, RingkasanAnggaran.Persen(totalRealisasi, totalDpa));
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/anggaran/{tahun}", async (int tahun, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new Query(tahun), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Anggaran")
            .WithSummary("Anggaran satu tahun per program, kegiatan dan sub kegiatan: pagu Renstra, DPA murni/perubahan, realisasi per triwulan, serapan.")
            .ProducesValidationProblem();
}
