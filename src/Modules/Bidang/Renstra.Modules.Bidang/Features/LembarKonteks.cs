using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Bidang.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Outbox;

namespace Renstra.Modules.Bidang.Features;

/// <summary>What every slice needs to find a module's sheet: its DbContext, its events, the key of the sheet.</summary>
internal static class LembarKonteks
{
    public const string StatusTerkunci = "Terkunci";
    public const string StatusTerbuka = "Terbuka";

    /// <summary>How often a write that lost a race re-reads the sheet and merges again.</summary>
    public const int MaksimumPercobaan = 50;

    public static BidangDbContext Database(this IServiceProvider services, string modul) =>
        services.GetRequiredKeyedService<BidangDbContext>(modul);

    public static IBidangEvents Events(this IServiceProvider services, string modul) =>
        services.GetRequiredKeyedService<IBidangEvents>(modul);

    /// <summary>The validated period and region of a request (validators ran before the handler).</summary>
    public static (string Periode, string Wilayah) Kunci(this IServiceProvider services, string periode, string? wilayah)
    {
        var p = Periode.TryParse(periode, out var parsed)
            ? parsed.ToString()
            : throw ValidationFailedException.For("periode", Periode.PesanFormatSalah(periode));
        var daftar = services.GetRequiredService<DaftarWilayah>();
        var w = daftar.Resolve(wilayah) ?? throw ValidationFailedException.For("wilayah", daftar.PesanTidakDikenal(wilayah));
        return (p, w);
    }

    public static Task<LembarData?> CariAsync(this BidangDbContext db, string periode, string wilayah, CancellationToken cancellationToken) =>
        KueriLembar.CariAsync(db, periode, wilayah, cancellationToken);

    public static LembarRespons KeRespons(this LembarData lembar) => new(
        lembar.Periode,
        lembar.Wilayah,
        new SortedDictionary<string, decimal>(lembar.Nilai, StringComparer.Ordinal),
        lembar.Revisi,
        lembar.Terkunci ? StatusTerkunci : StatusTerbuka,
        lembar.DiubahOleh,
        new DateTimeOffset(DateTime.SpecifyKind(lembar.DiubahPadaUtc, DateTimeKind.Utc)));

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>The raw <c>If-Match</c> header of a write, if any.</summary>
    public static string? IfMatch(this HttpRequest request) => request.Headers.IfMatch.Count > 0 ? request.Headers.IfMatch.ToString() : null;

    /// <summary>A sheet write's answer: the sheet with <c>ETag: "&lt;revisi&gt;"</c>.</summary>
    public static async Task<Ok<LembarRespons>> JawabLembarAsync(this HttpResponse response, ValueTask<LembarRespons> tulis)
    {
        var lembar = await tulis;
        response.SetETag(lembar.Revisi);
        return TypedResults.Ok(lembar);
    }

    /// <summary>Sets <c>ETag: "&lt;revisi&gt;"</c>.</summary>
    public static void SetETag(this HttpResponse response, int revisi) => response.Headers.ETag = $"\"{revisi}\"";

    public static IRuleBuilderOptions<T, string> PeriodeValid<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(p => Periode.TryParse(p, out _))
            .WithMessage((_, p) => Periode.PesanFormatSalah(p))
            .OverridePropertyName("periode");

    public static IRuleBuilderOptions<T, string?> WilayahDikenal<T>(this IRuleBuilder<T, string?> rule, DaftarWilayah daftar) =>
        rule.Must(w => daftar.Resolve(w) is not null)
            .WithMessage((_, w) => daftar.PesanTidakDikenal(w))
            .OverridePropertyName("wilayah");

    /// <summary>A write that names the revision it changed (<c>If-Match</c>) is refused with 412 when that is no longer the current one.</summary>
    public static void PastikanRevisiTerkini(int? diharapkan, int revisiSaatIni)
    {
        if (diharapkan is { } d && d != revisiSaatIni)
            throw new PreconditionFailedException($"Revisi yang Anda ubah ({d}) bukan revisi terkini ({revisiSaatIni}). Muat ulang lalu coba lagi.");
    }

    /// <summary>Accepts <c>"3"</c>, <c>W/"3"</c> or <c>3</c>.</summary>
    public static bool BacaIfMatch(string header, out int revisi)
    {
        var teks = header.Trim();
        if (teks.StartsWith("W/", StringComparison.Ordinal)) teks = teks[2..];
        teks = teks.Trim('"');
        return int.TryParse(teks, NumberStyles.None, CultureInfo.InvariantCulture, out revisi);
    }

