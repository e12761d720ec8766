using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>An indicator as the API shows it: the definition plus version, variables read and who/when.</summary>
public sealed record IndikatorTampilan(
    string Kode, string Nama, string Satuan, string Polaritas, string Modul, string Rumus, string? Syarat,
    string? DefinisiOperasional, string? BerlakuMulai, string AturanCapaian, string? Tingkat, int Versi,
    IReadOnlyList<string> Variabel, string DiubahOleh, DateTimeOffset DiubahPada)
{
    internal static IndikatorTampilan Dari(IndikatorVersi v) => new(
        v.Kode, v.Nama, v.Satuan, v.Polaritas, v.Modul, v.Rumus, v.Syarat, v.DefinisiOperasional, v.BerlakuMulai, v.AturanCapaian,
        v.Tingkat, v.Versi, v.Variabel.Split(',', StringSplitOptions.RemoveEmptyEntries), v.DiubahOleh,
        new DateTimeOffset(DateTime.SpecifyKind(v.DiubahPadaUtc, DateTimeKind.Utc)));
}

/// <summary>GET /api/indikator and /api/indikator/{kode}: the latest version of each indicator.</summary>
public static class DaftarIndikator
{
    public sealed record Query(string? Kode) : IQuery<IReadOnlyList<IndikatorTampilan>>;

    public sealed class Handler(KinerjaDbContext db) : IQueryHandler<Query, IReadOnlyList<IndikatorTampilan>>
    {
        public async ValueTask<IReadOnlyList<IndikatorTampilan>> Handle(Query query, CancellationToken cancellationToken)
        {
            var kepala = await db.Indikator.AsNoTracking()
                .Where(i => query.Kode == null || i.Kode == query.Kode).ToListAsync(cancellationToken);
            if (query.Kode is not null && kepala.Count == 0) throw new NotFoundException($"Indikator '{Potong(query.Kode)}' tidak ditemukan.");
            var kode = kepala.Select(k => k.Kode).ToList();
            var versi = await db.IndikatorVersi.AsNoTracking()
                .Where(v => kode.Contains(v.Kode) && db.Indikator.Any(i => i.Kode == v.Kode && i.VersiTerakhir == v.Versi))
                .ToListAsync(cancellationToken);
            var urutan = kepala.ToDictionary(k => k.Kode, k => k.Urutan);
            return versi.OrderBy(v => urutan[v.Kode]).ThenBy(v => v.Kode, StringComparer.Ordinal).Select(IndikatorTampilan.Dari).ToList();
        }
    }

    internal static string Potong(string s) => TeksPengguna.Kutip(s, 50);

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/indikator", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new Query(null), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Indikator").WithSummary("Daftar semua indikator (versi terbaru).");
        api.MapGet("/indikator/{kode}", async (string kode, ISender sender, CancellationToken ct) =>
                Results.Ok((await sender.Send(new Query(kode), ct))[0]))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Indikator").WithSummary("Satu indikator (versi terbaru).");
    }
}
