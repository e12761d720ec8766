using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Renstra.Modules.Kinerja.Computation;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>One indicator's result for one period (API.md "Achievement").</summary>
/// <param name="Status"><c>Lengkap</c>, <c>DataBelumLengkap</c>, <c>TidakAdaTarget</c>, or <c>SedangDihitung</c>: inputs changed
/// after this result was computed; the values are the previous result of <paramref name="DihitungPada"/> (null if there was none).</param>
/// <param name="DihitungPada">When the stored result was computed; null when nothing was stored yet.</param>
public sealed record CapaianTampilan(
    string Kode, string Nama, string Satuan, string Polaritas, string Periode, string Wilayah, object? Target, decimal? Realisasi,
    string? Predikat, decimal? Capaian, string? Kategori, string Status, IReadOnlyList<string> VariabelKurang, string? Keterangan,
    int Versi, DateTimeOffset? DihitungPada, bool Beku, JejakMentah Jejak)
{
    /// <summary>Peringatan dini: the projection stored with this result; null when it cannot be projected.</summary>
    public ProyeksiTampilan? Proyeksi { get; init; }
}

/// <summary>
/// Peringatan dini of a capaian row (API.md v1.1 <c>proyeksi</c>): the projected realisasi and capaian at the end of
/// <see cref="Sampai"/> and whether that is below the <c>Berisiko</c> band, by <see cref="Metode"/>. Never a realisasi.
/// The inputs and the text are in the row's trace (<c>jejak.proyeksi</c>).
/// </summary>
public sealed record ProyeksiTampilan(decimal? Realisasi, decimal? Capaian, bool Berisiko, string Metode, string Sampai)
{
    internal static ProyeksiTampilan? Dari(HasilCapaian h) => h.ProyeksiBerisiko is not { } berisiko ? null
        : new(h.ProyeksiRealisasi is { } r ? Math.Round(r, 4) : null, h.ProyeksiCapaian is { } c ? Math.Round(c, 2) : null, berisiko,
            h.ProyeksiMetode ?? "", h.ProyeksiSampai ?? "");
}

/// <summary>The computation trace as stored (JSON text); written into a response as it is, parsed only by <see cref="Elemen"/>.</summary>
[JsonConverter(typeof(Konverter))]
public readonly record struct JejakMentah(string Json)
{
    /// <summary>The trace parsed, for a page that shows its lines.</summary>
    public JsonElement Elemen()
    {
        using var doc = JsonDocument.Parse(string.IsNullOrEmpty(Json) ? "{}" : Json);
        return doc.RootElement.Clone();
    }

    /// <summary>Writes the stored text raw (it was produced by our own serializer); reads any JSON value back as text.</summary>
    public sealed class Konverter : JsonConverter<JejakMentah>
    {
        public override JejakMentah Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            return new JejakMentah(doc.RootElement.GetRawText());
        }

        public override void Write(Utf8JsonWriter writer, JejakMentah value, JsonSerializerOptions options) =>
            writer.WriteRawValue(string.IsNullOrEmpty(value.Json) ? "{}" : value.Json, skipInputValidation: true);
    }
}

/// <summary>A serialised capaian response with its version tag (the cached form of <see cref="DaftarCapaian.Query"/>).</summary>
public sealed record CapaianTerserialisasi(string ETag, byte[] Json, byte[] Gzip);

/// <summary>
/// GET /api/capaian?tahun=&amp;periode=&amp;wilayah=: every catalog indicator for one period, as stored. A read never
/// evaluates a formula: results are computed when their inputs change (<see cref="PemrosesHitungUlang"/>); a
/// result whose inputs changed since is served with status <c>SedangDihitung</c>; an indicator × period
/// with no stored result and nothing queued has no data at all (<c>DataBelumLengkap</c>).
/// </summary>
public static class DaftarCapaian
{
    public sealed record Query(int? Tahun, string? Periode, string? Wilayah, string? Kode = null, int? Dari = null, int? Sampai = null)
        : IQuery<IReadOnlyList<CapaianTampilan>>
    {
        /// <summary>The query as sent, without ambiguity (each text with its length): the response cache's key.</summary>
        internal string Kunci() => string.Create(CultureInfo.InvariantCulture,
            $"{Tahun}|{Teks(Periode)}|{Teks(Wilayah)}|{Teks(Kode)}|{Dari}|{Sampai}");

        private static string Teks(string? s) => s is null ? "-" : $"{s.Length}:{s}";
    }

