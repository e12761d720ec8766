using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Bidang.Features;

/// <summary><c>GET /api/{modul}/anggaran/{tahun}-T{n}</c>: the current realisasi anggaran sheet of a quarter, with its revision as ETag.</summary>
public static class LihatLembarAnggaran
{
    public sealed record Query(string Modul, string Periode) : IQuery<LembarAnggaranRespons>;

    public sealed class Handler(IServiceProvider services) : IQueryHandler<Query, LembarAnggaranRespons>
    {
        public async ValueTask<LembarAnggaranRespons> Handle(Query query, CancellationToken cancellationToken)
        {
            var periode = LembarAnggaranKonteks.Triwulan(query.Periode).ToString();
            var lembar = await services.Database(query.Modul).CariAnggaranAsync(periode, cancellationToken);
            return lembar is { Revisi: > 0 } ? lembar.KeRespons() : throw LembarAnggaranKonteks.BelumAda(query.Modul, periode);
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapGet("/anggaran/{periode}", async (string periode, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
            {
                var lembar = await sender.Send(new Query(modul.Nama, periode), cancellationToken);
                response.SetETag(lembar.Revisi);
                return TypedResults.Ok(lembar);
            })
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithName($"{modul.Nama}.LihatRealisasiAnggaran")
            .WithSummary("Realisasi anggaran terkini satu triwulan")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
