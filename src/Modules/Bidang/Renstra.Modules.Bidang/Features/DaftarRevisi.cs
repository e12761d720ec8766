using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Bidang.Features;

/// <summary><c>GET /api/{modul}/data/{periode}/revisi</c>: every revision of a sheet, oldest first.</summary>
public static class DaftarRevisi
{
    public sealed record Query(string Modul, string Periode, string? Wilayah) : IQuery<IReadOnlyList<RevisiRespons>>;

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator(DaftarWilayah wilayah)
        {
            RuleFor(q => q.Periode).PeriodeValid();
            RuleFor(q => q.Wilayah).WilayahDikenal(wilayah);
        }
    }

    public sealed class Handler(IServiceProvider services) : IQueryHandler<Query, IReadOnlyList<RevisiRespons>>
    {
        public async ValueTask<IReadOnlyList<RevisiRespons>> Handle(Query query, CancellationToken cancellationToken)
        {
            var (periode, wilayah) = services.Kunci(query.Periode, query.Wilayah);
            var db = services.Database(query.Modul);
            var lembar = await db.CariAsync(periode, wilayah, cancellationToken);
            if (lembar is not { Revisi: > 0 })
                throw new NotFoundException($"Belum ada data {query.Modul} untuk periode {periode} wilayah {wilayah}.");
            var revisi = await db.Revisi.AsNoTracking()
                .Where(r => r.LembarId == lembar.Id)
                .OrderBy(r => r.Nomor)
                .ToListAsync(cancellationToken);
            return revisi.Select(r => r.KeRespons()).ToList();
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapGet("/data/{periode}/revisi", (
                string periode, [FromQuery] string? wilayah, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Query(modul.Nama, periode, wilayah), cancellationToken))
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithName($"{modul.Nama}.DaftarRevisi")
            .WithSummary("Semua revisi lembar data satu periode (terlama dulu)")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
