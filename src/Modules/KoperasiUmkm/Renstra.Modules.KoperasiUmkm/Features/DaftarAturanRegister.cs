using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Register;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.KoperasiUmkm.Features;

/// <summary>A derivation rule as the API shows it (<c>aturan</c> is the rule's JSON).</summary>
public sealed record AturanRegisterTampilan(string Variabel, JsonElement Aturan, int Versi, string DiubahOleh, DateTimeOffset DiubahPada);

/// <summary><c>GET /api/aturan-register</c> and <c>GET /api/aturan-register/{variabel}/riwayat</c>: the derivation rules and their versions.</summary>
public static class DaftarAturanRegister
{
    public sealed record Query : IQuery<IReadOnlyList<AturanRegisterTampilan>>;

    public sealed record QueryRiwayat(string Variabel) : IQuery<IReadOnlyList<AturanRegisterTampilan>>;

    public sealed class Handler(KoperasiUmkmDbContext db)
        : IQueryHandler<Query, IReadOnlyList<AturanRegisterTampilan>>, IQueryHandler<QueryRiwayat, IReadOnlyList<AturanRegisterTampilan>>
    {
        public async ValueTask<IReadOnlyList<AturanRegisterTampilan>> Handle(Query query, CancellationToken cancellationToken) =>
            (await db.AturanRegister.AsNoTracking().OrderBy(a => a.Variabel).ToListAsync(cancellationToken))
            .Select(a => Tampilan(a.Variabel, a.Isi, a.Versi, a.DiubahOleh, a.DiubahPadaUtc)).ToList();

        public async ValueTask<IReadOnlyList<AturanRegisterTampilan>> Handle(QueryRiwayat query, CancellationToken cancellationToken)
        {
            var riwayat = await db.AturanRegisterRiwayat.AsNoTracking().Where(a => a.Variabel == query.Variabel)
                .OrderByDescending(a => a.Versi).ToListAsync(cancellationToken);
            if (riwayat.Count == 0) throw new NotFoundException($"Aturan register untuk variabel '{TeksPengguna.Kutip(query.Variabel)}' tidak ditemukan.");
            return riwayat.Select(a => Tampilan(a.Variabel, a.Isi, a.Versi, a.DiubahOleh, a.DiubahPadaUtc)).ToList();
        }

        private static AturanRegisterTampilan Tampilan(string variabel, string isi, int versi, string oleh, DateTime pada)
        {
            using var json = JsonDocument.Parse(isi);
            return new AturanRegisterTampilan(variabel, json.RootElement.Clone(), versi, oleh, KoperasiTampilan.Utc(pada));
        }
    }

    internal static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/aturan-register", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new Query(), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Aturan register")
            .WithSummary("Aturan turunan: variabel yang dihitung dari register koperasi / usaha mikro");
        api.MapGet("/aturan-register/{variabel}/riwayat", async (string variabel, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new QueryRiwayat(variabel), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Aturan register")
            .WithSummary("Versi-versi satu aturan turunan (terbaru dahulu)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
