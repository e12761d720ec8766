using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Data.Register;
using Renstra.Modules.KoperasiUmkm.Domain;
using Renstra.Modules.KoperasiUmkm.Register;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;

namespace Renstra.Modules.KoperasiUmkm.Features;

/// <summary>
/// <c>PUT /api/aturan-register/{variabel}</c> (Admin): sets how a KoperasiUmkm variable is derived from a
/// register. The rule is checked against the allow-list before it is stored (a field or operator outside
/// it → 400, nothing stored), versioned and audited, together with a derivation request; the queued job then
/// derives the variable again for every period and kecamatan, which flows on to Kinerja's capaian like a typed sheet.
/// </summary>
public static class SimpanAturanRegister
{
    public sealed record Command(string Variabel, JsonElement Isi) : ICommand<AturanRegisterTampilan>;

    public sealed class Handler(
        KoperasiUmkmDbContext db, IAturanDataBidang katalog, ICurrentUser user, TimeProvider time, LayananRegister layanan)
        : ICommandHandler<Command, AturanRegisterTampilan>
    {
        public async ValueTask<AturanRegisterTampilan> Handle(Command command, CancellationToken cancellationToken)
        {
            var variabel = await katalog.DaftarVariabelAsync(KoperasiUmkmModule.Modul.Nama, cancellationToken);
            if (variabel.All(v => v.Kode != command.Variabel))
                throw new NotFoundException($"Variabel '{TeksPengguna.Kutip(command.Variabel)}' bukan variabel modul KoperasiUmkm; deklarasikan dahulu di katalog variabel.");
            var (aturan, galat) = PemeriksaAturanTurunan.Baca(command.Isi);
            if (aturan is null) throw new ValidationFailedException(galat, "Aturan register ditolak; tidak ada yang disimpan.");

            var sekarang = time.GetUtcNow().UtcDateTime;
            var isi = aturan.KeJson();
            var tersimpan = await db.AturanRegister.SingleOrDefaultAsync(a => a.Variabel == command.Variabel, cancellationToken);
            if (tersimpan?.Isi == isi) return Tampilan(tersimpan);
            tersimpan ??= db.AturanRegister.Add(new AturanRegister { Variabel = command.Variabel }).Entity;
            tersimpan.Isi = isi;
            tersimpan.Versi++;
            tersimpan.DiubahOleh = user.Name;
            tersimpan.DiubahPadaUtc = sekarang;
            db.AturanRegisterRiwayat.Add(new AturanRegisterRiwayat
            {
                Variabel = command.Variabel, Versi = tersimpan.Versi, Isi = isi, DiubahOleh = user.Name, DiubahPadaUtc = sekarang,
            });
            await SimpanRegister.SimpanLaluAntrekanAsync(db, layanan.Antrian, aturan.Register,
                $"Aturan register {command.Variabel} baru saja diubah pengguna lain; muat ulang lalu coba lagi.", cancellationToken);
            return Tampilan(tersimpan);
        }

        private static AturanRegisterTampilan Tampilan(AturanRegister a)
        {
            using var json = JsonDocument.Parse(a.Isi);
            return new AturanRegisterTampilan(a.Variabel, json.RootElement.Clone(), a.Versi, a.DiubahOleh, KoperasiTampilan.Utc(a.DiubahPadaUtc));
        }
    }

    internal static void Map(RouteGroupBuilder api) =>
        api.MapPut("/aturan-register/{variabel}", async (string variabel, JsonElement isi, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new Command(variabel, isi), ct)))
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Aturan register")
            .WithSummary("Mengubah aturan turunan satu variabel (versi baru; dihitung ulang untuk semua periode dan kecamatan)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
