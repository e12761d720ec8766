using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>GET /api/indikator/{kode}/riwayat: every stored version, newest first.</summary>
public static class RiwayatIndikator
{
    public sealed record Query(string Kode) : IQuery<IReadOnlyList<IndikatorTampilan>>;

    public sealed class Handler(KinerjaDbContext db) : IQueryHandler<Query, IReadOnlyList<IndikatorTampilan>>
    {
        public async ValueTask<IReadOnlyList<IndikatorTampilan>> Handle(Query query, CancellationToken cancellationToken)
        {
            var versi = await db.IndikatorVersi.AsNoTracking().Where(v => v.Kode == query.Kode).ToListAsync(cancellationToken);
            if (versi.Count == 0) throw new NotFoundException($"Indikator '{TeksPengguna.Kutip(query.Kode, 50)}' tidak ditemukan.");
            return versi.OrderByDescending(v => v.Versi).Select(IndikatorTampilan.Dari).ToList();
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/indikator/{kode}/riwayat", async (string kode, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new Query(kode), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Indikator").WithSummary("Riwayat versi aturan indikator, terbaru dahulu.");
}
