using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Bidang.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Bidang.Features;

/// <summary>What every slice needs to find a module's sheet: its DbContext, its events, the key of the sheet.</summary>
internal static class LembarKonteks
{
    public const string StatusTerkunci = "Terkunci";
    public const string StatusTerbuka = "Terbuka";

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
        db.Lembar.SingleOrDefaultAsync(l => l.Periode == periode && l.Wilayah == wilayah, cancellationToken);

    public static LembarRespons KeRespons(this LembarData lembar) => new(
        lembar.Periode,
        lembar.Wilayah,
        new SortedDictionary<string, decimal>(lembar.Nilai, StringComparer.Ordinal),
        lembar.Revisi,
        lembar.Terkunci ? StatusTerkunci : StatusTerbuka,
        lembar.DiubahOleh,
        new DateTimeOffset(DateTime.SpecifyKind(lembar.DiubahPadaUtc, DateTimeKind.Utc)));

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

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
}
