using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Data.Register;
using Renstra.Modules.KoperasiUmkm.Register;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.KoperasiUmkm.Features;

/// <summary>
/// <c>GET /api/usaha-mikro?kecamatan=&amp;status=&amp;skala=&amp;sektor=&amp;cari=</c>: the usaha mikro register, filtered,
/// by name. <c>skala</c> is the scale of the latest year recorded (<c>Mikro</c> also matches a business with none
/// recorded yet); <c>sektor</c> matches part of the sector, in any case.
/// </summary>
public static class DaftarUsahaMikro
{
    public sealed record Query(string? Kecamatan, string? Status, string? Cari, string? Skala = null, string? Sektor = null) : IQuery<IReadOnlyList<UsahaMikroTampilan>>;

    public sealed class Handler(KoperasiUmkmDbContext db, HierarkiWilayah wilayah) : IQueryHandler<Query, IReadOnlyList<UsahaMikroTampilan>>
    {
        public async ValueTask<IReadOnlyList<UsahaMikroTampilan>> Handle(Query query, CancellationToken cancellationToken)
        {
            SaringRegister.Periksa(wilayah, query.Kecamatan, query.Status, StatusUsahaMikro.Semua, query.Cari);
            var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
            PeriksaTeks.Pilihan(galat, "skala", string.IsNullOrEmpty(query.Skala) ? null : query.Skala, SkalaUsaha.Semua, wajib: false);
            if (query.Sektor is { Length: > 100 }) galat["sektor"] = ["Sektor paling banyak 100 karakter."];
            if (galat.Count > 0) throw new ValidationFailedException(galat);
            var q = db.UsahaMikro.AsNoTracking().Include(u => u.Skala).AsSplitQuery();
            if (!string.IsNullOrEmpty(query.Kecamatan)) q = q.Where(u => u.Kecamatan == query.Kecamatan);
            if (!string.IsNullOrEmpty(query.Status)) q = q.Where(u => u.Status == query.Status);
            var daftar = await q.ToListAsync(cancellationToken);
            return daftar
                .Where(u => SaringRegister.Cocok(query.Cari, u.NamaUsaha, u.NomorInduk, u.Sektor))
                .Where(u => SaringRegister.Cocok(query.Sektor, u.Sektor))
                .Where(u => string.IsNullOrEmpty(query.Skala) || (u.Skala.MaxBy(s => s.Tahun)?.Skala == SkalaUsaha.Kecil) == (query.Skala == SkalaUsaha.Kecil))
                .OrderBy(u => u.NamaUsaha, StringComparer.OrdinalIgnoreCase)
                .Select(u => UsahaMikroTampilan.Dari(u, wilayah)).ToList();
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapGet("", async (string? kecamatan, string? status, string? cari, string? skala, string? sektor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new Query(kecamatan, status, cari, skala, sektor), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithSummary("Daftar usaha mikro (cari nama/nomor induk/sektor, saring per kecamatan, status, skala terakhir dan sektor)")
            .ProducesValidationProblem();
}
