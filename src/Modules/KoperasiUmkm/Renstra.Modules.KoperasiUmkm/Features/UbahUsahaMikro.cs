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
using Renstra.Shared.Identity;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.KoperasiUmkm.Features;

/// <summary><c>PUT /api/usaha-mikro/{id}</c>: edits a usaha mikro (including deactivating it); a new version and history entry.</summary>
public static class UbahUsahaMikro
{
    public sealed record Command(long Id, IsianUsahaMikro Isian) : ICommand<UsahaMikroTampilan>;

    public sealed class Handler(KoperasiUmkmDbContext db, HierarkiWilayah wilayah, ICurrentUser user, TimeProvider time, LayananRegister layanan)
        : ICommandHandler<Command, UsahaMikroTampilan>
    {
        public async ValueTask<UsahaMikroTampilan> Handle(Command command, CancellationToken cancellationToken)
        {
            var sekarang = time.GetUtcNow().UtcDateTime;
            var usaha = await db.UsahaMikro.Include(u => u.Skala).SingleOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
                ?? throw new NotFoundException($"Usaha mikro dengan id {command.Id} tidak ditemukan.");
            var galat = PencatatUsahaMikro.Periksa(command.Isian, wilayah, DateOnly.FromDateTime(sekarang));
            if (command.Isian.NomorInduk is { } n && n.Trim() != usaha.NomorInduk)
                galat["nomorInduk"] = ["Nomor induk adalah kunci register dan tidak dapat diubah."];
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Usaha mikro tidak disimpan; perbaiki isian yang disebut.");
            if (!PencatatUsahaMikro.Terapkan(db, usaha, command.Isian, "Diubah", user.Name, sekarang)) return UsahaMikroTampilan.Dari(usaha, wilayah);
            await SimpanRegister.SimpanLaluAntrekanAsync(db, layanan.Antrian, NamaRegister.UsahaMikro, "Usaha mikro ini baru saja diubah pengguna lain; muat ulang lalu coba lagi.", cancellationToken);
            return UsahaMikroTampilan.Dari(usaha, wilayah);
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{idRekaman:long}", async (long idRekaman, IsianUsahaMikro isian, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new Command(idRekaman, isian), ct)))
            .RequireAuthorization(KebijakanAkses.PengisiData(KoperasiUmkmModule.Modul.Nama))
            .WithSummary("Mengubah usaha mikro (termasuk menonaktifkan)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
