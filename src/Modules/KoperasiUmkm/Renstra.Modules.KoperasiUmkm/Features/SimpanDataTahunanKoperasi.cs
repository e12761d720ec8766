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

/// <summary><c>PUT /api/koperasi/{id}/tahunan/{tahun}</c>: a koperasi's figures of one book year (RAT, members, capital, volume, assets, SHU).</summary>
public static class SimpanDataTahunanKoperasi
{
    public sealed record Body(bool? Rat, DateOnly? TanggalRat, int? JumlahAnggota, decimal? ModalSendiri, decimal? VolumeUsaha, decimal? Aset, decimal? Shu);

    public sealed record Command(long Id, int Tahun, Body Body) : ICommand<DataTahunanTampilan>;

    /// <summary>A koperasi's money figures stay far below this (Rp 10 trillion).</summary>
    private const decimal BatasRupiah = 10_000_000_000_000m;

    public sealed class Handler(KoperasiUmkmDbContext db, ICurrentUser user, TimeProvider time, LayananRegister layanan)
        : ICommandHandler<Command, DataTahunanTampilan>
    {
        public async ValueTask<DataTahunanTampilan> Handle(Command command, CancellationToken cancellationToken)
        {
            var sekarang = time.GetUtcNow().UtcDateTime;
            var b = command.Body;
            var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (command.Tahun < Periode.TahunMinimum || command.Tahun > sekarang.Year)
                galat["tahun"] = [$"Tahun buku harus antara {Periode.TahunMinimum} dan {sekarang.Year}."];
            if (b.Rat is null) galat["rat"] = ["Wajib diisi: true bila RAT tahun buku ini sudah diadakan, false bila belum."];
            if (b.TanggalRat is { } t && (b.Rat != true || t.Year < command.Tahun || t > DateOnly.FromDateTime(sekarang)))
                galat["tanggalRat"] = ["Tanggal RAT hanya diisi bila RAT sudah diadakan, tidak sebelum tahun bukunya dan tidak di masa depan."];
            if (b.JumlahAnggota is < 0 or > 10_000_000) galat["jumlahAnggota"] = ["Jumlah anggota harus 0 sampai 10.000.000."];
            foreach (var (nama, nilai, bolehNegatif) in new[] { ("modalSendiri", b.ModalSendiri, false), ("volumeUsaha", b.VolumeUsaha, false), ("aset", b.Aset, false), ("shu", b.Shu, true) })
            {
                if (nilai is not { } n) continue;
                if ((!bolehNegatif && n < 0) || Math.Abs(n) > BatasRupiah || decimal.Round(n, 2) != n)
                    galat[nama] = [$"Nilai rupiah {(bolehNegatif ? "" : "tidak negatif, ")}paling banyak 2 desimal dan di bawah Rp 10 triliun."];
            }
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Data tahunan tidak disimpan; perbaiki isian yang disebut.");
            if (!await db.Koperasi.AnyAsync(k => k.Id == command.Id, cancellationToken))
                throw new NotFoundException($"Koperasi dengan id {command.Id} tidak ditemukan.");

            var data = await db.DataTahunanKoperasi.SingleOrDefaultAsync(d => d.KoperasiId == command.Id && d.Tahun == command.Tahun, cancellationToken);
            data ??= db.DataTahunanKoperasi.Add(new DataTahunanKoperasi { KoperasiId = command.Id, Tahun = command.Tahun }).Entity;
            data.Rat = b.Rat!.Value;
            data.TanggalRat = b.TanggalRat;
            data.JumlahAnggota = b.JumlahAnggota;
            data.ModalSendiri = b.ModalSendiri;
            data.VolumeUsaha = b.VolumeUsaha;
            data.Aset = b.Aset;
            data.Shu = b.Shu;
            data.DiubahOleh = user.Name;
            data.DiubahPadaUtc = sekarang;
            await SimpanRegister.SimpanLaluAntrekanAsync(db, layanan.Antrian, NamaRegister.Koperasi, $"Data tahunan {command.Tahun} baru saja disimpan pengguna lain; muat ulang lalu coba lagi.", cancellationToken);
            return new DataTahunanTampilan(data.Tahun, data.Rat, data.TanggalRat, data.JumlahAnggota, data.ModalSendiri, data.VolumeUsaha, data.Aset, data.Shu);
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{idRekaman:long}/tahunan/{tahun:int}", async (long idRekaman, int tahun, Body body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new Command(idRekaman, tahun, body), ct)))
            .RequireAuthorization(KebijakanAkses.PengisiData(KoperasiUmkmModule.Modul.Nama))
            .WithSummary("Data tahunan koperasi: RAT, anggota, modal sendiri, volume usaha, aset, SHU")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
