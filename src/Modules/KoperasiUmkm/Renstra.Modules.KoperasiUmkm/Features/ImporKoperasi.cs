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
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.KoperasiUmkm.Features;

/// <summary>
/// <c>POST /api/koperasi/impor?mode=semua|valid</c>: the koperasi register from a CSV/XLSX file (columns
/// <see cref="Kolom"/>), matched on nomor badan hukum; a per-row report of every refused row.
/// </summary>
public static class ImporKoperasi
{
    public static readonly string[] Kolom = ["NomorBadanHukum", "Nama", "Jenis", "Alamat", "Kecamatan", "TanggalBerdiri", "Status", "StatusSejak"];

    public sealed record Command(byte[] Isi, string? Mode) : ICommand<LaporanImpor>;

    public sealed class Handler(
        KoperasiUmkmDbContext db, LayananRegister layanan, HierarkiWilayah wilayah, ICurrentUser user, TimeProvider time)
        : ICommandHandler<Command, LaporanImpor>
    {
        public async ValueTask<LaporanImpor> Handle(Command command, CancellationToken cancellationToken)
        {
            var mode = ImporRegister.PeriksaMode(command.Mode);
            var baris = layanan.Pembaca.Baca(command.Isi, Kolom, ["NomorBadanHukum", "Nama", "Jenis", "Kecamatan"], ImporRegister.BarisMaksimum, cancellationToken);
            var sekarang = time.GetUtcNow().UtcDateTime;
            var hariIni = DateOnly.FromDateTime(sekarang);
            var ada = await db.Koperasi.ToDictionaryAsync(k => k.NomorBadanHukum, StringComparer.Ordinal, cancellationToken);
            var sumber = $"Diimpor ({layanan.Pembaca.Format(command.Isi)})";

            var laporan = await ImporRegister.JalankanAsync(db, layanan.Antrian, NamaRegister.Koperasi, baris, mode, "Nomor badan hukum", b =>
            {
                var pesan = new List<string>();
                var isian = new IsianKoperasi(
                    ImporRegister.Sel(b, "NomorBadanHukum"), ImporRegister.Sel(b, "Nama"),
                    ImporRegister.Pilihan(ImporRegister.Sel(b, "Jenis"), JenisKoperasi.Semua), ImporRegister.Sel(b, "Alamat"),
                    ImporRegister.Kecamatan(ImporRegister.Sel(b, "Kecamatan"), wilayah), ImporRegister.Tanggal(b, "TanggalBerdiri", pesan),
                    ImporRegister.Pilihan(ImporRegister.Sel(b, "Status"), StatusKoperasi.Semua), ImporRegister.Tanggal(b, "StatusSejak", pesan));
                pesan.AddRange(PencatatKoperasi.Periksa(isian, wilayah, hariIni).SelectMany(g => g.Value.Select(p => $"{Judul(g.Key)}: {p}")));
                return (isian.NomorBadanHukum, pesan.Count == 0 ? isian : null, pesan);
            }, (isian, _) =>
            {
                var baru = !ada.TryGetValue(isian.NomorBadanHukum!.Trim(), out var koperasi);
                koperasi ??= new Koperasi();
                var berubah = PencatatKoperasi.Terapkan(db, koperasi, isian, sumber, user.Name, sekarang);
                if (baru) ada[koperasi.NomorBadanHukum] = koperasi;
                return Task.FromResult(baru ? HasilBaris.Baru : berubah ? HasilBaris.Diubah : HasilBaris.TidakBerubah);
            }, cancellationToken);
            return laporan;
        }

        private static string Judul(string field) => Kolom.FirstOrDefault(k => k.Equals(field, StringComparison.OrdinalIgnoreCase)) ?? field;
    }

    internal static void Map(RouteGroupBuilder group) =>
        group.MapPost("/impor", async (string? mode, HttpRequest request, LayananRegister layanan, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new Command(await layanan.Pembaca.BacaUnggahanAsync(request, ct), mode), ct)))
            .RequireAuthorization(KebijakanAkses.PengisiData(KoperasiUmkmModule.Modul.Nama))
            .WithSummary("Impor register koperasi dari CSV/XLSX (mode=semua: semua atau tidak sama sekali; mode=valid: hanya baris yang benar)")
            .ProducesValidationProblem();
}
