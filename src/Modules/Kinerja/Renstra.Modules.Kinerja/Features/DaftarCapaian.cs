using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>One indicator's result for one period (API.md "Achievement").</summary>
public sealed record CapaianTampilan(
    string Kode, string Nama, string Satuan, string Polaritas, string Periode, string Wilayah, object? Target, decimal? Realisasi,
    string? Predikat, decimal? Capaian, string? Kategori, string Status, IReadOnlyList<string> VariabelKurang, string? Keterangan,
    int Versi, DateTimeOffset DihitungPada, bool Beku, JsonElement Jejak);

/// <summary>GET /api/capaian?tahun=&amp;periode=&amp;wilayah=: every catalog indicator for one period.</summary>
public static class DaftarCapaian
{
    public sealed record Query(int? Tahun, string? Periode, string? Wilayah, string? Kode = null, int? Dari = null, int? Sampai = null)
        : IQuery<IReadOnlyList<CapaianTampilan>>;

    public sealed class Handler(KinerjaDbContext db, LayananKinerja layanan, IConfiguration configuration, HierarkiWilayah hierarki)
        : IQueryHandler<Query, IReadOnlyList<CapaianTampilan>>
    {
        public async ValueTask<IReadOnlyList<CapaianTampilan>> Handle(Query query, CancellationToken cancellationToken)
        {
            var periode = DaftarPeriode(query);
            List<string>? kode = null;
            if (query.Kode is not null)
            {
                if (!await db.Indikator.AnyAsync(i => i.Kode == query.Kode, cancellationToken))
                    throw new NotFoundException($"Indikator '{DaftarIndikator.Potong(query.Kode)}' tidak ditemukan.");
                kode = [query.Kode];
            }
            var wilayah = query.Wilayah ?? await WilayahBawaanAsync(cancellationToken);
            if (wilayah.Length > 20) throw ValidationFailedException.For("wilayah", "Kode wilayah paling banyak 20 karakter.");
            if (!WilayahDikenal(wilayah))
                throw ValidationFailedException.For("wilayah",
                    $"Kode wilayah '{TeksPengguna.Kutip(wilayah, 20)}' tidak dikenal. Kode yang tersedia: {string.Join(", ", DaftarKodeWilayah())}.");

            // A locked period's stored (frozen) results are served as stored; every open period is evaluated
            // from the current data and rules on each read (compiled formulas, microseconds), so a read never
            // shows a result older than the data Kinerja holds.
            var hasil = await layanan.Penghitung.HitungAsync(wilayah, kode, periode, simpan: false, cancellationToken);
            var kepala = await db.Indikator.AsNoTracking().ToDictionaryAsync(i => i.Kode, i => i.Urutan, cancellationToken);
            var versi = await db.IndikatorVersi.AsNoTracking().ToListAsync(cancellationToken);
            var kunci = await db.KunciPeriode.AsNoTracking().Where(k => k.Wilayah == wilayah && k.Terkunci).Select(k => k.Modul + "|" + k.Periode).ToListAsync(cancellationToken);
            var perVersi = versi.ToDictionary(v => (v.Kode, v.Versi));
            return hasil
                .OrderBy(h => Periode.Parse(h.Periode)).ThenBy(h => kepala.GetValueOrDefault(h.Kode)).ThenBy(h => h.Kode, StringComparer.Ordinal)
                .Select(h =>
                {
                    var v = perVersi[(h.Kode, h.IndikatorVersi)];
                    using var jejak = JsonDocument.Parse(h.Jejak);
                    return new CapaianTampilan(
                        h.Kode, v.Nama, v.Satuan, v.Polaritas, h.Periode, h.Wilayah, (object?)h.Target ?? h.TargetTeks,
                        h.Realisasi is { } r ? Math.Round(r, 4) : null, h.Predikat, h.Capaian is { } c ? Math.Round(c, 2) : null,
                        h.Kategori, h.Status, h.VariabelKurang.Split(',', StringSplitOptions.RemoveEmptyEntries), h.Keterangan,
                        h.IndikatorVersi, new DateTimeOffset(DateTime.SpecifyKind(h.DihitungPadaUtc, DateTimeKind.Utc)),
                        kunci.Contains(v.Modul + "|" + h.Periode), jejak.RootElement.Clone());
                })
                .ToList();
        }

        private static List<Periode> DaftarPeriode(Query query)
        {
            if (query.Kode is not null)
            {
                var dari = query.Dari ?? 2021;
                var sampai = query.Sampai ?? 2026;
                if (dari is < Periode.TahunMinimum or > Periode.TahunMaksimum || sampai is < Periode.TahunMinimum or > Periode.TahunMaksimum || dari > sampai || sampai - dari > 50)
                    throw ValidationFailedException.For("dari", $"Rentang tahun tidak valid: dari ≤ sampai, {Periode.TahunMinimum}–{Periode.TahunMaksimum}, paling banyak 50 tahun.");
                return Enumerable.Range(dari, sampai - dari + 1).Select(Periode.TahunPenuh).ToList();
            }
            if (query.Periode is not null)
            {
                if (!Periode.TryParse(query.Periode, out var p)) throw ValidationFailedException.For("periode", Periode.PesanFormatSalah(query.Periode));
                if (query.Tahun is { } t && t != p.Tahun) throw ValidationFailedException.For("periode", $"Periode {p} tidak berada di tahun {t}.");
                return [p];
            }
            if (query.Tahun is not { } tahun) throw ValidationFailedException.For("tahun", "Parameter tahun wajib diisi, mis. ?tahun=2024.");
            if (tahun is < Periode.TahunMinimum or > Periode.TahunMaksimum)
                throw ValidationFailedException.For("tahun", $"Tahun harus antara {Periode.TahunMinimum} dan {Periode.TahunMaksimum}.");
            return [Periode.TahunPenuh(tahun)];
        }

        /// <summary>The configured regions (<c>Renstra:Wilayah:Kode</c>, the default and its kecamatan), as the bidang modules accept them.</summary>
        private List<string> DaftarKodeWilayah()
        {
            var bawaan = configuration[WilayahBawaan.KunciKonfigurasi] is { Length: > 0 } w ? w : WilayahBawaan.KabupatenBelitungTimur;
            return [bawaan, .. configuration.GetSection("Renstra:Wilayah:Kode").GetChildren().Select(c => c.Key)
                .Concat(hierarki.Kecamatan.Select(k => k.Kode)).Where(k => k != bawaan).Distinct(StringComparer.Ordinal)];
        }

        private bool WilayahDikenal(string wilayah) => DaftarKodeWilayah().Contains(wilayah, StringComparer.Ordinal);

        /// <summary>The kabupaten's region, the same default the bidang modules submit for.</summary>
        private Task<string> WilayahBawaanAsync(CancellationToken cancellationToken)
        {
            _ = cancellationToken;
            return Task.FromResult(configuration[WilayahBawaan.KunciKonfigurasi] is { Length: > 0 } w ? w : WilayahBawaan.KabupatenBelitungTimur);
        }
    }

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/capaian", async (int? tahun, string? periode, string? wilayah, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new Query(tahun, periode, wilayah), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Capaian")
            .WithSummary("Capaian semua indikator untuk satu tahun atau triwulan, dengan jejak perhitungan.");
        api.MapGet("/capaian/{kode}", async (string kode, int? dari, int? sampai, string? wilayah, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new Query(null, null, wilayah, kode, dari, sampai), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Capaian").WithSummary("Deret capaian satu indikator per tahun.");
    }
}
