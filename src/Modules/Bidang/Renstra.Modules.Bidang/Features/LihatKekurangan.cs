using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang.Data;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Bidang.Features;

/// <summary><c>GET /api/{modul}/kekurangan</c>: the reminder's last result (see <see cref="HitungKekurangan"/>).</summary>
public static class LihatKekurangan
{
    public sealed record Query(string Modul) : IQuery<KekuranganRespons>;

    public sealed class Handler(IServiceProvider services) : IQueryHandler<Query, KekuranganRespons>
    {
        public async ValueTask<KekuranganRespons> Handle(Query query, CancellationToken cancellationToken)
        {
            var daftar = await services.Database(query.Modul).Kekurangan.AsNoTracking().ToListAsync(cancellationToken);
            return daftar.KeRespons(query.Modul, daftar.Count > 0 ? daftar[0].DihitungPadaUtc : null);
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapGet("/kekurangan", (ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Query(modul.Nama), cancellationToken))
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithName($"{modul.Nama}.LihatKekurangan")
            .WithSummary("Periode yang sudah berakhir dan variabel yang belum diisi (pengingat)");
}
