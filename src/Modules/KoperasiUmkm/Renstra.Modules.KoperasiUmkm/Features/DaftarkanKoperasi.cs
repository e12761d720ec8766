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

/// <summary><c>POST /api/koperasi</c>: adds a koperasi (its first history entry), and queues the derivation of the register variables.</summary>
public static class DaftarkanKoperasi
{
    public sealed record Command(IsianKoperasi Isian) : ICommand<KoperasiTampilan>;

    public sealed class Handler(KoperasiUmkmDbContext db, HierarkiWilayah wilayah, ICurrentUser user, TimeProvider time, LayananRegister layanan)
        : ICommandHandler<Command, KoperasiTampilan>
    {
        public async ValueTask<KoperasiTampilan> Handle(Command command, CancellationToken cancellationToken)
        {
            var sekarang = time.GetUtcNow().UtcDateTime;
            var galat = PencatatKoperasi.Periksa(command.Isian, wilayah, DateOnly.FromDateTime(sekarang));
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Koperasi tidak disimpan; perbaiki isian yang disebut.");
            var nomor = command.Isian.NomorBadanHukum!.Trim();
            if (await db.Koperasi.AnyAsync(k => k.NomorBadanHukum == nomor, cancellationToken))
                throw new ConflictException($"Koperasi dengan nomor badan hukum {TeksPengguna.Kutip(nomor)} sudah terdaftar.");
            var koperasi = new Koperasi();
            PencatatKoperasi.Terapkan(db, koperasi, command.Isian, "Didaftarkan", user.Name, sekarang);
            await SimpanRegister.SimpanLaluAntrekanAsync(db, layanan.Antrian, NamaRegister.Koperasi, $"Koperasi dengan nomor badan hukum {TeksPengguna.Kutip(nomor)} sudah terdaftar.", cancellationToken);
            return KoperasiTampilan.Dari(koperasi, wilayah);
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPost("", async (IsianKoperasi isian, ISender sender, CancellationToken ct) =>
            {
                var k = await sender.Send(new Command(isian), ct);
                return TypedResults.Created($"/api/koperasi/{k.Id}", k);
            })
            .RequireAuthorization(KebijakanAkses.PengisiData(KoperasiUmkmModule.Modul.Nama))
            .WithSummary("Mendaftarkan koperasi baru")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
