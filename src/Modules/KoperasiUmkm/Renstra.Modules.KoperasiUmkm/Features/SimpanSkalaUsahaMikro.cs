using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Data.Register;
using Renstra.Modules.KoperasiUmkm.Register;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.KoperasiUmkm.Features;

/// <summary><c>PUT /api/usaha-mikro/{id}/tahunan/{tahun}</c> <c>{ "skala": "Mikro"|"Kecil" }</c>: the scale in a year (naik kelas = Kecil).</summary>
public static class SimpanSkalaUsahaMikro
{
    public sealed record Body(string? Skala);

    public sealed record Command(long Id, int Tahun, Body Body) : ICommand<SkalaTampilan>;

    public sealed class Handler(KoperasiUmkmDbContext db, TimeProvider time, LayananRegister layanan) : ICommandHandler<Command, SkalaTampilan>
    {
        public async ValueTask<SkalaTampilan> Handle(Command command, CancellationToken cancellationToken)
        {
            var tahunIni = time.GetUtcNow().Year;
            var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (command.Tahun < Periode.TahunMinimum || command.Tahun > tahunIni) galat["tahun"] = [$"Tahun harus antara {Periode.TahunMinimum} dan {tahunIni}."];
            PeriksaTeks.Pilihan(galat, "skala", command.Body.Skala, SkalaUsaha.Semua, wajib: true);
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Skala usaha tidak disimpan.");
            if (!await db.UsahaMikro.AnyAsync(u => u.Id == command.Id, cancellationToken))
                throw new NotFoundException($"Usaha mikro dengan id {command.Id} tidak ditemukan.");
            var skala = await db.SkalaUsahaMikro.SingleOrDefaultAsync(s => s.UsahaMikroId == command.Id && s.Tahun == command.Tahun, cancellationToken)
                ?? db.SkalaUsahaMikro.Add(new SkalaUsahaMikro { UsahaMikroId = command.Id, Tahun = command.Tahun }).Entity;
            skala.Skala = command.Body.Skala!;
            await SimpanRegister.SimpanLaluAntrekanAsync(db, layanan.Antrian, NamaRegister.UsahaMikro, $"Skala tahun {command.Tahun} baru saja disimpan pengguna lain; muat ulang lalu coba lagi.", cancellationToken);
            return new SkalaTampilan(skala.Tahun, skala.Skala);
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{idRekaman:long}/tahunan/{tahun:int}", async (long idRekaman, int tahun, Body body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new Command(idRekaman, tahun, body), ct)))
            .RequireAuthorization(KebijakanAkses.PengisiData(KoperasiUmkmModule.Modul.Nama))
            .WithSummary("Skala usaha per tahun (Mikro/Kecil; naik kelas = Kecil)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
