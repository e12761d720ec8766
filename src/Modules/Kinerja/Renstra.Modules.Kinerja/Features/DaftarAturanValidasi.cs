using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>A consistency rule as the API shows it.</summary>
public sealed record AturanValidasiTampilan(
    string Modul, string Nama, string Ekspresi, string Pesan, int Urutan, bool Aktif, int Versi, string DiubahOleh, DateTimeOffset DiubahPada)
{
    internal static AturanValidasiTampilan Dari(AturanValidasi a) => new(
        a.Modul, a.Nama, a.Ekspresi, a.Pesan, a.Urutan, a.Aktif, a.Versi, a.DiubahOleh,
        new DateTimeOffset(DateTime.SpecifyKind(a.DiubahPadaUtc, DateTimeKind.Utc)));
}

/// <summary>GET /api/aturan-validasi?modul=: the live consistency rules a bidang module applies on submission.</summary>
public static class DaftarAturanValidasi
{
    public sealed record Query(string? Modul) : IQuery<IReadOnlyList<AturanValidasiTampilan>>;

    public sealed class Handler(KinerjaDbContext db) : IQueryHandler<Query, IReadOnlyList<AturanValidasiTampilan>>
    {
        public async ValueTask<IReadOnlyList<AturanValidasiTampilan>> Handle(Query query, CancellationToken cancellationToken)
        {
            var modul = query.Modul is null ? null : ModulAturan.Dari(query.Modul);
            var daftar = await db.AturanValidasi.AsNoTracking().Where(a => modul == null || a.Modul == modul).ToListAsync(cancellationToken);
            return daftar.OrderBy(a => a.Modul, StringComparer.Ordinal).ThenBy(a => a.Urutan).ThenBy(a => a.Id)
                .Select(AturanValidasiTampilan.Dari).ToList();
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/aturan-validasi", async (string? modul, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new Query(modul), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Aturan")
            .WithSummary("Daftar aturan konsistensi data per modul bidang (opsional ?modul=).");
}
