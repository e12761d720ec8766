using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Register;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.KoperasiUmkm.Features;

/// <summary><c>GET /api/usaha-mikro/{id}</c>: one usaha mikro with its yearly scale, services and history.</summary>
public static class LihatUsahaMikro
{
    public sealed record Query(long Id) : IQuery<UsahaMikroRinci>;

    public sealed class Handler(KoperasiUmkmDbContext db, HierarkiWilayah wilayah) : IQueryHandler<Query, UsahaMikroRinci>
    {
        public async ValueTask<UsahaMikroRinci> Handle(Query query, CancellationToken cancellationToken)
        {
            var u = await db.UsahaMikro.AsNoTracking().Include(x => x.Skala).Include(x => x.Layanan).AsSplitQuery()
                .SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken)
                ?? throw new NotFoundException($"Usaha mikro dengan id {query.Id} tidak ditemukan.");
            var riwayat = await db.RiwayatRegister.AsNoTracking().Where(r => r.UsahaMikroId == u.Id).OrderByDescending(r => r.Versi).ToListAsync(cancellationToken);
            return new UsahaMikroRinci(
                UsahaMikroTampilan.Dari(u, wilayah),
                u.Skala.OrderByDescending(s => s.Tahun).Select(s => new SkalaTampilan(s.Tahun, s.Skala)).ToList(),
                u.Layanan.OrderByDescending(l => l.Tanggal).ThenByDescending(l => l.Id).Select(l => new LayananTampilan(l.Id, l.Jenis, l.Tanggal, null, l.Oleh)).ToList(),
                riwayat.Select(r => new RiwayatTampilan(r.Versi, r.Keterangan, r.Status, r.StatusSejak, r.Oleh, KoperasiTampilan.Utc(r.PadaUtc), r.Isi)).ToList());
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{idRekaman:long}", async (long idRekaman, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new Query(idRekaman), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithSummary("Satu usaha mikro: data, skala per tahun, layanan dan riwayat perubahan")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
