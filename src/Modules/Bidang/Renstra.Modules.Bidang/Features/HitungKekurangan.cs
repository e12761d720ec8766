using Hangfire;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Bidang.Data;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Hosting;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// The missing-data reminder as a stored snapshot: for every period of the Renstra that has ended, the
/// module's declared variables that still have no value for the default region (<see cref="KelengkapanLembar"/>),
/// stored in place of the previous snapshot. Runs as a recurring Hangfire job (daily by default,
/// <c>Renstra:Pengingat:Cron</c>) and on an Admin's <c>POST /api/{modul}/kekurangan/hitung</c>. The list people
/// read (<see cref="LihatKekurangan"/>, <see cref="LihatKelengkapan"/>) no longer waits for it: it is read from
/// the stored sheets on every request.
/// </summary>
public static class HitungKekurangan
{
    public sealed record Command(string Modul) : ICommand<KekuranganRespons>;

    public sealed class Handler(IServiceProvider services, IAturanDataBidang aturan, TimeProvider time)
        : ICommandHandler<Command, KekuranganRespons>
    {
        public async ValueTask<KekuranganRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            var sekarang = time.GetUtcNow().UtcDateTime;
            var (wilayah, _, periode) = await KelengkapanLembar.HitungAsync(services, aturan, command.Modul, sekarang, cancellationToken);
            // Complete periods are stored too (empty list): the run's time stays known.
            var kekurangan = periode.Where(p => p.Berakhir)
                .Select(p => new KekuranganData { Periode = p.Periode.ToString(), Wilayah = wilayah, Variabel = p.Kurang.Select(v => v.Kode).ToList(), DihitungPadaUtc = sekarang })
                .ToList();

            var db = services.Database(command.Modul);
            db.Kekurangan.RemoveRange(await db.Kekurangan.ToListAsync(cancellationToken));
            db.Kekurangan.AddRange(kekurangan);
            await db.SaveChangesAsync(cancellationToken);
            return kekurangan.KeRespons(command.Modul, sekarang);
        }
    }

    /// <summary>The Hangfire job: one run per module.</summary>
    internal sealed class Job(ISender sender)
    {
        [AutomaticRetry(Attempts = 3)]
        [DisableConcurrentExecution(timeoutInSeconds: 300)]
        public async Task JalankanAsync(string modul, CancellationToken cancellationToken) =>
            await sender.Send(new Command(modul), cancellationToken);
    }

    /// <summary>Registers the recurring reminder of every bidang module at start (idempotent).</summary>
    internal sealed class Jadwal(IEnumerable<BidangModul> modul, IRecurringJobManager recurring, IConfiguration configuration) : IStartupTask
    {
        public const string CronDefault = "0 1 * * *";

        public Task RunAsync(CancellationToken cancellationToken)
        {
            var cron = configuration["Renstra:Pengingat:Cron"] is { Length: > 0 } c ? c : CronDefault;
            foreach (var m in modul)
                recurring.AddOrUpdate<Job>($"kekurangan-{m.Slug}", j => j.JalankanAsync(m.Nama, CancellationToken.None), cron);
            return Task.CompletedTask;
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapPost("/kekurangan/hitung", (ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Command(modul.Nama), cancellationToken))
            .RequireAuthorization(KebijakanAkses.Admin)
            .WithName($"{modul.Nama}.HitungKekurangan")
            .WithSummary("Hitung sekarang daftar data yang belum diisi (Admin)");
}
