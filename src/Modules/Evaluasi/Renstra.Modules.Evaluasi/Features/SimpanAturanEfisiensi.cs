using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>
/// PUT /api/evaluasi/efisiensi (Admin) <c>{ "rumus", "keterangan"? }</c>: the LKjIP efficiency formula over
/// <c>capaian</c> and <c>serapan</c>, checked against Kinerja's formula allow-list before it is stored; versioned, audited.
/// </summary>
public static class SimpanAturanEfisiensi
{
    /// <summary>The names the formula may read.</summary>
    public static readonly IReadOnlyList<string> Parameter = ["capaian", "serapan"];

    public sealed record Body(string? Rumus, string? Keterangan);

    public sealed record Command(string? Rumus, string? Keterangan) : ICommand<AturanEfisiensiRespons>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Rumus).NotEmpty().WithMessage("Rumus wajib diisi, mis. capaian / serapan * 100.")
                .MaximumLength(500).WithMessage("Rumus paling banyak 500 karakter.").OverridePropertyName("rumus");
            RuleFor(c => c.Keterangan).MaximumLength(1000).WithMessage("Keterangan paling banyak 1000 karakter.").OverridePropertyName("keterangan");
        }
    }

    public sealed class Handler(EvaluasiDbContext db, IBacaanKinerja kinerja, ICurrentUser user, TimeProvider time) : ICommandHandler<Command, AturanEfisiensiRespons>
    {
        public async ValueTask<AturanEfisiensiRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            var rumus = command.Rumus!.Trim();
            if (kinerja.PeriksaRumus(rumus, Parameter) is { } alasan)
                throw ValidationFailedException.For("rumus", $"Rumus ditolak: {alasan} Yang boleh dibaca hanya capaian dan serapan.");
            var aturan = await db.AturanEfisiensi.OrderBy(a => a.Id).FirstOrDefaultAsync(cancellationToken);
            if (aturan is null)
            {
                aturan = new AturanEfisiensi();
                db.AturanEfisiensi.Add(aturan);
            }
            aturan.Rumus = rumus;
            aturan.Keterangan = command.Keterangan?.Trim();
            aturan.Versi++;
            aturan.DiubahOleh = user.Name;
            aturan.DiubahPadaUtc = time.GetUtcNow().UtcDateTime;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException("Rumus efisiensi sedang diubah pihak lain bersamaan; muat ulang lalu kirim lagi.");
            }
            return LihatAturanEfisiensi.KeRespons(aturan);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/evaluasi/efisiensi", async (Body body, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new Command(body.Rumus, body.Keterangan), ct)))
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Evaluasi")
            .WithSummary("Mengubah rumus efisiensi LKjIP (Admin); diperiksa daftar fungsi yang diizinkan, berversi dan diaudit.")
            .ProducesValidationProblem();
}
