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

/// <summary>The body of PUT /api/indikator/{kode} (API.md <c>IndikatorDefinisi</c>).</summary>
public sealed record IndikatorDefinisi(
    string? Kode, string? Nama, string? Satuan, string? Polaritas, string? Modul, string? Rumus, string? Syarat = null,
    string? DefinisiOperasional = null, string? BerlakuMulai = null, string? AturanCapaian = null, string? Tingkat = null);

/// <summary>
/// PUT /api/indikator/{kode}: stores a new version of an indicator (or a new indicator), after the
/// formula passed the allow-list. Never updates a stored version. Results recompute at once for every
/// period the version applies to, except locked periods, which stay frozen.
/// </summary>
public static partial class SimpanIndikator
{
    /// <param name="HitungUlang">False when the caller recomputes once for many indicators (the import).</param>
    public sealed record Command(string Kode, IndikatorDefinisi Definisi, bool HitungUlang = true) : ICommand<Hasil>;

    public sealed record Hasil(bool Baru, IndikatorTampilan Indikator);

    public sealed class Handler(KinerjaDbContext db, LayananKinerja layanan, ICurrentUser user, TimeProvider time, ISender sender)
        : ICommandHandler<Command, Hasil>
    {
        public async ValueTask<Hasil> Handle(Command command, CancellationToken cancellationToken)
        {
            var skema = await layanan.Katalog.SkemaIndikatorAsync(cancellationToken);
            var aturanCapaian = await db.AturanCapaian.Where(a => a.Jenis == "Capaian" && a.Aktif).Select(a => a.Nama).ToListAsync(cancellationToken);
            var (d, variabel) = Periksa(command.Kode, command.Definisi, skema, aturanCapaian, layanan.Mesin);

            var kepala = await db.Indikator.SingleOrDefaultAsync(i => i.Kode == command.Kode, cancellationToken);
            var baru = kepala is null;
            if (kepala is null)
            {
                var urutan = await db.Indikator.Select(i => (int?)i.Urutan).MaxAsync(cancellationToken) ?? 0;
                kepala = new Indikator { Kode = command.Kode, Urutan = urutan + 1 };
                db.Indikator.Add(kepala);
            }
            kepala.VersiTerakhir++;
            var versi = new IndikatorVersi
            {
                Kode = command.Kode, Versi = kepala.VersiTerakhir, Nama = d.Nama!.Trim(), Satuan = d.Satuan!.Trim(), Polaritas = d.Polaritas!,
                Modul = d.Modul!, Tingkat = d.Tingkat, AturanCapaian = d.AturanCapaian ?? d.Polaritas!, Rumus = d.Rumus!.Trim(),
                Syarat = string.IsNullOrWhiteSpace(d.Syarat) || d.Syarat.Trim() == "true" ? null : d.Syarat.Trim(),
                DefinisiOperasional = d.DefinisiOperasional, BerlakuMulai = d.BerlakuMulai is null ? null : Periode.Parse(d.BerlakuMulai).ToString(),
                Variabel = string.Join(',', variabel), DiubahOleh = user.Name, DiubahPadaUtc = time.GetUtcNow().UtcDateTime,
            };
            db.IndikatorVersi.Add(versi);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException($"Indikator '{command.Kode}' baru saja diubah pengguna lain; muat ulang lalu coba lagi.");
            }
            if (command.HitungUlang) await HitungUlangCapaian.SemuaWilayahAsync(db, sender, [command.Kode], cancellationToken);
            return new Hasil(baru, IndikatorTampilan.Dari(versi));
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]{0,19}(-[A-Z0-9]{1,20}){0,3}$")]
    internal static partial Regex PolaKode();

    /// <summary>Checks a definition (shared by PUT, uji and impor); throws 400 with field errors. Returns the variables read.</summary>
    internal static (IndikatorDefinisi Definisi, IReadOnlyList<string> Variabel) Periksa(
        string kode, IndikatorDefinisi? d, SkemaRumus skema, IReadOnlyCollection<string> aturanCapaian, IMesinRumus mesin)
    {
        var galat = new Dictionary<string, string[]>();
        void Tambah(string field, string pesan) => galat[field] = [pesan];
        if (d is null) throw ValidationFailedException.For("", "Isi permintaan (definisi indikator) wajib diisi.");
        if (!PolaKode().IsMatch(kode)) Tambah("kode", "Kode indikator harus huruf besar/angka dengan tanda hubung, mis. IKU-05 (paling banyak 4 bagian).");
        if (d.Kode is not null && d.Kode != kode) Tambah("kode", $"Kode di isi permintaan ('{DaftarIndikator.Potong(d.Kode)}') tidak sama dengan kode di alamat.");
        if (string.IsNullOrWhiteSpace(d.Nama) || d.Nama.Length > 500) Tambah("nama", "Nama indikator wajib diisi (paling banyak 500 karakter).");
        if (string.IsNullOrWhiteSpace(d.Satuan) || d.Satuan.Length > 50) Tambah("satuan", "Satuan wajib diisi (paling banyak 50 karakter).");
        if (d.Polaritas is not ("Positif" or "Negatif")) Tambah("polaritas", "Polaritas harus 'Positif' atau 'Negatif'.");
        if (d.Modul is null || !NamaModul.SemuaBidang.Contains(d.Modul)) Tambah("modul", "Modul harus Ketenagakerjaan, KoperasiUmkm atau Sekretariat.");
        if (d.AturanCapaian is not null && !aturanCapaian.Contains(d.AturanCapaian))
            Tambah("aturanCapaian", $"Aturan capaian harus salah satu dari: {string.Join(", ", aturanCapaian)}.");
        if (d.BerlakuMulai is not null && !Periode.TryParse(d.BerlakuMulai, out _)) Tambah("berlakuMulai", Periode.PesanFormatSalah(d.BerlakuMulai));
        if (d.DefinisiOperasional is { Length: > 4000 }) Tambah("definisiOperasional", "Definisi operasional paling banyak 4000 karakter.");
        if (d.Tingkat is { Length: > 50 }) Tambah("tingkat", "Tingkat paling banyak 50 karakter.");
        IReadOnlyList<string> variabel = [];
        try
        {
            var acuan = mesin.Periksa(d.Rumus ?? "", skema);
            variabel = acuan.Where(a => a.Sumber != SumberNilai.Skalar).Select(a => a.Nama).Distinct().ToList();
        }
        catch (RumusDitolakException e)
        {
            Tambah("rumus", e.Message);
        }
        if (!string.IsNullOrWhiteSpace(d.Syarat))
        {
            try
            {
                mesin.Periksa(d.Syarat, SkemaRumus.Syarat(skema.Variabel));
            }
            catch (RumusDitolakException e)
            {
                Tambah("syarat", e.Message);
            }
        }
        if (galat.Count > 0) throw new ValidationFailedException(galat, "Definisi indikator tidak valid.");
        return (d, variabel);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/indikator/{kode}", async (string kode, IndikatorDefinisi definisi, ISender sender, CancellationToken ct) =>
            {
                var hasil = await sender.Send(new Command(kode, definisi), ct);
                return hasil.Baru
                    ? Results.Created($"/api/indikator/{Uri.EscapeDataString(kode)}", hasil.Indikator)
                    : Results.Ok(hasil.Indikator);
            })
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Indikator")
            .WithSummary("Menyimpan versi baru aturan indikator (atau indikator baru); rumus diperiksa terhadap allow-list.");
}
