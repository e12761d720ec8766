using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Data.Register;
using Renstra.Modules.KoperasiUmkm.Register;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Identity;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.KoperasiUmkm.Features;

/// <summary><c>POST /api/usaha-mikro/impor?mode=semua|valid</c>: the usaha mikro register from CSV/XLSX, matched on nomor induk.</summary>
public static class ImporUsahaMikro
{
    public static readonly string[] Kolom = ["NomorInduk", "NamaUsaha", "Kecamatan", "Sektor", "TanggalIzin", "TanggalKemitraan", "TanggalWirausahaBaru", "Status", "StatusSejak"];

    public sealed record Command(byte[] Isi, string? Mode) : ICommand<LaporanImpor>;

    public sealed class Handler(
        KoperasiUmkmDbContext db, LayananRegister layanan, HierarkiWilayah wilayah, ICurrentUser user, TimeProvider time)
        : ICommandHandler<Command, LaporanImpor>
    {
        public async ValueTask<LaporanImpor> Handle(Command command, CancellationToken cancellationToken)
        {
            var mode = ImporRegister.PeriksaMode(command.Mode);
            var baris = layanan.Pembaca.Baca(command.Isi, Kolom, ["NomorInduk", "NamaUsaha", "Kecamatan", "Sektor"], ImporRegister.BarisMaksimum, cancellationToken);
            var sekarang = time.GetUtcNow().UtcDateTime;
            var hariIni = DateOnly.FromDateTime(sekarang);
            var ada = await db.UsahaMikro.ToDictionaryAsync(u => u.NomorInduk, StringComparer.Ordinal, cancellationToken);
            var sumber = $"Diimpor ({layanan.Pembaca.Format(command.Isi)})";

            var laporan = await ImporRegister.JalankanAsync(db, layanan.Antrian, NamaRegister.UsahaMikro, baris, mode, "Nomor induk", b =>
            {
                var pesan = new List<string>();
                var isian = new IsianUsahaMikro(
                    ImporRegister.Sel(b, "NomorInduk"), ImporRegister.Sel(b, "NamaUsaha"),
                    ImporRegister.Kecamatan(ImporRegister.Sel(b, "Kecamatan"), wilayah), ImporRegister.Sel(b, "Sektor"),
                    ImporRegister.Tanggal(b, "TanggalIzin", pesan), ImporRegister.Tanggal(b, "TanggalKemitraan", pesan),
                    ImporRegister.Tanggal(b, "TanggalWirausahaBaru", pesan),
                    ImporRegister.Pilihan(ImporRegister.Sel(b, "Status"), StatusUsahaMikro.Semua), ImporRegister.Tanggal(b, "StatusSejak", pesan));
                pesan.AddRange(PencatatUsahaMikro.Periksa(isian, wilayah, hariIni).SelectMany(g => g.Value.Select(p => $"{g.Key}: {p}")));
                return (PencatatUsahaMikro.KunciAman(isian.NomorInduk), pesan.Count == 0 ? isian : null, pesan);
            }, (isian, _) =>
            {
                var baru = !ada.TryGetValue(isian.NomorInduk!.Trim(), out var usaha);
                usaha ??= new UsahaMikro();
                var berubah = PencatatUsahaMikro.Terapkan(db, usaha, isian, sumber, user.Name, sekarang);
                if (baru) ada[usaha.NomorInduk] = usaha;
                return Task.FromResult(baru ? HasilBaris.Baru : berubah ? HasilBaris.Diubah : HasilBaris.TidakBerubah);
            }, cancellationToken);
            return laporan;
        }
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPost("/impor", async (string? mode, HttpRequest request, LayananRegister layanan, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new Command(await layanan.Pembaca.BacaUnggahanAsync(request, ct), mode), ct)))
            .RequireAuthorization(KebijakanAkses.PengisiData(KoperasiUmkmModule.Modul.Nama))
            .WithSummary("Impor register usaha mikro dari CSV/XLSX (mode=semua atau mode=valid)")
            .ProducesValidationProblem();
}
