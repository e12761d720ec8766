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

/// <summary>One stored version of a consistency or capaian rule, as the API shows it.</summary>
public sealed record AturanRiwayatTampilan(string Jenis, string Kunci, int Versi, JsonElement Isi, string DiubahOleh, DateTimeOffset DiubahPada);

/// <summary>
/// The history of the editable rules (consistency rules and capaian rules): every edit adds a JSON
/// snapshot; GET …/riwayat lists them newest first.
/// </summary>
public static class RiwayatAturan
{
    public sealed record Query(string Jenis, string Kunci) : IQuery<IReadOnlyList<AturanRiwayatTampilan>>;

    public sealed class Handler(KinerjaDbContext db) : IQueryHandler<Query, IReadOnlyList<AturanRiwayatTampilan>>
    {
        public async ValueTask<IReadOnlyList<AturanRiwayatTampilan>> Handle(Query query, CancellationToken cancellationToken)
        {
            var daftar = await db.AturanRiwayat.AsNoTracking()
                .Where(r => r.Jenis == query.Jenis && r.Kunci == query.Kunci).ToListAsync(cancellationToken);
            return daftar.OrderByDescending(r => r.Versi).Select(r =>
            {
                using var isi = JsonDocument.Parse(r.Isi);
                return new AturanRiwayatTampilan(r.Jenis, r.Kunci, r.Versi, isi.RootElement.Clone(), r.DiubahOleh,
                    new DateTimeOffset(DateTime.SpecifyKind(r.DiubahPadaUtc, DateTimeKind.Utc)));
            }).ToList();
        }
    }

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/aturan-validasi/{modul}/{nama}/riwayat", async (string modul, string nama, ISender sender, KinerjaDbContext db, CancellationToken ct) =>
            {
                var m = ModulAturan.Dari(modul);
                if (!await db.AturanValidasi.AsNoTracking().AnyAsync(a => a.Modul == m && a.Nama == nama, ct))
                    throw new NotFoundException("Aturan konsistensi ini tidak ditemukan.");
                return Results.Ok(await sender.Send(new Query(AturanRiwayat.JenisValidasi, $"{m}/{nama}"), ct));
            })
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Aturan")
            .WithSummary("Riwayat versi satu aturan konsistensi data, terbaru dahulu.");
        api.MapGet("/aturan-capaian/{nama}/riwayat", async (string nama, ISender sender, KinerjaDbContext db, CancellationToken ct) =>
            {
                var jenis = await db.AturanCapaian.AsNoTracking().Where(a => a.Nama == nama).Select(a => a.Jenis).FirstOrDefaultAsync(ct)
                    ?? throw new NotFoundException("Aturan capaian ini tidak ditemukan.");
                return Results.Ok(await sender.Send(new Query(jenis, nama), ct));
            })
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Aturan")
            .WithSummary("Riwayat versi satu aturan capaian, kategori atau predikat, terbaru dahulu.");
    }
}
