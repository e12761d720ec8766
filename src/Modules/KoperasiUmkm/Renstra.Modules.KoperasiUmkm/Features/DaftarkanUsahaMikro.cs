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

/// <summary><c>POST /api/usaha-mikro</c>: adds a usaha mikro, and queues the derivation of the register variables.</summary>
public static class DaftarkanUsahaMikro
{
    public sealed record Command(IsianUsahaMikro Isian) : ICommand<UsahaMikroTampilan>;

    public sealed class Handler(KoperasiUmkmDbContext db, HierarkiWilayah wilayah, ICurrentUser user, TimeProvider time, LayananRegister layanan)
        : ICommandHandler<Command, UsahaMikroTampilan>
    {
        public async ValueTask<UsahaMikroTampilan> Handle(Command command, CancellationToken cancellationToken)
        {
            var sekarang = time.GetUtcNow().UtcDateTime;
            var galat = PencatatUsahaMikro.Periksa(command.Isian, wilayah, DateOnly.FromDateTime(sekarang));
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Usaha mikro tidak disimpan; perbaiki isian yang disebut.");
            var nomor = command.Isian.NomorInduk!.Trim();
            var pesanGanda = $"Usaha mikro dengan nomor induk {TeksPengguna.Kutip(nomor)} sudah terdaftar.";
            if (await db.UsahaMikro.AnyAsync(u => u.NomorInduk == nomor, cancellationToken)) throw new ConflictException(pesanGanda);
            var usaha = new UsahaMikro();
            PencatatUsahaMikro.Terapkan(db, usaha, command.Isian, "Didaftarkan", user.Name, sekarang);
            await SimpanRegister.SimpanLaluAntrekanAsync(db, layanan.Antrian, NamaRegister.UsahaMikro, pesanGanda, cancellationToken);
            return UsahaMikroTampilan.Dari(usaha, wilayah);
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPost("", async (IsianUsahaMikro isian, ISender sender, CancellationToken ct) =>
            {
                var u = await sender.Send(new Command(isian), ct);
                return TypedResults.Created($"/api/usaha-mikro/{u.Id}", u);
            })
            .RequireAuthorization(KebijakanAkses.PengisiData(KoperasiUmkmModule.Modul.Nama))
            .WithSummary("Mendaftarkan usaha mikro baru (tanpa NIK)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
