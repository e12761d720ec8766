using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using MiniExcelLibs;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Berkas;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// <c>GET /api/{modul}/templat?format=xlsx|csv[&amp;periode=…]</c>: the upload template — one row per
/// declared variable (<c>Kode, Nama, Satuan, Nilai</c>), prefilled with the current values when a
/// period is given.
/// </summary>
public static class UnduhTemplat
{
    public const string JenisXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string JenisCsv = "text/csv";

    public sealed record Query(string Modul, string Format, string? Periode, string? Wilayah) : IQuery<Berkas>;

    /// <summary>A file to download.</summary>
    public sealed record Berkas(byte[] Isi, string JenisKonten, string NamaBerkas);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator(DaftarWilayah wilayah)
        {
            RuleFor(q => q.Format).Must(f => f is "xlsx" or "csv")
                .WithMessage("Format templat harus 'xlsx' atau 'csv'.").OverridePropertyName("format");
            RuleFor(q => q.Periode!).PeriodeValid().When(q => q.Periode is not null);
            RuleFor(q => q.Wilayah).WilayahDikenal(wilayah);
        }
    }

    public sealed class Handler(IServiceProvider services, IAturanDataBidang aturan) : IQueryHandler<Query, Berkas>
    {
        public async ValueTask<Berkas> Handle(Query query, CancellationToken cancellationToken)
        {
            var variabel = await aturan.DaftarVariabelAsync(query.Modul, cancellationToken);
            IReadOnlyDictionary<string, decimal> nilai = new Dictionary<string, decimal>();
            var nama = $"templat-{query.Modul.ToLowerInvariant()}";
            if (query.Periode is not null)
            {
                var (periode, wilayah) = services.Kunci(query.Periode, query.Wilayah);
                nilai = (await services.Database(query.Modul).CariAsync(periode, wilayah, cancellationToken))?.Nilai
                    ?? new Dictionary<string, decimal>();
                nama += $"-{periode}-{wilayah}";
            }
            var baris = variabel.Select(v => new Baris(v.Kode, v.Nama, v.Satuan, nilai.TryGetValue(v.Kode, out var n) ? n : null)).ToList();
            return query.Format == "csv"
                ? new Berkas(Csv(baris), JenisCsv + "; charset=utf-8", nama + ".csv")
                : new Berkas(Xlsx(baris), JenisXlsx, nama + ".xlsx");
        }
    }

    internal sealed record Baris(string Kode, string Nama, string Satuan, decimal? Nilai);

    internal static byte[] Csv(IReadOnlyList<Baris> baris) =>
        PenulisCsv.Tulis(BacaBerkasLembar.Kolom,
            baris.Select(b => new[] { b.Kode, b.Nama, b.Satuan, b.Nilai?.ToString(CultureInfo.InvariantCulture) ?? "" }),
            ',', CultureInfo.InvariantCulture);

    internal static byte[] Xlsx(IReadOnlyList<Baris> baris)
    {
        var rows = baris.Select(b => new Dictionary<string, object?>
        {
            [BacaBerkasLembar.Kolom[0]] = b.Kode,
            [BacaBerkasLembar.Kolom[1]] = b.Nama,
            [BacaBerkasLembar.Kolom[2]] = b.Satuan,
            [BacaBerkasLembar.Kolom[3]] = b.Nilai,
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Data", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapGet("/templat", async (
                [FromQuery] string? format, [FromQuery] string? periode, [FromQuery] string? wilayah,
                ISender sender, CancellationToken cancellationToken) =>
            {
                var berkas = await sender.Send(new Query(modul.Nama, format ?? "xlsx", periode, wilayah), cancellationToken);
                return TypedResults.File(berkas.Isi, berkas.JenisKonten, berkas.NamaBerkas);
            })
            .RequireAuthorization(KebijakanAkses.Pembaca)
            .WithName($"{modul.Nama}.UnduhTemplat")
            .WithSummary("Unduh templat unggah data (XLSX atau CSV) berisi daftar variabel modul");
}
