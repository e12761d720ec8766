using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// <c>GET /api/{modul}/anggaran/{tahun}-T{n}/templat?format=xlsx|csv</c>: the realisasi anggaran upload template —
/// one row per sub kegiatan the module owns (<c>Kode</c> = its plan-tree id, <c>Nama</c>, <c>Satuan</c> Rp,
/// <c>Nilai</c> prefilled with the quarter's current value), the same columns as the data template.
/// </summary>
public static class UnduhTemplatAnggaran
{
    public sealed record Query(string Modul, string Periode, string Format) : IQuery<UnduhTemplat.Berkas>;

    public sealed class Handler(IServiceProvider services, IBacaanKinerja kinerja) : IQueryHandler<Query, UnduhTemplat.Berkas>
    {
        public async ValueTask<UnduhTemplat.Berkas> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.Format is not ("xlsx" or "csv")) throw ValidationFailedException.For("format", "Format templat harus 'xlsx' atau 'csv'.");
            var periode = LembarAnggaranKonteks.Triwulan(query.Periode).ToString();
            var lembar = await services.Database(query.Modul).CariAnggaranAsync(periode, cancellationToken);
            var baris = (await kinerja.PohonAsync(cancellationToken))
                .Where(n => n.Tingkat == "SubKegiatan" && n.Modul == query.Modul)
                .Select(n => new UnduhTemplat.Baris(n.Id, n.Nama, "Rp", lembar is not null && lembar.Realisasi.TryGetValue(n.Id, out var rp) ? rp : null))
                .ToList();
            var nama = $"templat-realisasi-anggaran-{query.Modul.ToLowerInvariant()}-{periode}";
            return query.Format == "csv"
                ? new UnduhTemplat.Berkas(UnduhTemplat.Csv(baris), UnduhTemplat.JenisCsv + "; charset=utf-8", nama + ".csv")
                : new UnduhTemplat.Berkas(UnduhTemplat.Xlsx(baris), UnduhTemplat.JenisXlsx, nama + ".xlsx");
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapGet("/anggaran/{periode}/templat", async (string periode, [FromQuery] string? format, ISender sender, CancellationToken cancellationToken) =>
            {
                var berkas = await sender.Send(new Query(modul.Nama, periode, format ?? "xlsx"), cancellationToken);
                return TypedResults.File(berkas.Isi, berkas.JenisKonten, berkas.NamaBerkas);
            })
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithName($"{modul.Nama}.UnduhTemplatAnggaran")
            .WithSummary("Unduh templat unggah realisasi anggaran satu triwulan (XLSX atau CSV) berisi sub kegiatan modul");
}
