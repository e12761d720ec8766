using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.KoperasiUmkm.Features;

/// <summary>
/// Whether register changes still wait for their derived values: requests queued, the attempts of the most
/// tried one and when it is tried again after a failure. The failure's reason stays in the log and the job
/// dashboard (it may name internals).
/// </summary>
/// <param name="Menunggu">Requests not yet derived (0: every derived value is up to date).</param>
/// <param name="Percobaan">Failed attempts of the most tried request (0: none failed).</param>
/// <param name="CobaLagiPada">When a failed request is tried again, if one failed.</param>
public sealed record AntrianTurunanTampilan(int Menunggu, int Percobaan, DateTimeOffset? CobaLagiPada)
{
    public bool Gagal => Percobaan > 0;
}

/// <summary><c>GET /api/register/antrian-turunan</c>: the derivation queue of the registers.</summary>
public static class LihatAntrianTurunan
{
    public sealed record Query : IQuery<AntrianTurunanTampilan>;

    public sealed class Handler(KoperasiUmkmDbContext db) : IQueryHandler<Query, AntrianTurunanTampilan>
    {
        public async ValueTask<AntrianTurunanTampilan> Handle(Query query, CancellationToken cancellationToken)
        {
            var jumlah = await db.PermintaanTurunan.CountAsync(cancellationToken);
            if (jumlah == 0) return new AntrianTurunanTampilan(0, 0, null);
            var gagal = await db.PermintaanTurunan.AsNoTracking().Where(p => p.Percobaan > 0)
                .OrderByDescending(p => p.Percobaan).Select(p => new { p.Percobaan, p.CobaLagiPadaUtc }).FirstOrDefaultAsync(cancellationToken);
            return new AntrianTurunanTampilan(jumlah, gagal?.Percobaan ?? 0, gagal is null ? null : KoperasiTampilan.Utc(gagal.CobaLagiPadaUtc));
        }
    }

    internal static void Map(RouteGroupBuilder api) =>
        api.MapGet("/register/antrian-turunan", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new Query(), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Aturan register")
            .WithSummary("Antrean penurunan variabel dari register: berapa perubahan register yang angka turunannya belum ditulis");
}
