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

/// <summary>
/// <c>PUT /api/koperasi/{id}</c>: edits a koperasi — including deactivating it (status <c>TidakAktif</c> or
/// <c>Dibubarkan</c> with the date it took effect). A new version and history entry; nothing when nothing changed.
/// </summary>
public static class UbahKoperasi
{
    public sealed record Command(long Id, IsianKoperasi Isian) : ICommand<KoperasiTampilan>;

    public sealed class Handler(KoperasiUmkmDbContext db, HierarkiWilayah wilayah, ICurrentUser user, TimeProvider time, LayananRegister layanan)
        : ICommandHandler<Command, KoperasiTampilan>
    {
        public async ValueTask<KoperasiTampilan> Handle(Command command, CancellationToken cancellationToken)
        {
            var sekarang = time.GetUtcNow().UtcDateTime;
            var koperasi = await db.Koperasi.SingleOrDefaultAsync(k => k.Id == command.Id, cancellationToken)
                ?? throw new NotFoundException($"Koperasi dengan id {command.Id} tidak ditemukan.");
            var galat = PencatatKoperasi.Periksa(command.Isian, wilayah, DateOnly.FromDateTime(sekarang));
            if (command.Isian.NomorBadanHukum is { } n && n.Trim() != koperasi.NomorBadanHukum)
                galat["nomorBadanHukum"] = ["Nomor badan hukum adalah kunci register dan tidak dapat diubah; daftarkan koperasi baru bila nomornya lain."];
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Koperasi tidak disimpan; perbaiki isian yang disebut.");
            if (!PencatatKoperasi.Terapkan(db, koperasi, command.Isian, "Diubah", user.Name, sekarang)) return KoperasiTampilan.Dari(koperasi, wilayah);
            await SimpanRegister.SimpanLaluAntrekanAsync(db, layanan.Antrian, NamaRegister.Koperasi, "Koperasi ini baru saja diubah pengguna lain; muat ulang lalu coba lagi.", cancellationToken);
            return KoperasiTampilan.Dari(koperasi, wilayah);
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{idRekaman:long}", async (long idRekaman, IsianKoperasi isian, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new Command(idRekaman, isian), ct)))
            .RequireAuthorization(KebijakanAkses.PengisiData(KoperasiUmkmModule.Modul.Nama))
            .WithSummary("Mengubah koperasi (termasuk menonaktifkan/membubarkan dengan tanggalnya)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
