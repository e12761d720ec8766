using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>The efficiency formula in force; <c>bawaan</c> true while the shipped default applies.</summary>
public sealed record AturanEfisiensiRespons(string Rumus, string? Keterangan, bool Bawaan, int Versi, string? DiubahOleh, DateTimeOffset? DiubahPada);

/// <summary>GET /api/evaluasi/efisiensi: the LKjIP efficiency formula over <c>capaian</c> and <c>serapan</c>.</summary>
public static class LihatAturanEfisiensi
{
    public const string KeteranganBawaan =
        "Bawaan: efisiensi = capaian kinerja ÷ serapan anggaran × 100. Di atas 100 berarti kinerja yang dicapai lebih besar dari anggaran yang diserap.";

    public sealed record Query : IQuery<AturanEfisiensiRespons>;

    public sealed class Handler(EvaluasiDbContext db) : IQueryHandler<Query, AturanEfisiensiRespons>
    {
        public async ValueTask<AturanEfisiensiRespons> Handle(Query query, CancellationToken cancellationToken) =>
            KeRespons(await db.AturanEfisiensi.AsNoTracking().OrderBy(a => a.Id).FirstOrDefaultAsync(cancellationToken));
    }

    internal static AturanEfisiensiRespons KeRespons(AturanEfisiensi? a) => a is null
        ? new AturanEfisiensiRespons(AturanEfisiensi.RumusBawaan, KeteranganBawaan, true, 0, null, null)
        : new AturanEfisiensiRespons(a.Rumus, a.Keterangan, false, a.Versi, a.DiubahOleh, new DateTimeOffset(DateTime.SpecifyKind(a.DiubahPadaUtc, DateTimeKind.Utc)));

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/evaluasi/efisiensi", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new Query(), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Evaluasi")
            .WithSummary("Rumus efisiensi LKjIP (capaian kinerja terhadap serapan anggaran) yang berlaku.");
}
