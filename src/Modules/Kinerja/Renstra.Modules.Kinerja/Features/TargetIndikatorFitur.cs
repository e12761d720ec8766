using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>GET /api/indikator/{kode}/target: baseline and targets (number, or predikat for SAS-01).</summary>
public static class LihatTarget
{
    public sealed record Query(string Kode) : IQuery<Hasil>;

    public sealed record Butir(int Tahun, string Periode, object? Nilai);

    public sealed record Hasil(object? Baseline, IReadOnlyList<Butir> Target);

    public sealed class Handler(KinerjaDbContext db) : IQueryHandler<Query, Hasil>
    {
        public async ValueTask<Hasil> Handle(Query query, CancellationToken cancellationToken)
        {
            var kepala = await db.Indikator.AsNoTracking().SingleOrDefaultAsync(i => i.Kode == query.Kode, cancellationToken)
                ?? throw new NotFoundException($"Indikator '{TeksPengguna.Kutip(query.Kode, 50)}' tidak ditemukan.");
            var target = await db.TargetIndikator.AsNoTracking().Where(t => t.Kode == query.Kode).ToListAsync(cancellationToken);
            return new Hasil(
                (object?)kepala.BaselineNilai ?? kepala.BaselineTeks,
                target.Where(t => t.Nilai is not null || t.Predikat is not null)
                    .Select(t => (Periode: Periode.Parse(t.Periode), t))
                    .OrderBy(x => x.Periode)
                    .Select(x => new Butir(x.Periode.Tahun, x.t.Periode, (object?)x.t.Nilai ?? x.t.Predikat)).ToList());
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/indikator/{kode}/target", async (string kode, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new Query(kode), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Target").WithSummary("Baseline dan target indikator per tahun (dan triwulan bila ada).");
}

/// <summary>PUT /api/indikator/{kode}/target/{periode}: sets a year's (or a quarter's) target; history kept.</summary>
public static class SimpanTarget
{
    public sealed record Body(JsonElement Nilai);

    public sealed record Command(string Kode, string Periode, JsonElement Nilai) : ICommand<LihatTarget.Hasil>;

    public sealed class Handler(KinerjaDbContext db, LayananKinerja layanan, ICurrentUser user, TimeProvider time, ISender sender) : ICommandHandler<Command, LihatTarget.Hasil>
    {
        public async ValueTask<LihatTarget.Hasil> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!Periode.TryParse(command.Periode, out var periode))
                throw ValidationFailedException.For("tahun", Periode.PesanFormatSalah(command.Periode));
            var versi = await db.IndikatorVersi.AsNoTracking().Where(v => v.Kode == command.Kode).OrderByDescending(v => v.Versi)
                .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException($"Indikator '{TeksPengguna.Kutip(command.Kode, 50)}' tidak ditemukan.");
            decimal? angka = null;
            string? predikat = null;
            switch (command.Nilai.ValueKind)
            {
                case JsonValueKind.Number when command.Nilai.TryGetDecimal(out var n) && versi.AturanCapaian != "Predikat":
                    if (!BatasNilai.Sah(n)) throw ValidationFailedException.For("nilai", BatasNilai.Pesan("Target"));
                    angka = n;
                    break;
                case JsonValueKind.Number when versi.AturanCapaian != "Predikat":
                    throw ValidationFailedException.For("nilai", BatasNilai.Pesan("Target"));
                case JsonValueKind.String when versi.AturanCapaian == "Predikat":
                    predikat = command.Nilai.GetString();
                    if (!await db.AturanCapaian.AnyAsync(a => a.Jenis == "Predikat" && a.Nama == predikat, cancellationToken))
                        throw ValidationFailedException.For("nilai", "Predikat target tidak dikenal (AA, A, BB, B, CC, C, D).");
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    throw ValidationFailedException.For("nilai", versi.AturanCapaian == "Predikat"
                        ? "Target indikator ini berupa predikat, mis. \"BB\"."
                        : "Target harus berupa angka.");
            }
            var teks = periode.ToString();
            var target = await db.TargetIndikator.SingleOrDefaultAsync(t => t.Kode == command.Kode && t.Periode == teks, cancellationToken);
            var sebelum = target is null ? null : (target.Nilai?.ToString(CultureInfo.InvariantCulture) ?? target.Predikat);
            if (target is null)
            {
                target = new TargetIndikator { Kode = command.Kode, Periode = teks };
                db.TargetIndikator.Add(target);
            }
            var sekarang = time.GetUtcNow().UtcDateTime;
            target.Nilai = angka;
            target.Predikat = predikat;
            target.DiubahOleh = user.Name;
            target.DiubahPadaUtc = sekarang;
            db.TargetRiwayat.Add(new TargetRiwayat
            {
                Kode = command.Kode, Periode = teks, Sebelum = sebelum, Sesudah = angka?.ToString(CultureInfo.InvariantCulture) ?? predikat,
                Oleh = user.Name, PadaUtc = sekarang,
            });
            await layanan.Antrian.AturanBerubahAsync(db, command.Kode, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            layanan.Antrian.Jalankan();
            return await sender.Send(new LihatTarget.Query(command.Kode), cancellationToken);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/indikator/{kode}/target/{tahun}", async (string kode, string tahun, Body body, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new Command(kode, tahun, body.Nilai), ct)))
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Target")
            .WithSummary("Mengubah target indikator untuk satu tahun (atau triwulan, mis. 2024-T2); riwayat disimpan.");
}
