using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Bidang.Features;

/// <summary><c>GET /api/{modul}/data/{periode}/revisi/{n}</c>: one old revision of a sheet.</summary>
public static class LihatRevisi
{
    public sealed record Query(string Modul, string Periode, string? Wilayah, int Nomor) : IQuery<RevisiRespons>;

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator(DaftarWilayah wilayah)
        {
            RuleFor(q => q.Periode).PeriodeValid();
            RuleFor(q => q.Wilayah).WilayahDikenal(wilayah);
            RuleFor(q => q.Nomor).GreaterThan(0).WithMessage("Nomor revisi dimulai dari 1.").OverridePropertyName("revisi");
        }
    }

    public sealed class Handler(IServiceProvider services) : IQueryHandler<Query, RevisiRespons>
    {
        public async ValueTask<RevisiRespons> Handle(Query query, CancellationToken cancellationToken)
        {
            var (periode, wilayah) = services.Kunci(query.Periode, query.Wilayah);
            var db = services.Database(query.Modul);
            var revisi = await db.Revisi.AsNoTracking()
                .Where(r => r.Lembar!.Periode == periode && r.Lembar.Wilayah == wilayah && r.Nomor == query.Nomor)
                .SingleOrDefaultAsync(cancellationToken);
            return revisi is null
                ? throw new NotFoundException($"Revisi {query.Nomor} lembar {query.Modul} periode {periode} wilayah {wilayah} tidak ada.")
                : revisi.KeRespons();
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapGet("/data/{periode}/revisi/{nomor:int}", (
                string periode, int nomor, [FromQuery] string? wilayah, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Query(modul.Nama, periode, wilayah, nomor), cancellationToken))
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithName($"{modul.Nama}.LihatRevisi")
            .WithSummary("Satu revisi lama lembar data")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
