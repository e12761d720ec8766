using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// <c>GET /api/{modul}/kelengkapan</c>: every period of the Renstra 2021–2026 with its sheet's state
/// (<c>Kosong</c>, <c>Sebagian</c>, <c>Lengkap</c>; locked or not; ended or not) and the variables it still
/// lacks, by code and name. Read from the stored sheets (<see cref="KelengkapanLembar"/>), so it is current
/// after every change.
/// </summary>
public static class LihatKelengkapan
{
    public sealed record Query(string Modul) : IQuery<KelengkapanRespons>;

    public sealed class Handler(IServiceProvider services, IAturanDataBidang aturan, TimeProvider time) : IQueryHandler<Query, KelengkapanRespons>
    {
        public async ValueTask<KelengkapanRespons> Handle(Query query, CancellationToken cancellationToken)
        {
            var sekarang = time.GetUtcNow();
            var (wilayah, jumlah, periode) = await KelengkapanLembar.HitungAsync(services, aturan, query.Modul, sekarang.UtcDateTime, cancellationToken);
            return new KelengkapanRespons(query.Modul, wilayah, jumlah, sekarang, periode
                .Select(p => new KelengkapanPeriodeRespons(p.Periode.ToString(), p.Status, p.Terkunci, p.Berakhir, p.Terisi,
                    p.Kurang.Select(v => new VariabelKurangRespons(v.Kode, v.Nama)).ToList()))
                .ToList());
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapGet("/kelengkapan", (ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Query(modul.Nama), cancellationToken))
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithName($"{modul.Nama}.LihatKelengkapan")
            .WithSummary("Status setiap lembar data Renstra 2021–2026 (kosong, sebagian, lengkap, terkunci) dan variabel yang belum diisi");
}
