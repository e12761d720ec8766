using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Renstra.Host.Identity.Features;

/// <summary>
/// <c>POST /api/pengguna</c> (Admin): a new account with its role (and module for an Operator) and a
/// first password under the password policy; all or nothing, audited.
/// </summary>
public static class BuatPengguna
{
    public sealed record Request(string? Email, string? Nama, string? Peran, string? Modul, string? KataSandi);

    public sealed record Command(string Email, string Nama, string Peran, string? Modul, string KataSandi) : ICommand<PenggunaRespons>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().WithMessage("Email wajib diisi.")
                .MaximumLength(256).WithMessage("Email paling panjang 256 karakter.")
                .EmailAddress().WithMessage("Email tidak sah.")
                .OverridePropertyName("email");
            RuleFor(c => c.Nama).NotEmpty().WithMessage("Nama wajib diisi.")
                .MaximumLength(200).WithMessage("Nama paling panjang 200 karakter.")
                .OverridePropertyName("nama");
            RuleFor(c => c.Peran).Must(p => AturanPengguna.SemuaPeran.Contains(p))
                .WithMessage($"Peran harus salah satu dari: {string.Join(", ", AturanPengguna.SemuaPeran)}.")
                .OverridePropertyName("peran");
            RuleFor(c => c.Modul).Must((c, modul) => AturanPengguna.PesanModul(c.Peran, modul) is null)
                .WithMessage(c => AturanPengguna.PesanModul(c.Peran, c.Modul))
                .OverridePropertyName("modul");
            RuleFor(c => c.KataSandi).NotEmpty().WithMessage("Kata sandi wajib diisi.")
                .MaximumLength(256).WithMessage("Kata sandi paling panjang 256 karakter.")
                .OverridePropertyName("kataSandi");
        }
    }

    public sealed class Handler(AkunDbContext db, UserManager<Pengguna> users, TimeProvider time) : ICommandHandler<Command, PenggunaRespons>
    {
        public async ValueTask<PenggunaRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var email = command.Email.Trim();
            var user = new Pengguna { UserName = email, Email = email, EmailConfirmed = true, NamaLengkap = command.Nama.Trim() };
            AturanPengguna.Pastikan(await users.CreateAsync(user, command.KataSandi));
            await AturanPengguna.SetelPeranAsync(users, user, command.Peran, command.Modul);
            await transaction.CommitAsync(cancellationToken);
            return await AturanPengguna.BacaSatuAsync(db, time, user.Id, cancellationToken);
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPost("/pengguna", async (Request request, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new Command(
                    request.Email ?? "", request.Nama ?? "", request.Peran ?? "", request.Modul, request.KataSandi ?? ""), ct);
                return TypedResults.Created($"/api/pengguna/{created.Id}", created);
            })
            .WithSummary("Membuat pengguna");
}
