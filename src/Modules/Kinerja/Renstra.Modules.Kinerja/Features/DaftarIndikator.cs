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
    /// <summary>The plan-tree node (program, kegiatan or sub kegiatan id of <c>GET /api/renstra</c>) that lists this indicator; null above program level.</summary>
    public string? Simpul { get; init; }

    internal static IndikatorTampilan Dari(IndikatorVersi v) => new(
        v.Kode, v.Nama, v.Satuan, v.Polaritas, v.Modul, v.Rumus, v.Syarat, v.DefinisiOperasional, v.BerlakuMulai, v.AturanCapaian,
        v.Tingkat, v.Versi, v.Variabel.Split(',', StringSplitOptions.RemoveEmptyEntries), v.DiubahOleh,
        new DateTimeOffset(DateTime.SpecifyKind(v.DiubahPadaUtc, DateTimeKind.Utc)));
}

/// <summary>
/// GET /api/indikator and /api/indikator/{kode}: the latest version of each indicator; the catalog can be
/// filtered by level (<c>tingkat</c>), module (<c>modul</c>) and plan-tree branch (<c>cabang</c>, a node id and everything under it).
/// </summary>
public static class DaftarIndikator
{
    /// <summary>The levels of the Renstra's indicators, as stored in <c>tingkat</c>.</summary>
    public static IReadOnlyList<string> DaftarTingkat { get; } = ["RPJMD", "IKU", "Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan"];

    public sealed record Query(string? Kode, string? Tingkat = null, string? Modul = null, string? Cabang = null) : IQuery<IReadOnlyList<IndikatorTampilan>>;

    public sealed class Handler(KinerjaDbContext db, RencanaRenstra rencana) : IQueryHandler<Query, IReadOnlyList<IndikatorTampilan>>
    {
        public async ValueTask<IReadOnlyList<IndikatorTampilan>> Handle(Query query, CancellationToken cancellationToken)
        {
            var saring = Saringan.Dari(query, rencana);
            var kepala = await db.Indikator.AsNoTracking()
                .Where(i => query.Kode == null || i.Kode == query.Kode).ToListAsync(cancellationToken);
            if (query.Kode is not null && kepala.Count == 0) throw new NotFoundException($"Indikator '{Potong(query.Kode)}' tidak ditemukan.");
            var kode = kepala.Select(k => k.Kode).ToList();
            var versi = await db.IndikatorVersi.AsNoTracking()
                .Where(v => kode.Contains(v.Kode) && db.Indikator.Any(i => i.Kode == v.Kode && i.VersiTerakhir == v.Versi))
                .ToListAsync(cancellationToken);
            var urutan = kepala.ToDictionary(k => k.Kode, k => k.Urutan);
            return versi.OrderBy(v => urutan[v.Kode]).ThenBy(v => v.Kode, StringComparer.Ordinal)
                .Select(v => IndikatorTampilan.Dari(v) with { Simpul = rencana.SimpulIndikator(v.Kode) })
                .Where(saring.Cocok).ToList();
        }
    }

    /// <summary>The catalog filter, checked before anything is read: an unknown level, module or node is a 400 naming the field.</summary>
    private sealed record Saringan(string? Tingkat, string? Modul, string? Cabang)
    {
        public static Saringan Dari(Query query, RencanaRenstra rencana)
        {
            string? tingkat = null, modul = null, cabang = null;
            if (!string.IsNullOrWhiteSpace(query.Tingkat))
            {
                tingkat = DaftarTingkat.FirstOrDefault(t => Ringkas(t) == Ringkas(query.Tingkat))
                    ?? throw ValidationFailedException.For("tingkat", $"Tingkat {Potong(query.Tingkat)} tidak dikenal. Pilihan: {string.Join(", ", DaftarTingkat)}.");
            }
            if (!string.IsNullOrWhiteSpace(query.Modul))
            {
                modul = NamaModul.SemuaBidang.FirstOrDefault(m => Ringkas(m) == Ringkas(query.Modul))
                    ?? throw ValidationFailedException.For("modul", $"Bidang {Potong(query.Modul)} tidak dikenal. Pilihan: {string.Join(", ", NamaModul.SemuaBidang)}.");
            }
            if (!string.IsNullOrWhiteSpace(query.Cabang))
            {
                cabang = query.Cabang.Trim().ToUpperInvariant();
                if (!rencana.AdaSimpul(cabang))
                    throw ValidationFailedException.For("cabang", $"Simpul pohon Renstra {Potong(query.Cabang)} tidak ada (contoh: P02, P02.K01, P02.K01.S01).");
            }
            return new(tingkat, modul, cabang);
        }

        public bool Cocok(IndikatorTampilan i) =>
            (Tingkat is null || string.Equals(i.Tingkat, Tingkat, StringComparison.OrdinalIgnoreCase))
            && (Modul is null || i.Modul == Modul)
            && (Cabang is null || (i.Simpul is { } s && (s == Cabang || s.StartsWith(Cabang + ".", StringComparison.Ordinal))));

        /// <summary>"Sub Kegiatan", "subkegiatan", "sub-kegiatan" and "koperasi-umkm", "KoperasiUmkm" compare equal; nothing else is dropped.</summary>
        private static string Ringkas(string s) => new(s.Trim().Where(c => c is not (' ' or '-' or '_')).Select(char.ToLowerInvariant).ToArray());
    }

    internal static string Potong(string s) => TeksPengguna.Kutip(s, 50);

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/indikator", async (string? tingkat, string? modul, string? cabang, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new Query(null, tingkat, modul, cabang), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Indikator")
            .WithSummary("Daftar indikator (versi terbaru); saring dengan ?tingkat= (RPJMD, IKU, Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan), ?modul= dan ?cabang= (id simpul pohon Renstra, mis. P02.K01).");
        api.MapGet("/indikator/{kode}", async (string kode, ISender sender, CancellationToken ct) =>
                Results.Ok((await sender.Send(new Query(kode), ct))[0]))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Indikator").WithSummary("Satu indikator (versi terbaru).");
    }
}
