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

/// <summary><c>GET /api/koperasi?kecamatan=&amp;status=&amp;cari=</c>: the register, filtered, by name.</summary>
public static class DaftarKoperasi
{
    public sealed record Query(string? Kecamatan, string? Status, string? Cari) : IQuery<IReadOnlyList<KoperasiTampilan>>;

    public sealed class Handler(KoperasiUmkmDbContext db, HierarkiWilayah wilayah) : IQueryHandler<Query, IReadOnlyList<KoperasiTampilan>>
    {
        public async ValueTask<IReadOnlyList<KoperasiTampilan>> Handle(Query query, CancellationToken cancellationToken)
        {
            SaringRegister.Periksa(wilayah, query.Kecamatan, query.Status, StatusKoperasi.Semua, query.Cari);
            var q = db.Koperasi.AsNoTracking();
            if (!string.IsNullOrEmpty(query.Kecamatan)) q = q.Where(k => k.Kecamatan == query.Kecamatan);
            if (!string.IsNullOrEmpty(query.Status)) q = q.Where(k => k.Status == query.Status);
            var daftar = await q.ToListAsync(cancellationToken);
            return daftar
                .Where(k => SaringRegister.Cocok(query.Cari, k.Nama, k.NomorBadanHukum))
                .OrderBy(k => k.Nama, StringComparer.OrdinalIgnoreCase)
                .Select(k => KoperasiTampilan.Dari(k, wilayah)).ToList();
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapGet("", async (string? kecamatan, string? status, string? cari, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new Query(kecamatan, status, cari), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithSummary("Daftar koperasi (cari nama/nomor badan hukum, saring per kecamatan dan status)")
            .ProducesValidationProblem();
}
