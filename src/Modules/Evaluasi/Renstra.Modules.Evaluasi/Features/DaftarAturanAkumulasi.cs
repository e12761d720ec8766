using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Modules.Evaluasi.Domain;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>How one indicator accumulates in Formulir E.81; <c>bawaan</c> true while no one has set it.</summary>
public sealed record AturanAkumulasiRespons(string Kode, string Nama, string Satuan, string Cara, bool Bawaan, int Versi, string? DiubahOleh, DateTimeOffset? DiubahPada);

/// <summary>GET /api/evaluasi/akumulasi: the accumulation rule of every indicator (set or default).</summary>
public static class DaftarAturanAkumulasi
{
    public sealed record Query : IQuery<IReadOnlyList<AturanAkumulasiRespons>>;

    public sealed class Handler(EvaluasiDbContext db, IBacaanKinerja kinerja) : IQueryHandler<Query, IReadOnlyList<AturanAkumulasiRespons>>
    {
        public async ValueTask<IReadOnlyList<AturanAkumulasiRespons>> Handle(Query query, CancellationToken cancellationToken)
        {
            var indikator = await kinerja.IndikatorAsync(cancellationToken);
            var aturan = await db.AturanAkumulasi.AsNoTracking().ToDictionaryAsync(a => a.Kode, StringComparer.Ordinal, cancellationToken);
            return indikator.Select(i => aturan.TryGetValue(i.Kode, out var a)
                    ? new AturanAkumulasiRespons(i.Kode, i.Nama, i.Satuan, a.Cara, false, a.Versi, a.DiubahOleh, new DateTimeOffset(DateTime.SpecifyKind(a.DiubahPadaUtc, DateTimeKind.Utc)))
                    : new AturanAkumulasiRespons(i.Kode, i.Nama, i.Satuan, Akumulasi.Bawaan(i.Satuan), true, 0, null, null))
                .ToList();
        }
    }

    /// <summary>The rule of each indicator code, defaults filled in.</summary>
    internal static async Task<Dictionary<string, string>> PerKodeAsync(EvaluasiDbContext db, IReadOnlyList<IndikatorRencana> indikator, CancellationToken cancellationToken)
    {
        var aturan = await db.AturanAkumulasi.AsNoTracking().ToDictionaryAsync(a => a.Kode, a => a.Cara, StringComparer.Ordinal, cancellationToken);
        return indikator.ToDictionary(i => i.Kode, i => aturan.GetValueOrDefault(i.Kode) ?? Akumulasi.Bawaan(i.Satuan), StringComparer.Ordinal);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/evaluasi/akumulasi", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new Query(), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Evaluasi")
            .WithSummary("Cara akumulasi tiap indikator lintas triwulan dan tahun (Jumlah, Terakhir, RataRata) untuk Formulir E.81.");
}
