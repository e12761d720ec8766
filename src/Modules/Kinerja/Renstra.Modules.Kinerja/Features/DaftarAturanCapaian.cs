using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>A capaian form, category band or predikat band as the API shows it.</summary>
public sealed record AturanCapaianTampilan(
    string Jenis, string Nama, string Ekspresi, int Urutan, bool Aktif, JsonElement Properti, int Versi, string DiubahOleh, DateTimeOffset DiubahPada)
{
    internal static AturanCapaianTampilan Dari(AturanCapaian a)
    {
        using var properti = JsonDocument.Parse(a.Properti);
        return new(a.Jenis, a.Nama, a.Ekspresi, a.Urutan, a.Aktif, properti.RootElement.Clone(), a.Versi, a.DiubahOleh,
            new DateTimeOffset(DateTime.SpecifyKind(a.DiubahPadaUtc, DateTimeKind.Utc)));
    }
}

/// <summary>GET /api/aturan-capaian?jenis=: the live capaian forms (Capaian), category bands (Kategori) and predikat bands (Predikat).</summary>
public static class DaftarAturanCapaian
{
    public sealed record Query(string? Jenis) : IQuery<IReadOnlyList<AturanCapaianTampilan>>;

    public sealed class Handler(KinerjaDbContext db) : IQueryHandler<Query, IReadOnlyList<AturanCapaianTampilan>>
    {
        public async ValueTask<IReadOnlyList<AturanCapaianTampilan>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.Jenis is not null && !JenisAturanCapaian.Semua.Contains(query.Jenis))
                throw ValidationFailedException.For("jenis", "Jenis harus Capaian, Kategori atau Predikat.");
            var daftar = await db.AturanCapaian.AsNoTracking().Where(a => query.Jenis == null || a.Jenis == query.Jenis).ToListAsync(cancellationToken);
            return daftar
                .OrderBy(a => Array.IndexOf(JenisAturanCapaian.Semua, a.Jenis)).ThenBy(a => a.Urutan).ThenBy(a => a.Id)
                .Select(AturanCapaianTampilan.Dari).ToList();
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/aturan-capaian", async (string? jenis, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new Query(jenis), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Aturan")
            .WithSummary("Daftar rumus capaian, batas kategori dan batas predikat yang berlaku (opsional ?jenis=).");
}
