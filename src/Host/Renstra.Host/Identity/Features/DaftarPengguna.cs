using Mediator;
using Renstra.Shared.Abstractions;

namespace Renstra.Host.Identity.Features;

/// <summary><c>GET /api/pengguna</c> (Admin): every account with its role, module, state and lock-out end.</summary>
public static class DaftarPengguna
{
    public sealed record Query : IQuery<IReadOnlyList<PenggunaRespons>>;

    public sealed class Handler(AkunDbContext db, TimeProvider time) : IQueryHandler<Query, IReadOnlyList<PenggunaRespons>>
    {
        public async ValueTask<IReadOnlyList<PenggunaRespons>> Handle(Query query, CancellationToken cancellationToken) =>
            await AturanPengguna.BacaAsync(db, time, id: null, cancellationToken);
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapGet("/pengguna", (ISender sender, CancellationToken ct) => sender.Send(new Query(), ct))
            .WithSummary("Daftar pengguna");
}