    /// <summary>
    /// Runs one write of a sheet (data or realisasi anggaran, or their locks) under the execution strategy.
    /// A write that lost a race (a concurrency token or the first insert of the sheet) stored nothing: with
    /// an If-Match revision it is a 412 (<paramref name="pesanBentrok"/>), without one it merges again on
    /// top of the winner's revision.
    /// </summary>
    public static async Task<T> TulisAsync<T>(
        this BidangDbContext db, int? diharapkan, Func<string>? pesanBentrok, Func<CancellationToken, Task<T>> tulis,
        CancellationToken cancellationToken)
    {
        for (var percobaan = 1; ; percobaan++)
        {
            try
            {
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(tulis, cancellationToken);
            }
            catch (DbUpdateException) when (diharapkan is not null && pesanBentrok is not null)
            {
                db.ChangeTracker.Clear();
                throw new PreconditionFailedException(pesanBentrok());
            }
            catch (DbUpdateException) when (percobaan < MaksimumPercobaan)
            {
                // The first retry at once (a retrying write reads its sheet inside its transaction — a sheet PUT inside the
                // file's write turn — so it rarely loses twice); later ones back off, jittered.
                db.ChangeTracker.Clear();
                if (percobaan > 1) await Task.Delay(Random.Shared.Next(5, 20 + percobaan * 5), cancellationToken);
            }
        }
    }

    /// <summary>
    /// A new revision of <paramref name="lembar"/> holding <paramref name="gabungan"/>: the sheet, its value rows, the
    /// revision (who, when, source, what changed) and the event for Kinerja (the whole sheet, plus the variables the
    /// revision removed) — added to the caller's context, which commits them in one transaction.
    /// </summary>
    public static void TulisRevisi(
        this BidangDbContext db, IBidangEvents events, LembarData lembar, string modul, Dictionary<string, decimal> gabungan,
        List<PerubahanNilai> perubahan, string sumber, string oleh, TimeProvider time)
    {
        var sekarang = time.GetUtcNow().UtcDateTime;
        lembar.Revisi++;
        lembar.Nilai = gabungan;
        lembar.DiubahOleh = oleh;
        lembar.DiubahPadaUtc = sekarang;
        db.Salin(lembar, perubahan);
        db.Revisi.Add(new RevisiLembar
        {
            Lembar = lembar,
            Nomor = lembar.Revisi,
            Oleh = oleh,
            PadaUtc = sekarang,
            Sumber = sumber,
            Nilai = new Dictionary<string, decimal>(gabungan, StringComparer.Ordinal),
            Perubahan = perubahan,
        });
        db.AddIntegrationEvent(events.LembarDiterima() with
        {
            Modul = modul,
            Periode = lembar.Periode,
            Wilayah = lembar.Wilayah,
            Revisi = lembar.Revisi,
            Nilai = new Dictionary<string, decimal>(gabungan, StringComparer.Ordinal),
            Dihapus = perubahan.Where(p => p.Sesudah is null).Select(p => p.Variabel).ToList(),
            Oleh = oleh,
            Waktu = Utc(sekarang),
        });
    }

    /// <summary>The sheet after merging <paramref name="nilai"/> over <paramref name="sebelum"/>, and what changed.</summary>
    public static (Dictionary<string, decimal> Gabungan, List<PerubahanNilai> Perubahan) Gabung(
        IReadOnlyDictionary<string, decimal>? sebelum, IReadOnlyDictionary<string, decimal> nilai)
    {
        var gabungan = sebelum is null
            ? new Dictionary<string, decimal>(StringComparer.Ordinal)
            : new Dictionary<string, decimal>(sebelum, StringComparer.Ordinal);
        var perubahan = new List<PerubahanNilai>();
        foreach (var (kode, baru) in nilai)
        {
            decimal? lama = gabungan.TryGetValue(kode, out var l) ? l : null;
            if (lama != baru) perubahan.Add(new PerubahanNilai(kode, lama, baru));
            gabungan[kode] = baru;
        }
        return (gabungan, perubahan);
    }

    public static IReadOnlyList<PerubahanRespons> KeRespons(this IEnumerable<PerubahanNilai> perubahan) =>
        perubahan.Select(p => new PerubahanRespons(p.Variabel, p.Sebelum, p.Sesudah)).ToList();

    public static RevisiRespons KeRespons(this RevisiLembar r) => new(
        r.Nomor,
        r.Oleh,
        Utc(r.PadaUtc),
        r.Sumber,
        new SortedDictionary<string, decimal>(r.Nilai, StringComparer.Ordinal),
        r.Perubahan.KeRespons());

    /// <summary>The reminder's stored list as the API shows it: only periods still missing something, oldest first.</summary>
    public static KekuranganRespons KeRespons(this IEnumerable<KekuranganData> daftar, string modul, DateTime? dihitungPadaUtc) => new(
        modul,
        dihitungPadaUtc is { } d ? Utc(d) : null,
        daftar.Where(k => k.Variabel.Count > 0).OrderBy(k => Periode.Parse(k.Periode)).ThenBy(k => k.Wilayah, StringComparer.Ordinal)
            .Select(k => new KekuranganPeriodeRespons(k.Periode, k.Wilayah, k.Variabel))
            .ToList());
}
