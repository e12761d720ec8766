using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Bidang.Features;

/// <summary><c>GET /api/{modul}/anggaran/{tahun}-T{n}/revisi</c>: every revision of a quarter's realisasi anggaran, oldest first.</summary>
public static class DaftarRevisiAnggaran
{
    public sealed record Query(string Modul, string Periode) : IQuery<IReadOnlyList<RevisiAnggaranRespons>>;

    public sealed class Handler(IServiceProvider services) : IQueryHandler<Query, IReadOnlyList<RevisiAnggaranRespons>>
    {
        public async ValueTask<IReadOnlyList<RevisiAnggaranRespons>> Handle(Query query, CancellationToken cancellationToken)
        {
            var periode = LembarAnggaranKonteks.Triwulan(query.Periode).ToString();
            var db = services.Database(query.Modul);
            var lembar = await db.CariAnggaranAsync(periode, cancellationToken);
            if (lembar is not { Revisi: > 0 }) throw LembarAnggaranKonteks.BelumAda(query.Modul, periode);
            var revisi = await db.RevisiAnggaran.AsNoTracking().Where(r => r.LembarAnggaranId == lembar.Id).OrderBy(r => r.Nomor).ToListAsync(cancellationToken);
            return revisi.Select(r => new RevisiAnggaranRespons(
                    r.Nomor, r.Oleh, LembarKonteks.Utc(r.PadaUtc), r.Sumber,
                    new SortedDictionary<string, decimal>(r.Realisasi, StringComparer.Ordinal),
                    r.Perubahan.KeRespons()))
                .ToList();
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapGet("/anggaran/{periode}/revisi", (string periode, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Query(modul.Nama, periode), cancellationToken))
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithName($"{modul.Nama}.DaftarRevisiAnggaran")
            .WithSummary("Semua revisi realisasi anggaran satu triwulan (terlama dulu)")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
