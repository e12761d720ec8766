using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Renstra.Modules.Bidang.Data;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// <c>GET /api/{modul}/kekurangan</c>: every period of the Renstra that has ended and still lacks variables,
/// read from the stored sheets (<see cref="KelengkapanLembar"/>): current after every change, not only after
/// the reminder job; <c>dihitungPada</c> is the time of the read.
/// </summary>
public static class LihatKekurangan
{
    public sealed record Query(string Modul) : IQuery<KekuranganRespons>;

    public sealed class Handler(IServiceProvider services, IAturanDataBidang aturan, TimeProvider time) : IQueryHandler<Query, KekuranganRespons>
    {
        public async ValueTask<KekuranganRespons> Handle(Query query, CancellationToken cancellationToken)
        {
            var sekarang = time.GetUtcNow().UtcDateTime;
            var (wilayah, _, periode) = await KelengkapanLembar.HitungAsync(services, aturan, query.Modul, sekarang, cancellationToken);
            return periode.Where(p => p.Berakhir)
                .Select(p => new KekuranganData { Periode = p.Periode.ToString(), Wilayah = wilayah, Variabel = p.Kurang.Select(v => v.Kode).ToList() })
                .KeRespons(query.Modul, sekarang);
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapGet("/kekurangan", (ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Query(modul.Nama), cancellationToken))
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithName($"{modul.Nama}.LihatKekurangan")
            .WithSummary("Periode yang sudah berakhir dan variabel yang belum diisi (pengingat)");
}
