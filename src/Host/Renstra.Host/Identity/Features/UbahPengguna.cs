using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Host.Identity.Features;

/// <summary>
/// <c>PUT /api/pengguna/{id}</c> (Admin): name, role, module and active state; a field left out stays.
/// A change of role, module or state renews the security stamp, so tokens and cookies that carry the old
/// rights stop working at once. The last active administrator cannot be demoted or deactivated.
/// </summary>
public static class UbahPengguna
{
    public sealed record Request(string? Nama, string? Peran, string? Modul, bool? Aktif);

    public sealed record Command(string Id, string? Nama, string? Peran, string? Modul, bool? Aktif) : ICommand<PenggunaRespons>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Nama).NotEmpty().WithMessage("Nama tidak boleh kosong.")
                .MaximumLength(200).WithMessage("Nama paling panjang 200 karakter.")
                .When(c => c.Nama is not null)
                .OverridePropertyName("nama");
            RuleFor(c => c.Peran).Must(p => AturanPengguna.SemuaPeran.Contains(p))
                .WithMessage($"Peran harus salah satu dari: {string.Join(", ", AturanPengguna.SemuaPeran)}.")
                .When(c => c.Peran is not null)
                .OverridePropertyName("peran");
            RuleFor(c => c.Modul).Must(m => m == "" || NamaModul.SemuaBidang.Contains(m))
                .WithMessage($"Modul harus salah satu dari: {string.Join(", ", NamaModul.SemuaBidang)}.")
                .When(c => c.Modul is not null)
                .OverridePropertyName("modul");
        }
    }

    public sealed class Handler(AkunDbContext db, UserManager<Pengguna> users, TimeProvider time) : ICommandHandler<Command, PenggunaRespons>
    {
        public async ValueTask<PenggunaRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(command.Id) ?? throw AturanPengguna.TidakDitemukan();
            var before = await AturanPengguna.BacaSatuAsync(db, time, user.Id, cancellationToken);
            var peran = command.Peran ?? before.Peran;
            var modul = command.Modul ?? (peran == Peran.Operator ? before.Modul : null);
            if (modul == "") modul = null;
            if (AturanPengguna.PesanModul(peran, modul) is { } pesan)
                throw new ValidationFailedException(new Dictionary<string, string[]> { ["modul"] = [pesan] });
            var aktif = command.Aktif ?? user.Aktif;
            if (before.Peran == Peran.Admin && before.Aktif && (peran != Peran.Admin || !aktif) &&
                !(await users.GetUsersInRoleAsync(Peran.Admin)).Any(a => a.Id != user.Id && a.Aktif))
            {
                throw new ConflictException("Administrator aktif terakhir tidak dapat dinonaktifkan atau diganti perannya.");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (command.Nama is not null) user.NamaLengkap = command.Nama.Trim();
            user.Aktif = aktif;
            AturanPengguna.Pastikan(await users.UpdateAsync(user));
            await AturanPengguna.SetelPeranAsync(users, user, peran, modul);
            if (peran != before.Peran || modul != before.Modul || aktif != before.Aktif)
                AturanPengguna.Pastikan(await users.UpdateSecurityStampAsync(user));
            await transaction.CommitAsync(cancellationToken);
            return await AturanPengguna.BacaSatuAsync(db, time, user.Id, cancellationToken);
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPut("/pengguna/{id}", (string id, Request request, ISender sender, CancellationToken ct) =>
                sender.Send(new Command(id, request.Nama, request.Peran, request.Modul, request.Aktif), ct))
            .WithSummary("Mengubah nama, peran, modul atau status aktif pengguna");
}
