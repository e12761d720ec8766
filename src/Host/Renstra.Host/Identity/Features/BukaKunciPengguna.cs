using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Renstra.Host.Identity.Features;

/// <summary><c>POST /api/pengguna/{id}/buka-kunci</c> (Admin): ends a lock-out and clears the failure count.</summary>
public static class BukaKunciPengguna
{
    public sealed record Command(string Id) : ICommand<PenggunaRespons>;

    public sealed class Handler(AkunDbContext db, UserManager<Pengguna> users, TimeProvider time) : ICommandHandler<Command, PenggunaRespons>
    {
        public async ValueTask<PenggunaRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(command.Id) ?? throw AturanPengguna.TidakDitemukan();
            AturanPengguna.Pastikan(await users.SetLockoutEndDateAsync(user, null));
            AturanPengguna.Pastikan(await users.ResetAccessFailedCountAsync(user));
            return await AturanPengguna.BacaSatuAsync(db, time, user.Id, cancellationToken);
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPost("/pengguna/{id}/buka-kunci", (string id, ISender sender, CancellationToken ct) => sender.Send(new Command(id), ct))
            .WithSummary("Membuka kunci akun yang terkunci karena percobaan masuk gagal");
}
