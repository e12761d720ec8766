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

/// <summary>
/// <c>POST /api/koperasi/{id}/layanan</c>: records a dated service (pemeriksaan, pendampingan, diklat,
/// fasilitasi kemitraan, penilaian kesehatan with its result), and queues the derivation of the counts that depend on it.
/// </summary>
public static class CatatLayananKoperasi
{
    public sealed record Body(string? Jenis, DateOnly? Tanggal, string? Hasil);

    public sealed record Command(long Id, Body Body) : ICommand<LayananTampilan>;

    public sealed class Handler(KoperasiUmkmDbContext db, ICurrentUser user, TimeProvider time, LayananRegister layanan)
        : ICommandHandler<Command, LayananTampilan>
    {
        public async ValueTask<LayananTampilan> Handle(Command command, CancellationToken cancellationToken)
        {
            var sekarang = time.GetUtcNow().UtcDateTime;
            var b = command.Body;
            var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
            PeriksaTeks.Pilihan(galat, "jenis", b.Jenis, JenisLayananKoperasi.Semua, wajib: true);
            if (b.Tanggal is null) galat["tanggal"] = ["Wajib diisi (tanggal layanan, mis. 2025-03-14)."];
            PeriksaTeks.Tanggal(galat, "tanggal", b.Tanggal, DateOnly.FromDateTime(sekarang));
            if (b.Jenis == JenisLayananKoperasi.PenilaianKesehatan) PeriksaTeks.Pilihan(galat, "hasil", b.Hasil, HasilPenilaianKesehatan.Semua, wajib: true);
            else if (b.Hasil is not null) galat["hasil"] = ["Hasil hanya diisi untuk penilaian kesehatan."];
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Layanan tidak dicatat; perbaiki isian yang disebut.");
            var koperasi = await db.Koperasi.AsNoTracking().SingleOrDefaultAsync(k => k.Id == command.Id, cancellationToken)
                ?? throw new NotFoundException($"Koperasi dengan id {command.Id} tidak ditemukan.");
            if (b.Jenis == JenisLayananKoperasi.PenilaianKesehatan && koperasi.Jenis != JenisKoperasi.KspUsp)
                throw ValidationFailedException.For("jenis", "Penilaian kesehatan hanya untuk koperasi berjenis KSP/USP.");

            var baru = db.LayananKoperasi.Add(new LayananKoperasi
            {
                KoperasiId = command.Id, Jenis = b.Jenis!, Tanggal = b.Tanggal!.Value, Hasil = b.Hasil, Oleh = user.Name, PadaUtc = sekarang,
            }).Entity;
            await SimpanRegister.SimpanLaluAntrekanAsync(db, layanan.Antrian, NamaRegister.Koperasi,
                "Layanan tidak tercatat: koperasi ini baru saja diubah pengguna lain; muat ulang lalu coba lagi.", cancellationToken);
            return new LayananTampilan(baru.Id, baru.Jenis, baru.Tanggal, baru.Hasil, baru.Oleh);
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{idRekaman:long}/layanan", async (long idRekaman, Body body, ISender sender, CancellationToken ct) =>
            {
                var l = await sender.Send(new Command(idRekaman, body), ct);
                return TypedResults.Created($"/api/koperasi/{idRekaman}", l);
            })
            .RequireAuthorization(KebijakanAkses.PengisiData(KoperasiUmkmModule.Modul.Nama))
            .WithSummary("Mencatat layanan bertanggal untuk koperasi (pemeriksaan, pendampingan, diklat, fasilitasi kemitraan, penilaian kesehatan)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
