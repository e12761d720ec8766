using System.Text.Json;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>A variable as the API shows it.</summary>
public sealed record VariabelTampilan(
    string Kode, string Nama, string Satuan, string Modul, bool BilanganBulat, decimal? Min, decimal? Max, string Agregasi,
    string? Keterangan, int Versi, string DiubahOleh, DateTimeOffset DiubahPada)
{
    internal static VariabelTampilan Dari(Variabel v) => new(
        v.Kode, v.Nama, v.Satuan, v.Modul, v.BilanganBulat, v.Min, v.Max, v.Agregasi, v.Keterangan, v.Versi, v.DiubahOleh,
        new DateTimeOffset(DateTime.SpecifyKind(v.DiubahPadaUtc, DateTimeKind.Utc)));
}

/// <summary>GET /api/variabel?modul=: the declared variables.</summary>
public static class DaftarVariabel
{
    public sealed record Query(string? Modul) : IQuery<IReadOnlyList<VariabelTampilan>>;

    public sealed class Handler(KinerjaDbContext db) : IQueryHandler<Query, IReadOnlyList<VariabelTampilan>>
    {
        public async ValueTask<IReadOnlyList<VariabelTampilan>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.Modul is not null && !NamaModul.SemuaBidang.Contains(query.Modul))
                throw ValidationFailedException.For("modul", "Modul harus Ketenagakerjaan, KoperasiUmkm atau Sekretariat.");
            var daftar = await db.Variabel.AsNoTracking().Where(v => query.Modul == null || v.Modul == query.Modul).ToListAsync(cancellationToken);
            return daftar.OrderBy(v => v.Id).Select(VariabelTampilan.Dari).ToList();
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/variabel", async (string? modul, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new Query(modul), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Variabel").WithSummary("Daftar variabel yang dideklarasikan (opsional per modul).");
}

/// <summary>PUT /api/variabel/{kode}: declares or edits a variable at run time (a new version each time).</summary>
public static partial class SimpanVariabel
{
    public sealed record Body(string? Nama, string? Satuan, string? Modul, bool? BilanganBulat, decimal? Min, decimal? Max, string? Agregasi, string? Keterangan);

    public sealed record Command(string Kode, Body Body) : ICommand<(bool Baru, VariabelTampilan Variabel)>;

    public sealed class Handler(KinerjaDbContext db, LayananKinerja layanan, ICurrentUser user, TimeProvider time)
        : ICommandHandler<Command, (bool Baru, VariabelTampilan Variabel)>
    {
        public async ValueTask<(bool Baru, VariabelTampilan Variabel)> Handle(Command command, CancellationToken cancellationToken)
        {
            var b = command.Body;
            var galat = new Dictionary<string, string[]>();
            if (!PolaKode().IsMatch(command.Kode)) galat["kode"] = ["Kode variabel harus PascalCase huruf/angka, mis. JumlahPelatihan (2–100 karakter)."];
            if (command.Kode is "data" or "sebelumnya" or "Math") galat["kode"] = ["Kode variabel ini dicadangkan."];
            if (string.IsNullOrWhiteSpace(b.Nama) || b.Nama.Length > 300) galat["nama"] = ["Nama wajib diisi (paling banyak 300 karakter)."];
            if (string.IsNullOrWhiteSpace(b.Satuan) || b.Satuan.Length > 50) galat["satuan"] = ["Satuan wajib diisi (paling banyak 50 karakter)."];
            if (b.Modul is null || !NamaModul.SemuaBidang.Contains(b.Modul)) galat["modul"] = ["Modul harus Ketenagakerjaan, KoperasiUmkm atau Sekretariat."];
            if (!Domain.Agregasi.Sah(b.Agregasi)) galat["agregasi"] = ["Agregasi harus 'Jumlah' (dijumlahkan per triwulan), 'Terakhir' (nilai triwulan terakhir) atau 'Kumulatif' (nilai triwulan = total sejak awal tahun, tidak boleh turun)."];
            if (b.Min is { } min && b.Max is { } max && min > max) galat["min"] = ["Min tidak boleh lebih besar dari max."];
            if (b.Min is { } bawah && !BatasNilai.Sah(bawah)) galat["min"] = [BatasNilai.Pesan("Min")];
            if (b.Max is { } atas && !BatasNilai.Sah(atas)) galat["max"] = [BatasNilai.Pesan("Max")];
            if (b.Keterangan is { Length: > 1000 }) galat["keterangan"] = ["Keterangan paling banyak 1000 karakter."];
            var variabel = await db.Variabel.SingleOrDefaultAsync(v => v.Kode == command.Kode, cancellationToken);
            if (variabel is null && !galat.ContainsKey("kode"))
            {
                // Codes are unique regardless of case: X beside x would read as one in a spreadsheet and a formula.
                var kembar = (await db.Variabel.AsNoTracking().Select(v => v.Kode).ToListAsync(cancellationToken))
                    .FirstOrDefault(k => string.Equals(k, command.Kode, StringComparison.OrdinalIgnoreCase));
                if (kembar is not null)
                    galat["kode"] = [$"Sudah ada variabel '{kembar}'; kode yang hanya berbeda huruf besar/kecil tidak diizinkan."];
            }
            if (variabel is not null && b.Modul is not null && variabel.Modul != b.Modul)
                galat["modul"] = [$"Variabel ini milik modul {variabel.Modul}; modul tidak dapat dipindah."];
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Deklarasi variabel tidak valid.");

            var baru = variabel is null;
            variabel ??= db.Variabel.Add(new Variabel { Kode = command.Kode }).Entity;
            var agregasiLama = variabel.Agregasi;
            variabel.Nama = b.Nama!.Trim();
            variabel.Satuan = b.Satuan!.Trim();
            variabel.Modul = b.Modul!;
            variabel.BilanganBulat = b.BilanganBulat ?? false;
            variabel.Min = b.Min;
            variabel.Max = b.Max;
            variabel.Agregasi = b.Agregasi!;
            variabel.Keterangan = b.Keterangan;
            variabel.Versi++;
            variabel.DiubahOleh = user.Name;
            variabel.DiubahPadaUtc = time.GetUtcNow().UtcDateTime;
            db.VariabelRiwayat.Add(new VariabelRiwayat
            {
                Kode = command.Kode, Versi = variabel.Versi, Isi = JsonSerializer.Serialize(b, JsonKinerja.Simpan),
                DiubahOleh = user.Name, DiubahPadaUtc = variabel.DiubahPadaUtc,
            });
            var hitungUlang = !baru && agregasiLama != variabel.Agregasi;
            if (hitungUlang) await layanan.Antrian.AturanBerubahAsync(db, null, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException($"Variabel '{command.Kode}' baru saja diubah pengguna lain; muat ulang lalu coba lagi.");
            }
            if (hitungUlang) layanan.Antrian.Jalankan();
            return (baru, VariabelTampilan.Dari(variabel));
        }
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{1,99}$")]
    private static partial Regex PolaKode();

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/variabel/{kode}", async (string kode, Body body, ISender sender, CancellationToken ct) =>
            {
                var (baru, variabel) = await sender.Send(new Command(kode, body), ct);
                return baru ? Results.Created($"/api/variabel/{Uri.EscapeDataString(kode)}", variabel) : Results.Ok(variabel);
            })
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Variabel").WithSummary("Mendeklarasikan variabel baru atau mengubahnya (versi baru).");
}