    /// <summary>The same read, serialised and cached under the database's version stamp.</summary>
    public sealed record QueryJson(Query Query) : IQuery<CapaianTerserialisasi>;

    public sealed class Handler(KinerjaDbContext db, IConfiguration configuration, HierarkiWilayah hierarki)
        : IQueryHandler<Query, IReadOnlyList<CapaianTampilan>>
    {
        public async ValueTask<IReadOnlyList<CapaianTampilan>> Handle(Query query, CancellationToken cancellationToken)
        {
            var (wilayah, kode, periode) = await PeriksaAsync(db, configuration, hierarki, query, cancellationToken);
            return await BacaAsync(db, wilayah, kode, periode, cancellationToken);
        }
    }

    public sealed class HandlerJson(
        KinerjaDbContext db, IConfiguration configuration, HierarkiWilayah hierarki, LayananKinerja layanan, IOptions<JsonOptions> json)
        : IQueryHandler<QueryJson, CapaianTerserialisasi>
    {
        public async ValueTask<CapaianTerserialisasi> Handle(QueryJson query, CancellationToken cancellationToken)
        {
            var (wilayah, kode, periode) = await PeriksaAsync(db, configuration, hierarki, query.Query, cancellationToken);
            var kunci = query.Query.Kunci();
            // The stamp first: a change committed after it makes the next read miss, never a stale hit.
            var stempel = await layanan.Stempel.BacaAsync(wilayah, cancellationToken);
            if (layanan.Tembolok.Cari(kunci) is not { } entri || entri.Stempel != stempel)
            {
                var baris = await BacaAsync(db, wilayah, kode, periode, cancellationToken);
                entri = layanan.Tembolok.Simpan(kunci, wilayah, stempel, JsonSerializer.SerializeToUtf8Bytes(baris, json.Value.SerializerOptions));
            }
            return new CapaianTerserialisasi(entri.ETag, entri.Json, entri.Gzip);
        }
    }

    private static async Task<(string Wilayah, string? Kode, List<Periode> Periode)> PeriksaAsync(
        KinerjaDbContext db, IConfiguration configuration, HierarkiWilayah hierarki, Query query, CancellationToken cancellationToken)
    {
        var periode = DaftarPeriode(query);
        if (query.Kode is not null && !await db.Indikator.AnyAsync(i => i.Kode == query.Kode, cancellationToken))
            throw new NotFoundException($"Indikator '{TeksPengguna.Kutip(query.Kode, 50)}' tidak ditemukan.");
        var bawaan = hierarki.Kabupaten;
        var wilayah = query.Wilayah ?? bawaan;
        if (wilayah.Length > 20) throw ValidationFailedException.For("wilayah", "Kode wilayah paling banyak 20 karakter.");
        // The configured regions (Renstra:Wilayah:Kode, the default and its kecamatan), as the bidang modules accept them.
        List<string> dikenal = [bawaan, .. configuration.GetSection("Renstra:Wilayah:Kode").GetChildren().Select(c => c.Key)
            .Concat(hierarki.Kecamatan.Select(k => k.Kode)).Where(k => k != bawaan).Distinct(StringComparer.Ordinal)];
        if (!dikenal.Contains(wilayah, StringComparer.Ordinal))
            throw ValidationFailedException.For("wilayah",
                $"Kode wilayah '{TeksPengguna.Kutip(wilayah, 20)}' tidak dikenal. Kode yang tersedia: {string.Join(", ", dikenal)}.");
        return (wilayah, query.Kode, periode);
    }

