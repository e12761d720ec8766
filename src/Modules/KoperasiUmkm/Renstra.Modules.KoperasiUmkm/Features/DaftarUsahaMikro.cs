using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Data.Register;
using Renstra.Modules.KoperasiUmkm.Register;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.KoperasiUmkm.Features;

/// <summary><c>GET /api/usaha-mikro?kecamatan=&amp;status=&amp;cari=</c>: the usaha mikro register, filtered, by name.</summary>
public static class DaftarUsahaMikro
{
    public sealed record Query(string? Kecamatan, string? Status, string? Cari) : IQuery<IReadOnlyList<UsahaMikroTampilan>>;

    public sealed class Handler(KoperasiUmkmDbContext db, HierarkiWilayah wilayah) : IQueryHandler<Query, IReadOnlyList<UsahaMikroTampilan>>
    {
        public async ValueTask<IReadOnlyList<UsahaMikroTampilan>> Handle(Query query, CancellationToken cancellationToken)
        {
            SaringRegister.Periksa(wilayah, query.Kecamatan, query.Status, StatusUsahaMikro.Semua, query.Cari);
            var q = db.UsahaMikro.AsNoTracking();
            if (!string.IsNullOrEmpty(query.Kecamatan)) q = q.Where(u => u.Kecamatan == query.Kecamatan);
            if (!string.IsNullOrEmpty(query.Status)) q = q.Where(u => u.Status == query.Status);
            var daftar = await q.ToListAsync(cancellationToken);
            return daftar
                .Where(u => SaringRegister.Cocok(query.Cari, u.NamaUsaha, u.NomorInduk, u.Sektor))
                .OrderBy(u => u.NamaUsaha, StringComparer.OrdinalIgnoreCase)
                .Select(u => UsahaMikroTampilan.Dari(u, wilayah)).ToList();
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapGet("", async (string? kecamatan, string? status, string? cari, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new Query(kecamatan, status, cari), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithSummary("Daftar usaha mikro (cari nama/nomor induk/sektor, saring per kecamatan dan status)")
            .ProducesValidationProblem();
}
