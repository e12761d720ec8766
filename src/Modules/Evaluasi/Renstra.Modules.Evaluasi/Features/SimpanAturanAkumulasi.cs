using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Modules.Evaluasi.Domain;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>PUT /api/evaluasi/akumulasi/{kode} (Admin) <c>{ "cara": "Jumlah"|"Terakhir"|"RataRata" }</c>: versioned, audited.</summary>
public static class SimpanAturanAkumulasi
{
    public sealed record Body(string? Cara);

    public sealed record Command(string Kode, string? Cara) : ICommand<AturanAkumulasiRespons>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Cara).Must(c => c is not null && Akumulasi.Semua.Contains(c))
                .WithMessage($"Cara akumulasi harus salah satu dari: {string.Join(", ", Akumulasi.Semua)}.").OverridePropertyName("cara");
    }

    public sealed class Handler(EvaluasiDbContext db, IBacaanKinerja kinerja, ICurrentUser user, TimeProvider time)
        : ICommandHandler<Command, AturanAkumulasiRespons>
    {
        public async ValueTask<AturanAkumulasiRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            var indikator = (await kinerja.IndikatorAsync(cancellationToken)).FirstOrDefault(i => i.Kode == command.Kode)
                ?? throw new NotFoundException($"Indikator '{TeksPengguna.Kutip(command.Kode, 50)}' tidak ditemukan.");
            var aturan = await db.AturanAkumulasi.SingleOrDefaultAsync(a => a.Kode == command.Kode, cancellationToken);
            if (aturan is null)
            {
                aturan = new AturanAkumulasi { Kode = command.Kode };
                db.AturanAkumulasi.Add(aturan);
            }
            if (aturan.Cara != command.Cara)
            {
                aturan.Cara = command.Cara!;
                aturan.Versi++;
                aturan.DiubahOleh = user.Name;
                aturan.DiubahPadaUtc = time.GetUtcNow().UtcDateTime;
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    throw new ConflictException("Aturan ini sedang diubah pihak lain bersamaan; muat ulang lalu kirim lagi.");
                }
            }
            return new AturanAkumulasiRespons(indikator.Kode, indikator.Nama, indikator.Satuan, aturan.Cara, false, aturan.Versi, aturan.DiubahOleh,
                new DateTimeOffset(DateTime.SpecifyKind(aturan.DiubahPadaUtc, DateTimeKind.Utc)));
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/evaluasi/akumulasi/{kode}", async (string kode, Body body, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new Command(kode, body.Cara), ct)))
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Evaluasi")
            .WithSummary("Mengubah cara akumulasi satu indikator (Admin); berversi dan tercatat di jejak audit.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