    private static async Task<IReadOnlyList<CapaianTampilan>> BacaAsync(
        KinerjaDbContext db, string wilayah, string? kode, List<Periode> periode, CancellationToken cancellationToken)
    {
        var teks = periode.Select(p => p.ToString()).ToList();
        var versi = await db.IndikatorVersi.AsNoTracking().Where(v => kode == null || v.Kode == kode).ToListAsync(cancellationToken);
        var urutan = await db.Indikator.AsNoTracking().Where(i => kode == null || i.Kode == kode).ToDictionaryAsync(i => i.Kode, i => i.Urutan, cancellationToken);
        // Locks, then the queue, then the results: a lock or change committed before the queue is read has its
        // request either still queued (the row says SedangDihitung) or already stored (the results read after it
        // show it) — never a frozen row from before the lock without a pending mark.
        var kunci = (await db.KunciPeriode.AsNoTracking().Where(k => k.Wilayah == wilayah && k.Terkunci && teks.Contains(k.Periode))
            .Select(k => new { k.Modul, k.Periode }).ToListAsync(cancellationToken)).Select(k => (k.Modul, k.Periode)).ToHashSet();
        var antri = await db.PermintaanHitungUlang.AsNoTracking()
            .Where(p => p.Wilayah == wilayah && (p.Periode == null || teks.Contains(p.Periode)) && (kode == null || p.Kode == null || p.Kode == kode))
            .Select(p => new { p.Periode, p.Kode, p.TermasukTerkunci }).ToListAsync(cancellationToken);
        var tersimpan = (await db.HasilCapaian.AsNoTracking()
                .Where(h => h.Wilayah == wilayah && teks.Contains(h.Periode) && (kode == null || h.Kode == kode)).ToListAsync(cancellationToken))
            .ToDictionary(h => (h.Kode, h.Periode));
        Dictionary<(string, string), TargetIndikator>? target = null;

        var perKode = versi.GroupBy(v => v.Kode)
            .OrderBy(g => urutan.GetValueOrDefault(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Kode: g.Key, Versi: g.ToList())).ToList();
        var perVersi = versi.ToDictionary(v => (v.Kode, v.Versi));
        var hasil = new List<CapaianTampilan>();
        foreach (var p in periode.OrderBy(p => p))
        {
            var t = p.ToString();
            foreach (var (k, daftar) in perKode)
            {
                var berlaku = PeriodeBerlaku.Pilih(daftar, v => v.Versi, v => v.BerlakuMulai, p);
                if (berlaku is null) continue;
                tersimpan.TryGetValue((k, t), out var h);
                var beku = kunci.Contains((berlaku.Modul, t));
                var basi = antri.Any(a => (a.Periode == null || a.Periode == t) && (a.Kode == null || a.Kode == k) && (!beku || a.TermasukTerkunci || h is null));
                if (h is not null)
                {
                    var v = perVersi.GetValueOrDefault((h.Kode, h.IndikatorVersi)) ?? berlaku;
                    hasil.Add(new CapaianTampilan(
                        h.Kode, v.Nama, v.Satuan, v.Polaritas, h.Periode, h.Wilayah, (object?)h.Target ?? h.TargetTeks,
                        h.Realisasi is { } r ? Math.Round(r, 4) : null, h.Predikat, h.Capaian is { } c ? Math.Round(c, 2) : null,
                        h.Kategori, basi ? StatusCapaian.SedangDihitung : h.Status, h.VariabelKurang.Split(',', StringSplitOptions.RemoveEmptyEntries),
                        h.Keterangan, h.IndikatorVersi, new DateTimeOffset(DateTime.SpecifyKind(h.DihitungPadaUtc, DateTimeKind.Utc)), beku,
                        new JejakMentah(h.Jejak)) { Proyeksi = ProyeksiTampilan.Dari(h) });
                    continue;
                }
                target ??= (await db.TargetIndikator.AsNoTracking().Where(x => kode == null || x.Kode == kode).ToListAsync(cancellationToken))
                    .ToDictionary(x => (x.Kode, x.Periode));
                var kosong = PenghitungCapaian.TanpaData(berlaku.Kode, berlaku.Versi, berlaku.Rumus, berlaku.Syarat,
                    berlaku.Variabel.Split(',', StringSplitOptions.RemoveEmptyEntries), PenghitungCapaianPeriode.TargetUntuk(target, k, p), basi);
                hasil.Add(new CapaianTampilan(
                    k, berlaku.Nama, berlaku.Satuan, berlaku.Polaritas, t, wilayah, (object?)kosong.Target ?? kosong.TargetPredikat, null, null, null, null,
                    kosong.Status, kosong.VariabelKurang, kosong.Keterangan, berlaku.Versi, null, beku,
                    new JejakMentah(JsonSerializer.Serialize(kosong.Jejak, JsonKinerja.Simpan))));
            }
        }
        return hasil;
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

    private static IResult Tulis(HttpContext http, TembolokCapaian.Entri entri) => Tulis(http, entri.ETag, entri.Json, entri.Gzip);

    private static IResult Tulis(HttpContext http, CapaianTerserialisasi isi) => Tulis(http, isi.ETag, isi.Json, isi.Gzip);

    /// <summary>Writes the cached bytes: 304 when the client holds this version, gzip when it accepts it.</summary>
    private static IResult Tulis(HttpContext http, string etag, byte[] json, byte[] gzip)
    {
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "private, no-cache";
        headers.Vary = HeaderNames.AcceptEncoding;
        if (Memuat(http.Request.Headers.IfNoneMatch, etag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        foreach (var v in http.Request.Headers.AcceptEncoding)
        {
            if (v is null || !v.Contains("gzip", StringComparison.OrdinalIgnoreCase)) continue;
            headers.ContentEncoding = "gzip";
            return new IsiJson(gzip);
        }
        return new IsiJson(json);
    }

    /// <summary>Whether an <c>If-None-Match</c> lists <paramref name="etag"/> or <c>*</c>; read in place (the hot read allocates nothing for it).</summary>
    private static bool Memuat(StringValues ifNoneMatch, string etag)
    {
        foreach (var v in ifNoneMatch)
        {
            if (v is null) continue;
            foreach (var bagian in v.AsSpan().Split(','))
            {
                var e = v.AsSpan()[bagian].Trim();
                if (e.SequenceEqual(etag) || e.SequenceEqual("*")) return true;
            }
        }
        return false;
    }

    /// <summary>Cached bytes written with one pipe write (no range or file-result machinery: measured, docs/benchmarks.md).</summary>
    private sealed class IsiJson(byte[] isi) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = isi.Length;
            var tulis = response.BodyWriter.WriteAsync(isi, httpContext.RequestAborted);
            return tulis.IsCompletedSuccessfully ? Task.CompletedTask : tulis.AsTask();
        }
    }

    /// <summary>
    /// The hot path: a query answered before (so it passed its checks) whose stamp in the database is still the one
    /// its cached bytes were made under is written straight from the cache — one stamp query on a pooled
    /// connection, no DbContext, no Mediator pipeline, nothing serialised or compressed. Anything else goes
    /// through <see cref="HandlerJson"/>.
    /// </summary>
    private static Task<IResult> JawabAsync(
        TembolokCapaian tembolok, StempelCapaian stempel, HttpContext http, Query query, CancellationToken cancellationToken)
    {
        if (tembolok.Cari(query.Kunci()) is not { } entri) return BacaPenuhAsync(http, query, cancellationToken);
        var sekarang = stempel.BacaAsync(entri.Wilayah, cancellationToken);
        // The request that ran the stamp statement itself has its answer at once: a hit then needs no state machine.
        if (!sekarang.IsCompletedSuccessfully) return TungguStempelAsync(http, query, entri, sekarang, cancellationToken);
        return sekarang.Result == entri.Stempel ? Task.FromResult(Tulis(http, entri)) : BacaPenuhAsync(http, query, cancellationToken);
    }

    private static async Task<IResult> TungguStempelAsync(
        HttpContext http, Query query, TembolokCapaian.Entri entri, Task<string> stempel, CancellationToken cancellationToken) =>
        await stempel == entri.Stempel ? Tulis(http, entri) : await BacaPenuhAsync(http, query, cancellationToken);

    private static async Task<IResult> BacaPenuhAsync(HttpContext http, Query query, CancellationToken cancellationToken) =>
        Tulis(http, await http.RequestServices.GetRequiredService<ISender>().Send(new QueryJson(query), cancellationToken));

    internal static void Map(IEndpointRouteBuilder api)
    {
        // Singletons of this host, resolved once for the hot path rather than from each request's scope.
        var tembolok = api.ServiceProvider.GetRequiredService<TembolokCapaian>();
        var stempel = api.ServiceProvider.GetRequiredService<StempelCapaian>();
        api.MapGet("/capaian", (int? tahun, string? periode, string? wilayah, HttpContext http, CancellationToken ct) =>
                JawabAsync(tembolok, stempel, http, new Query(tahun, periode, wilayah), ct))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Capaian")
            .Produces<IReadOnlyList<CapaianTampilan>>().Produces(StatusCodes.Status304NotModified)
            .WithSummary("Capaian semua indikator untuk satu tahun atau triwulan, dengan jejak perhitungan (hasil tersimpan; ETag).");
        api.MapGet("/capaian/{kode}", (string kode, int? dari, int? sampai, string? wilayah, HttpContext http, CancellationToken ct) =>
                JawabAsync(tembolok, stempel, http, new Query(null, null, wilayah, kode, dari, sampai), ct))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Capaian")
            .Produces<IReadOnlyList<CapaianTampilan>>().Produces(StatusCodes.Status304NotModified)
            .WithSummary("Deret capaian satu indikator per tahun (hasil tersimpan; ETag).");
    }
}
