using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Bidang.Features;

/// <summary><c>GET /api/{modul}/data/{periode}</c>: the current sheet, with its revision as ETag.</summary>
public static class LihatLembar
{
    public sealed record Query(string Modul, string Periode, string? Wilayah) : IQuery<LembarRespons>;

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator(DaftarWilayah wilayah)
        {
            RuleFor(q => q.Periode).PeriodeValid();
            RuleFor(q => q.Wilayah).WilayahDikenal(wilayah);
        }
    }

    public sealed class Handler(IServiceProvider services) : IQueryHandler<Query, LembarRespons>
    {
        public async ValueTask<LembarRespons> Handle(Query query, CancellationToken cancellationToken)
        {
            var (periode, wilayah) = services.Kunci(query.Periode, query.Wilayah);
            var lembar = await services.Database(query.Modul).CariAsync(periode, wilayah, cancellationToken);
            // A row with revision 0 only carries a lock: nothing has been submitted yet.
            return lembar is { Revisi: > 0 }
                ? lembar.KeRespons()
                : throw new NotFoundException($"Belum ada data {query.Modul} untuk periode {periode} wilayah {wilayah}.");
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapGet("/data/{periode}", async (
                string periode, [FromQuery] string? wilayah, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
            {
                var lembar = await sender.Send(new Query(modul.Nama, periode, wilayah), cancellationToken);
                response.SetETag(lembar.Revisi);
                return TypedResults.Ok(lembar);
            })
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithName($"{modul.Nama}.LihatLembar")
            .WithSummary("Lembar data terkini satu periode")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
