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

/// <summary><c>GET /api/koperasi/{id}</c>: one koperasi with its yearly figures, services and history.</summary>
public static class LihatKoperasi
{
    public sealed record Query(long Id) : IQuery<KoperasiRinci>;

    public sealed class Handler(KoperasiUmkmDbContext db, HierarkiWilayah wilayah) : IQueryHandler<Query, KoperasiRinci>
    {
        public async ValueTask<KoperasiRinci> Handle(Query query, CancellationToken cancellationToken)
        {
            var k = await db.Koperasi.AsNoTracking().Include(x => x.Tahunan).Include(x => x.Layanan).AsSplitQuery()
                .SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken)
                ?? throw new NotFoundException($"Koperasi dengan id {query.Id} tidak ditemukan.");
            var riwayat = await db.RiwayatRegister.AsNoTracking().Where(r => r.KoperasiId == k.Id).OrderByDescending(r => r.Versi).ToListAsync(cancellationToken);
            return new KoperasiRinci(
                KoperasiTampilan.Dari(k, wilayah),
                k.Tahunan.OrderByDescending(t => t.Tahun).Select(t => new DataTahunanTampilan(t.Tahun, t.Rat, t.TanggalRat, t.JumlahAnggota, t.ModalSendiri, t.VolumeUsaha, t.Aset, t.Shu)).ToList(),
                k.Layanan.OrderByDescending(l => l.Tanggal).ThenByDescending(l => l.Id).Select(l => new LayananTampilan(l.Id, l.Jenis, l.Tanggal, l.Hasil, l.Oleh)).ToList(),
                riwayat.Select(r => new RiwayatTampilan(r.Versi, r.Keterangan, r.Status, r.StatusSejak, r.Oleh, KoperasiTampilan.Utc(r.PadaUtc), r.Isi)).ToList());
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{idRekaman:long}", async (long idRekaman, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new Query(idRekaman), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithSummary("Satu koperasi: data, data tahunan, layanan dan riwayat perubahan")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
