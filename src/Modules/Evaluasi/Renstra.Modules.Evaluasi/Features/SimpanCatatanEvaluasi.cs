using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>The texts under a year's Formulir E.81 (current version).</summary>
public sealed record CatatanEvaluasiRespons(
    int Tahun, string FaktorPendorong, string FaktorPenghambat, string TindakLanjutTriwulan, string TindakLanjutRenja,
    int Versi, string? DiubahOleh, DateTimeOffset? DiubahPada);

/// <summary>
/// PUT /api/evaluasi/renja/{tahun}/catatan (Admin, Pimpinan): faktor pendorong, faktor penghambat and the
/// follow-ups for the next quarter and the next Renja. Every accepted PUT is a new version (kept) and audited.
/// </summary>
public static class SimpanCatatanEvaluasi
{
    public sealed record Body(string? FaktorPendorong, string? FaktorPenghambat, string? TindakLanjutTriwulan, string? TindakLanjutRenja);

    public sealed record Command(int Tahun, Body Isi) : ICommand<CatatanEvaluasiRespons>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Tahun).InclusiveBetween(DataAnggaran.TahunAwal, DataAnggaran.TahunAkhir)
                .WithMessage($"Tahun harus antara {DataAnggaran.TahunAwal} dan {DataAnggaran.TahunAkhir}.").OverridePropertyName("tahun");
            foreach (var (nama, ambil) in new (string, Func<Command, string?>)[]
                     {
                         ("faktorPendorong", c => c.Isi.FaktorPendorong), ("faktorPenghambat", c => c.Isi.FaktorPenghambat),
                         ("tindakLanjutTriwulan", c => c.Isi.TindakLanjutTriwulan), ("tindakLanjutRenja", c => c.Isi.TindakLanjutRenja),
                     })
            {
                RuleFor(c => ambil(c)).Must(t => t is null || t.Length <= CatatanEvaluasiConfiguration.PanjangMaksimum)
                    .WithMessage($"Paling banyak {CatatanEvaluasiConfiguration.PanjangMaksimum} karakter.").OverridePropertyName(nama);
            }
            RuleFor(c => c.Isi).Must(i => i.FaktorPendorong is not null || i.FaktorPenghambat is not null || i.TindakLanjutTriwulan is not null || i.TindakLanjutRenja is not null)
                .WithMessage("Kirim minimal satu teks: faktorPendorong, faktorPenghambat, tindakLanjutTriwulan atau tindakLanjutRenja.").OverridePropertyName("catatan");
        }
    }

    public sealed class Handler(EvaluasiDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<Command, CatatanEvaluasiRespons>
    {
        public async ValueTask<CatatanEvaluasiRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            var catatan = await db.Catatan.SingleOrDefaultAsync(c => c.Tahun == command.Tahun, cancellationToken);
            if (catatan is null)
            {
                catatan = new CatatanEvaluasi { Tahun = command.Tahun };
                db.Catatan.Add(catatan);
            }
            // Texts not in the body keep their value, like a sheet's variables.
            catatan.FaktorPendorong = Bersih(command.Isi.FaktorPendorong) ?? catatan.FaktorPendorong;
            catatan.FaktorPenghambat = Bersih(command.Isi.FaktorPenghambat) ?? catatan.FaktorPenghambat;
            catatan.TindakLanjutTriwulan = Bersih(command.Isi.TindakLanjutTriwulan) ?? catatan.TindakLanjutTriwulan;
            catatan.TindakLanjutRenja = Bersih(command.Isi.TindakLanjutRenja) ?? catatan.TindakLanjutRenja;
            catatan.Versi++;
            catatan.DiubahOleh = user.Name;
            catatan.DiubahPadaUtc = time.GetUtcNow().UtcDateTime;
            db.CatatanRiwayat.Add(new CatatanEvaluasiRiwayat
            {
                Tahun = catatan.Tahun, Versi = catatan.Versi, FaktorPendorong = catatan.FaktorPendorong, FaktorPenghambat = catatan.FaktorPenghambat,
                TindakLanjutTriwulan = catatan.TindakLanjutTriwulan, TindakLanjutRenja = catatan.TindakLanjutRenja, Oleh = user.Name, PadaUtc = catatan.DiubahPadaUtc,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException("Catatan evaluasi tahun ini sedang diubah pihak lain bersamaan; muat ulang lalu kirim lagi.");
            }
            return KeRespons(catatan);
        }

        /// <summary>Drops control characters a text field has no use for (line breaks stay).</summary>
        private static string? Bersih(string? teks) =>
            teks is null ? null : new string(teks.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray()).Trim();
    }

    internal static CatatanEvaluasiRespons KeRespons(CatatanEvaluasi c) => new(
        c.Tahun, c.FaktorPendorong, c.FaktorPenghambat, c.TindakLanjutTriwulan, c.TindakLanjutRenja, c.Versi, c.DiubahOleh,
        new DateTimeOffset(DateTime.SpecifyKind(c.DiubahPadaUtc, DateTimeKind.Utc)));

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/evaluasi/renja/{tahun}/catatan", async (int tahun, Body body, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new Command(tahun, body), ct)))
            .RequireAuthorization(EvaluasiModule.KebijakanPenilai).WithTags("Evaluasi")
            .WithSummary("Menyimpan faktor pendorong, faktor penghambat dan tindak lanjut Formulir E.81 (Admin, Pimpinan); berversi dan diaudit.")
            .ProducesValidationProblem();
}
