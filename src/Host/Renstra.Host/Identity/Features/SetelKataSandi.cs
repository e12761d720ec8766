using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Renstra.Host.Identity.Features;

/// <summary>
/// <c>POST /api/pengguna/{id}/kata-sandi</c> (Admin): sets a new password under the password policy.
/// Identity renews the security stamp with it, so every session of the account ends.
/// </summary>
public static class SetelKataSandi
{
    public sealed record Request(string? KataSandi);

    public sealed record Command(string Id, string KataSandi) : ICommand;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.KataSandi).NotEmpty().WithMessage("Kata sandi wajib diisi.")
                .MaximumLength(256).WithMessage("Kata sandi paling panjang 256 karakter.")
                .OverridePropertyName("kataSandi");
    }

    public sealed class Handler(UserManager<Pengguna> users) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(command.Id) ?? throw AturanPengguna.TidakDitemukan();
            var token = await users.GeneratePasswordResetTokenAsync(user);
            AturanPengguna.Pastikan(await users.ResetPasswordAsync(user, token, command.KataSandi));
            return Unit.Value;
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPost("/pengguna/{id}/kata-sandi", async (string id, Request request, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new Command(id, request.KataSandi ?? ""), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Menyetel kata sandi baru (semua sesi pengguna berakhir)");
}
