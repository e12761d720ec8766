using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>
/// PUT /api/aturan-validasi/{modul}/{nama}: creates or edits a consistency rule of a bidang module.
/// The expression passes the same allow-list as indicator formulas, reading only the module's own
/// declared variables through <c>data.</c>; every edit is a new version with a history snapshot and an
/// audit entry, and judges the next submission (the facade checks the stored version stamp on every call).
/// <c>aktif: false</c> disables a rule without losing it.
/// </summary>
public static partial class SimpanAturanValidasi
{
    public sealed record Body(string? Ekspresi, string? Pesan, int? Urutan = null, bool? Aktif = null);

    public sealed record Command(string Modul, string Nama, Body Body) : ICommand<Hasil>;

    public sealed record Hasil(bool Baru, AturanValidasiTampilan Aturan);

    public sealed class Handler(KinerjaDbContext db, LayananKinerja layanan, ICurrentUser user, TimeProvider time)
        : ICommandHandler<Command, Hasil>
    {
        public async ValueTask<Hasil> Handle(Command command, CancellationToken cancellationToken)
        {
            var modul = ModulAturan.Dari(command.Modul);
            if (!PolaNama().IsMatch(command.Nama))
                throw ValidationFailedException.For("nama", "Nama aturan harus huruf/angka tanpa spasi, diawali huruf (paling banyak 100 karakter), mis. KoperasiAktifMaksKoperasi.");
            var b = command.Body ?? throw ValidationFailedException.For("", "Isi permintaan (aturan) wajib diisi.");

            var galat = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(b.Pesan) || b.Pesan.Length > 1000)
                galat["pesan"] = ["Pesan untuk operator wajib diisi (paling banyak 1000 karakter)."];
            if (b.Urutan is < 1 or > 10000) galat["urutan"] = ["Urutan harus antara 1 dan 10000."];
            var variabel = await db.Variabel.AsNoTracking().Where(v => v.Modul == modul).Select(v => v.Kode).ToListAsync(cancellationToken);
            if (PeriksaEkspresi(b.Ekspresi, variabel, layanan.Mesin) is { } salah) galat["ekspresi"] = [salah];
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Aturan konsistensi tidak valid.");

            var aturan = await db.AturanValidasi.SingleOrDefaultAsync(a => a.Modul == modul && a.Nama == command.Nama, cancellationToken);
            var baru = aturan is null;
            if (aturan is null)
            {
                var urutan = await db.AturanValidasi.Where(a => a.Modul == modul).Select(a => (int?)a.Urutan).MaxAsync(cancellationToken) ?? 0;
                aturan = db.AturanValidasi.Add(new AturanValidasi { Modul = modul, Nama = command.Nama, Urutan = urutan + 1 }).Entity;
            }
            aturan.Ekspresi = b.Ekspresi!.Trim();
            aturan.Pesan = b.Pesan!.Trim();
            aturan.Urutan = b.Urutan ?? aturan.Urutan;
            aturan.Aktif = b.Aktif ?? aturan.Aktif;
            aturan.Versi++;
            aturan.DiubahOleh = user.Name;
            aturan.DiubahPadaUtc = time.GetUtcNow().UtcDateTime;
            db.AturanRiwayat.Add(AturanRiwayat.Dari(aturan));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException($"Aturan '{command.Nama}' baru saja diubah pengguna lain; muat ulang lalu coba lagi.");
            }
            return new Hasil(baru, AturanValidasiTampilan.Dari(aturan));
        }
    }

    /// <summary>The allow-list check of a consistency rule; null when it passes, else the Indonesian reason.</summary>
    internal static string? PeriksaEkspresi(string? ekspresi, IEnumerable<string> variabelModul, IMesinRumus mesin)
    {
        try
        {
            var acuan = mesin.Periksa(ekspresi ?? "", SkemaRumus.Syarat(variabelModul));
            if (acuan.FirstOrDefault(a => a.Sumber == SumberNilai.Sebelumnya) is { } s)
                return $"'{s.Label}' tidak tersedia pada aturan konsistensi: aturan hanya memeriksa lembar data itu sendiri lewat data.<Variabel>.";
            if (acuan.Count == 0)
                return "Aturan konsistensi harus menyebut paling sedikit satu variabel modul ini lewat data.<Variabel>.";
            return null;
        }
        catch (RumusDitolakException e)
        {
            return e.Message;
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,99}$")]
    private static partial Regex PolaNama();

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/aturan-validasi/{modul}/{nama}", async (string modul, string nama, Body body, ISender sender, CancellationToken ct) =>
            {
                var hasil = await sender.Send(new Command(modul, nama, body), ct);
                return hasil.Baru
                    ? Results.Created($"/api/aturan-validasi?modul={Uri.EscapeDataString(hasil.Aturan.Modul)}", hasil.Aturan)
                    : Results.Ok(hasil.Aturan);
            })
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Aturan")
            .WithSummary("Membuat atau mengubah aturan konsistensi data (versi baru); ekspresi diperiksa terhadap allow-list.");
}
