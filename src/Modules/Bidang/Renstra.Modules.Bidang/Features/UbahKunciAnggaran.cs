using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Identity;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// <c>POST /api/{modul}/anggaran/{tahun}-T{n}/kunci</c> and <c>/buka-kunci</c> (Admin): locks or unlocks a
/// quarter's realisasi anggaran (also one not submitted yet). The change is audited with the sheet.
/// </summary>
public static class UbahKunciAnggaran
{
    public sealed record Command(string Modul, string Periode, bool Terkunci) : ICommand<LembarAnggaranRespons>;

    public sealed class Handler(IServiceProvider services, ICurrentUser user, TimeProvider time) : ICommandHandler<Command, LembarAnggaranRespons>
    {
        public async ValueTask<LembarAnggaranRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            var periode = LembarAnggaranKonteks.Triwulan(command.Periode);
            var db = services.Database(command.Modul);
            return await db.TulisAsync<LembarAnggaranRespons>(diharapkan: null, pesanBentrok: null, async ct =>
            {
                db.ChangeTracker.Clear();
                var lembar = await db.CariAnggaranAsync(periode.ToString(), ct);
                if (lembar is null)
                {
                    lembar = new LembarAnggaran { Periode = periode.ToString(), Tahun = periode.Tahun, DiubahOleh = user.Name, DiubahPadaUtc = time.GetUtcNow().UtcDateTime };
                    db.LembarAnggaran.Add(lembar);
                }
                lembar.Terkunci = command.Terkunci;
                await db.SaveChangesAsync(ct);
                return lembar.KeRespons();
            }, cancellationToken);
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul)
    {
        group.MapPost("/anggaran/{periode}/kunci", (string periode, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Command(modul.Nama, periode, Terkunci: true), cancellationToken))
            .RequireAuthorization(KebijakanAkses.Admin)
            .WithName($"{modul.Nama}.KunciRealisasiAnggaran")
            .WithSummary("Kunci realisasi anggaran satu triwulan (Admin)");
        group.MapPost("/anggaran/{periode}/buka-kunci", (string periode, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Command(modul.Nama, periode, Terkunci: false), cancellationToken))
            .RequireAuthorization(KebijakanAkses.Admin)
            .WithName($"{modul.Nama}.BukaKunciRealisasiAnggaran")
            .WithSummary("Buka kunci realisasi anggaran satu triwulan (Admin)");
    }
}
