using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Identity;
using Renstra.Shared.Outbox;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// <c>POST /api/{modul}/data/{periode}/kunci</c> and <c>/buka-kunci</c> (Admin): locks or unlocks a
/// period's sheet (also one not submitted yet), records it and tells Kinerja, in one transaction.
/// Locking a locked sheet (or unlocking an open one) changes nothing and publishes nothing.
/// </summary>
public static class UbahStatusKunci
{
    public sealed record Command(string Modul, string Periode, string? Wilayah, bool Terkunci) : ICommand<StatusKunciRespons>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(DaftarWilayah wilayah)
        {
            RuleFor(c => c.Periode).PeriodeValid();
            RuleFor(c => c.Wilayah).WilayahDikenal(wilayah);
        }
    }

    public sealed class Handler(IServiceProvider services, ICurrentUser user, TimeProvider time)
        : ICommandHandler<Command, StatusKunciRespons>
    {
        public async ValueTask<StatusKunciRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            var (periode, wilayah) = services.Kunci(command.Periode, command.Wilayah);
            var db = services.Database(command.Modul);
            return await db.TulisAsync(diharapkan: null, pesanBentrok: null,
                ct => UbahAsync(db, command, periode, wilayah, ct), cancellationToken);
        }

        private async Task<StatusKunciRespons> UbahAsync(
            BidangDbContext db, Command command, string periode, string wilayah, CancellationToken ct)
        {
            db.ChangeTracker.Clear();
            await using var transaksi = await db.Database.BeginTransactionAsync(ct);
            var lembar = await db.CariAsync(periode, wilayah, ct);
            if (lembar is null)
            {
                lembar = new LembarData { Periode = periode, Wilayah = wilayah, DiubahOleh = user.Name, DiubahPadaUtc = time.GetUtcNow().UtcDateTime };
                db.Lembar.Add(lembar);
            }
            if (lembar.Terkunci != command.Terkunci)
            {
                var sekarang = time.GetUtcNow().UtcDateTime;
                lembar.Terkunci = command.Terkunci;
                db.RiwayatKunci.Add(new RiwayatKunci { Lembar = lembar, Terkunci = command.Terkunci, Oleh = user.Name, PadaUtc = sekarang });
                db.AddIntegrationEvent(services.Events(command.Modul).KunciBerubah() with
                {
                    Modul = command.Modul,
                    Periode = periode,
                    Wilayah = wilayah,
                    Terkunci = command.Terkunci,
                    Oleh = user.Name,
                    Waktu = LembarKonteks.Utc(sekarang),
                });
                await db.SaveChangesAsync(ct);
            }
            await transaksi.CommitAsync(ct);
            var riwayat = await db.RiwayatKunci.AsNoTracking().Where(r => r.LembarId == lembar.Id).OrderBy(r => r.Id).ToListAsync(ct);
            return new StatusKunciRespons(
                periode, wilayah,
                lembar.Terkunci ? LembarKonteks.StatusTerkunci : LembarKonteks.StatusTerbuka,
                lembar.Revisi,
                riwayat.Select(r => new RiwayatKunciRespons(r.Terkunci, r.Oleh, LembarKonteks.Utc(r.PadaUtc))).ToList());
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul)
    {
        group.MapPost("/data/{periode}/kunci", (
                string periode, [FromQuery] string? wilayah, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Command(modul.Nama, periode, wilayah, Terkunci: true), cancellationToken))
            .RequireAuthorization(KebijakanAkses.Admin)
            .WithName($"{modul.Nama}.KunciLembar")
            .WithSummary("Kunci lembar data satu periode (Admin)");
        group.MapPost("/data/{periode}/buka-kunci", (
                string periode, [FromQuery] string? wilayah, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Command(modul.Nama, periode, wilayah, Terkunci: false), cancellationToken))
            .RequireAuthorization(KebijakanAkses.Admin)
            .WithName($"{modul.Nama}.BukaKunciLembar")
            .WithSummary("Buka kunci lembar data satu periode (Admin)");
    }
}
