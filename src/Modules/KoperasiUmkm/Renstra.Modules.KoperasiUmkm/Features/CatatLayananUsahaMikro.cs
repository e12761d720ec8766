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

namespace Renstra.Modules.KoperasiUmkm.Features;

/// <summary><c>POST /api/usaha-mikro/{id}/layanan</c>: a dated service (fasilitasi pemasaran, pelatihan, fasilitasi perizinan).</summary>
public static class CatatLayananUsahaMikro
{
    public sealed record Body(string? Jenis, DateOnly? Tanggal);

    public sealed record Command(long Id, Body Body) : ICommand<LayananTampilan>;

    public sealed class Handler(KoperasiUmkmDbContext db, ICurrentUser user, TimeProvider time, LayananRegister layanan)
        : ICommandHandler<Command, LayananTampilan>
    {
        public async ValueTask<LayananTampilan> Handle(Command command, CancellationToken cancellationToken)
        {
            var sekarang = time.GetUtcNow().UtcDateTime;
            var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
            PeriksaTeks.Pilihan(galat, "jenis", command.Body.Jenis, JenisLayananUsahaMikro.Semua, wajib: true);
            if (command.Body.Tanggal is null) galat["tanggal"] = ["Wajib diisi (tanggal layanan, mis. 2025-03-14)."];
            PeriksaTeks.Tanggal(galat, "tanggal", command.Body.Tanggal, DateOnly.FromDateTime(sekarang));
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Layanan tidak dicatat; perbaiki isian yang disebut.");
            if (!await db.UsahaMikro.AnyAsync(u => u.Id == command.Id, cancellationToken))
                throw new NotFoundException($"Usaha mikro dengan id {command.Id} tidak ditemukan.");
            var baru = db.LayananUsahaMikro.Add(new LayananUsahaMikro
            {
                UsahaMikroId = command.Id, Jenis = command.Body.Jenis!, Tanggal = command.Body.Tanggal!.Value, Oleh = user.Name, PadaUtc = sekarang,
            }).Entity;
            await SimpanRegister.SimpanLaluAntrekanAsync(db, layanan.Antrian, NamaRegister.UsahaMikro,
                "Layanan tidak tercatat: usaha mikro ini baru saja diubah pengguna lain; muat ulang lalu coba lagi.", cancellationToken);
            return new LayananTampilan(baru.Id, baru.Jenis, baru.Tanggal, null, baru.Oleh);
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{idRekaman:long}/layanan", async (long idRekaman, Body body, ISender sender, CancellationToken ct) =>
            {
                var l = await sender.Send(new Command(idRekaman, body), ct);
                return TypedResults.Created($"/api/usaha-mikro/{idRekaman}", l);
            })
            .RequireAuthorization(KebijakanAkses.PengisiData(KoperasiUmkmModule.Modul.Nama))
            .WithSummary("Mencatat layanan bertanggal untuk usaha mikro")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
