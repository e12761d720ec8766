using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>The body of PUT /api/indikator/{kode} (API.md <c>IndikatorDefinisi</c>).</summary>
public sealed record IndikatorDefinisi(
    string? Kode, string? Nama, string? Satuan, string? Polaritas, string? Modul, string? Rumus, string? Syarat = null,
    string? DefinisiOperasional = null, string? BerlakuMulai = null, string? AturanCapaian = null, string? Tingkat = null);

/// <summary>
/// PUT /api/indikator/{kode}: stores a new version of an indicator (or a new indicator), after the
/// formula passed the allow-list. Never updates a stored version. Results are recomputed (queued in the same commit) for every
/// period the version applies to, except locked periods, which stay frozen.
/// </summary>
public static partial class SimpanIndikator
{
    /// <param name="HitungUlang">False when the caller starts the recompute once for many indicators (the import); the
    /// recompute requests are queued in every version's own commit either way.</param>
    public sealed record Command(string Kode, IndikatorDefinisi Definisi, bool HitungUlang = true) : ICommand<Hasil>;

    public sealed record Hasil(bool Baru, IndikatorTampilan Indikator);

    public sealed class Handler(KinerjaDbContext db, LayananKinerja layanan, ICurrentUser user, TimeProvider time)
        : ICommandHandler<Command, Hasil>
    {
        public async ValueTask<Hasil> Handle(Command command, CancellationToken cancellationToken)
        {
            var skema = await layanan.Katalog.SkemaIndikatorAsync(cancellationToken);
            var aturanCapaian = await db.AturanCapaian.Where(a => a.Jenis == "Capaian" && a.Aktif).Select(a => a.Nama).ToListAsync(cancellationToken);
            var (d, variabel) = PemeriksaanIndikator.Periksa(command.Kode, command.Definisi, skema, aturanCapaian, layanan.Mesin);

            var kepala = await db.Indikator.SingleOrDefaultAsync(i => i.Kode == command.Kode, cancellationToken);
            var baru = kepala is null;
            if (kepala is null)
            {
                var urutan = await db.Indikator.Select(i => (int?)i.Urutan).MaxAsync(cancellationToken) ?? 0;
                kepala = new Indikator { Kode = command.Kode, Urutan = urutan + 1 };
                db.Indikator.Add(kepala);
            }
            kepala.VersiTerakhir++;
            var versi = new IndikatorVersi
            {
                Kode = command.Kode, Versi = kepala.VersiTerakhir, Nama = d.Nama!.Trim(), Satuan = d.Satuan!.Trim(), Polaritas = d.Polaritas!,
                Modul = d.Modul!, Tingkat = d.Tingkat, AturanCapaian = d.AturanCapaian ?? d.Polaritas!, Rumus = d.Rumus!.Trim(),
                Syarat = string.IsNullOrWhiteSpace(d.Syarat) || d.Syarat.Trim() == "true" ? null : d.Syarat.Trim(),
                DefinisiOperasional = d.DefinisiOperasional, BerlakuMulai = d.BerlakuMulai is null ? null : Periode.Parse(d.BerlakuMulai).ToString(),
                Variabel = string.Join(',', variabel), DiubahOleh = user.Name, DiubahPadaUtc = time.GetUtcNow().UtcDateTime,
            };
            db.IndikatorVersi.Add(versi);
            await layanan.Antrian.AturanBerubahAsync(db, command.Kode, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException($"Indikator '{command.Kode}' baru saja diubah pengguna lain; muat ulang lalu coba lagi.");
            }
            if (command.HitungUlang) layanan.Antrian.Jalankan();
            return new Hasil(baru, IndikatorTampilan.Dari(versi));
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/indikator/{kode}", async (string kode, IndikatorDefinisi definisi, ISender sender, CancellationToken ct) =>
            {
                var hasil = await sender.Send(new Command(kode, definisi), ct);
                return hasil.Baru
                    ? Results.Created($"/api/indikator/{Uri.EscapeDataString(kode)}", hasil.Indikator)
                    : Results.Ok(hasil.Indikator);
            })
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Indikator")
            .WithSummary("Menyimpan versi baru aturan indikator (atau indikator baru); rumus diperiksa terhadap allow-list.");
}
