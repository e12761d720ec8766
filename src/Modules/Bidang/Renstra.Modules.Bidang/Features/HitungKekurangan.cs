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
/// The missing-data reminder: for every quarter that has ended (this year and last year) and for last
/// year as a whole, lists the module's declared variables that still have no value for the default
/// region, and stores the list (replacing the previous one). A year counts a variable as present when
/// its own sheet has it or all four of its quarters have it. Runs as a recurring Hangfire job (daily by
/// default, <c>Renstra:Pengingat:Cron</c>), so the list appears the night after a quarter ends and
/// shrinks as data arrive; an Admin can also run it now (<c>POST /api/{modul}/kekurangan/hitung</c>).
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
            var wilayah = services.GetRequiredService<DaftarWilayah>().Default;
            var variabel = (await aturan.DaftarVariabelAsync(command.Modul, cancellationToken)).Select(v => v.Kode).ToList();
            var db = services.Database(command.Modul);
            var lembar = (await db.Lembar.AsNoTracking().Where(l => l.Wilayah == wilayah).ToListAsync(cancellationToken))
                .ToDictionary(l => l.Periode, l => l.Nilai, StringComparer.Ordinal);

            var kekurangan = new List<KekuranganData>();
            foreach (var periode in PeriodeBerakhir(sekarang))
            {
                // Complete periods are stored too (empty list): the run's time stays known.
                var kurang = variabel.Where(v => !Ada(periode, v)).ToList();
                kekurangan.Add(new KekuranganData { Periode = periode.ToString(), Wilayah = wilayah, Variabel = kurang, DihitungPadaUtc = sekarang });
            }

            db.Kekurangan.RemoveRange(await db.Kekurangan.ToListAsync(cancellationToken));
            db.Kekurangan.AddRange(kekurangan);
            await db.SaveChangesAsync(cancellationToken);
            return kekurangan.KeRespons(command.Modul, sekarang);

            bool Ada(Periode periode, string kode) =>
                lembar.TryGetValue(periode.ToString(), out var nilai) && nilai.ContainsKey(kode)
                || periode.IsTahunan && periode.KuartalDalamTahun().All(k => lembar.TryGetValue(k.ToString(), out var n) && n.ContainsKey(kode));
        }

        /// <summary>Quarters of this and last year that have ended by <paramref name="sekarang"/>, and last year.</summary>
        internal static IEnumerable<Periode> PeriodeBerakhir(DateTime sekarang)
        {
            var tahunIni = sekarang.Year;
            if (tahunIni - 1 >= Periode.TahunMinimum)
            {
                foreach (var k in Periode.TahunPenuh(tahunIni - 1).KuartalDalamTahun()) yield return k;
                yield return Periode.TahunPenuh(tahunIni - 1);
            }
            for (var t = 1; t <= 4; t++)
            {
                var akhir = new DateTime(tahunIni, t * 3, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
                if (akhir <= sekarang) yield return Periode.Kuartal(tahunIni, t);
            }
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
