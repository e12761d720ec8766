using System.Text.Json;
using System.Text.Json.Nodes;
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
/// PUT /api/aturan-capaian/{nama}: creates or edits a capaian form (<c>Capaian</c>), a category band
/// (<c>Kategori</c>) or a predikat band (<c>Predikat</c>). The expression passes the allow-list with
/// exactly the parameters its kind may read; every edit is a new version with a history snapshot and
/// an audit entry. Capaian of every open period is recomputed by the recompute job right after the commit; locked periods stay frozen.
/// </summary>
public static partial class SimpanAturanCapaian
{
    public const string JenisCapaian = JenisAturanCapaian.Capaian;
    public const string JenisKategori = JenisAturanCapaian.Kategori;
    public const string JenisPredikat = JenisAturanCapaian.Predikat;

    /// <param name="Jenis">Required for a new rule; for an existing one it may be left out but not changed.</param>
    /// <param name="Ekspresi">Capaian: a number from the parameters of its form; Kategori and Predikat: a condition.</param>
    /// <param name="Urutan">Evaluation order (Kategori and Predikat: the first true band wins); left out = unchanged / last.</param>
    /// <param name="Warna">Kategori only: background colour <c>#rrggbb</c>.</param>
    /// <param name="WarnaTeks">Kategori only: text colour <c>#rrggbb</c>.</param>
    /// <param name="Peringkat">Predikat only: rank, 1 (lowest) … 20; required for a new predikat.</param>
    /// <param name="Keterangan">Free explanation.</param>
    /// <param name="Aktif">False disables the rule without losing it.</param>
    /// <param name="Indikator">Proyeksi methods only: the indicators that project by this method (others: by each variable's agregasi); left out = unchanged.</param>
    public sealed record Body(
        string? Jenis, string? Ekspresi, int? Urutan = null, string? Warna = null, string? WarnaTeks = null, int? Peringkat = null,
        string? Keterangan = null, bool? Aktif = null, IReadOnlyList<string>? Indikator = null);

    public sealed record Command(string Nama, Body Body) : ICommand<Hasil>;

    public sealed record Hasil(bool Baru, AturanCapaianTampilan Aturan);

    public sealed class Handler(KinerjaDbContext db, LayananKinerja layanan, ICurrentUser user, TimeProvider time)
        : ICommandHandler<Command, Hasil>
    {
        public async ValueTask<Hasil> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.Nama.Length > 50 || !PolaNama().IsMatch(command.Nama))
                throw ValidationFailedException.For("nama", "Nama aturan harus huruf/angka (boleh dipisah satu spasi), diawali huruf, paling banyak 50 karakter, mis. 'Sangat Tinggi'.");
            var b = command.Body ?? throw ValidationFailedException.For("", "Isi permintaan (aturan) wajib diisi.");
            var aturan = await db.AturanCapaian.SingleOrDefaultAsync(a => a.Nama == command.Nama, cancellationToken);

            var galat = new Dictionary<string, string[]>();
            void Tambah(string field, string pesan) => galat.TryAdd(field, [pesan]);
            if (b.Jenis is not null && !JenisAturanCapaian.Semua.Contains(b.Jenis)) Tambah("jenis", JenisAturanCapaian.PesanSalah);
            else if (aturan is null && b.Jenis is null) Tambah("jenis", "Jenis wajib diisi untuk aturan baru: Capaian, Kategori, Predikat atau Proyeksi.");
            else if (aturan is not null && b.Jenis is not null && b.Jenis != aturan.Jenis)
                Tambah("jenis", $"Aturan '{command.Nama}' berjenis {aturan.Jenis}; jenis tidak dapat diubah.");
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Aturan capaian tidak valid.");
            var jenis = aturan?.Jenis ?? b.Jenis!;

            if (b.Urutan is < 1 or > 1000) Tambah("urutan", "Urutan harus antara 1 dan 1000.");
            if (b.Keterangan is { Length: > 1000 }) Tambah("keterangan", "Keterangan paling banyak 1000 karakter.");
            if (jenis != JenisKategori && (b.Warna ?? b.WarnaTeks) is not null) Tambah("warna", "Warna hanya untuk aturan berjenis Kategori.");
            if (b.Warna is not null && !PolaWarna().IsMatch(b.Warna)) Tambah("warna", "Warna harus kode #rrggbb, mis. #4caf50.");
            if (b.WarnaTeks is not null && !PolaWarna().IsMatch(b.WarnaTeks)) Tambah("warnaTeks", "Warna teks harus kode #rrggbb, mis. #000000.");
            if (jenis != JenisPredikat && b.Peringkat is not null) Tambah("peringkat", "Peringkat hanya untuk aturan berjenis Predikat.");
            if (jenis == JenisPredikat && b.Peringkat is < 1 or > 20) Tambah("peringkat", "Peringkat harus antara 1 (terendah) dan 20.");
            if (jenis == JenisPredikat && aturan is null && b.Peringkat is null) Tambah("peringkat", "Peringkat wajib diisi untuk predikat baru (1 = terendah).");
            if (PeriksaEkspresi(jenis, command.Nama, b.Ekspresi, layanan.Mesin) is { } salah) Tambah("ekspresi", salah);
            if (b.Indikator is not null && (jenis != JenisAturanCapaian.Proyeksi || command.Nama == KonteksProyeksi.AturanBerisiko))
                Tambah("indikator", "Daftar indikator hanya untuk metode proyeksi (aturan berjenis Proyeksi selain Berisiko).");
            else if (b.Indikator is { Count: > 500 }) Tambah("indikator", "Paling banyak 500 indikator.");
            else if (b.Indikator is not null && await IndikatorTakDikenalAsync(b.Indikator, cancellationToken) is { } takDikenal)
                Tambah("indikator", $"Indikator tidak dikenal: {takDikenal}.");
            if (jenis == JenisCapaian && b.Aktif == false && aturan is not null && await DipakaiAsync(command.Nama, cancellationToken) is { } kode)
                Tambah("aktif", $"Rumus capaian '{command.Nama}' masih dipakai indikator {kode}; ganti dulu aturan capaian indikator itu.");
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Aturan capaian tidak valid.");

            var baru = aturan is null;
            if (aturan is null)
            {
                var urutan = await db.AturanCapaian.Where(a => a.Jenis == jenis).Select(a => (int?)a.Urutan).MaxAsync(cancellationToken) ?? 0;
                aturan = db.AturanCapaian.Add(new AturanCapaian { Jenis = jenis, Nama = command.Nama, Urutan = urutan + 1 }).Entity;
            }
            aturan.Ekspresi = b.Ekspresi!.Trim();
            aturan.Urutan = b.Urutan ?? aturan.Urutan;
            aturan.Aktif = b.Aktif ?? aturan.Aktif;
            aturan.Properti = Properti(aturan, b);
            aturan.Versi++;
            aturan.DiubahOleh = user.Name;
            aturan.DiubahPadaUtc = time.GetUtcNow().UtcDateTime;
            db.AturanRiwayat.Add(AturanRiwayat.Dari(aturan));
            // Every indicator may use this form or band: recompute all of them; locked periods keep their stored results.
            await layanan.Antrian.AturanBerubahAsync(db, null, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException($"Aturan '{command.Nama}' baru saja diubah pengguna lain; muat ulang lalu coba lagi.");
            }
            layanan.Antrian.Jalankan();
            return new Hasil(baru, AturanCapaianTampilan.Dari(aturan));
        }

        private async Task<string?> IndikatorTakDikenalAsync(IReadOnlyList<string> kode, CancellationToken cancellationToken)
        {
            var ada = await db.Indikator.AsNoTracking().Select(i => i.Kode).ToListAsync(cancellationToken);
            var salah = kode.Where(k => k is null || !ada.Contains(k)).Take(5).Select(k => TeksPengguna.Kutip(k ?? "", 50)).ToList();
            return salah.Count == 0 ? null : string.Join(", ", salah);
        }

        /// <summary>An indicator whose latest version uses capaian form <paramref name="nama"/>, if any.</summary>
        private async Task<string?> DipakaiAsync(string nama, CancellationToken cancellationToken)
        {
            var versi = await db.IndikatorVersi.AsNoTracking().Select(v => new { v.Kode, v.Versi, v.AturanCapaian }).ToListAsync(cancellationToken);
            return versi.GroupBy(v => v.Kode).Select(g => g.MaxBy(v => v.Versi)!).FirstOrDefault(v => v.AturanCapaian == nama)?.Kode;
        }
    }

    /// <summary>The parameters each kind may read: exactly what the computation fills in for it.</summary>
    internal static SkemaRumus Skema(string jenis, string nama) => jenis switch
    {
        JenisAturanCapaian.Proyeksi => KonteksProyeksi.Skema(nama),
        JenisKategori => SkemaRumus.Logika(KonteksCapaian.Capaian),
        JenisPredikat => SkemaRumus.Logika(KonteksCapaian.Nilai),
        _ when nama == AturanCapaianTerkompilasi.AturanPredikat => SkemaRumus.Angka(KonteksCapaian.PeringkatRealisasi, KonteksCapaian.PeringkatTarget),
        _ => SkemaRumus.Angka(KonteksCapaian.Realisasi, KonteksCapaian.Target),
    };

    /// <summary>The allow-list check of a capaian rule; null when it passes, else the Indonesian reason.</summary>
    internal static string? PeriksaEkspresi(string jenis, string nama, string? ekspresi, IMesinRumus mesin)
    {
        try
        {
            mesin.Periksa(ekspresi ?? "", Skema(jenis, nama));
            return null;
        }
        catch (RumusDitolakException e)
        {
            return e.Message;
        }
    }

    private static string Properti(AturanCapaian aturan, Body b)
    {
        var properti = JsonNode.Parse(aturan.Properti) as JsonObject ?? [];
        if (b.Keterangan is not null) properti["keterangan"] = b.Keterangan.Trim();
        if (b.Warna is not null) properti["warna"] = b.Warna.ToLowerInvariant();
        if (b.WarnaTeks is not null) properti["warnaTeks"] = b.WarnaTeks.ToLowerInvariant();
        if (b.Peringkat is { } p) properti["peringkat"] = p;
        if (b.Indikator is not null) properti["indikator"] = new JsonArray(b.Indikator.Distinct(StringComparer.Ordinal).Select(k => (JsonNode?)JsonValue.Create(k)).ToArray());
        if (aturan.Jenis == JenisKategori) properti["urutan"] = aturan.Urutan;
        return properti.ToJsonString(JsonKinerja.Simpan);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*( [A-Za-z0-9]+)*$")]
    private static partial Regex PolaNama();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex PolaWarna();

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/aturan-capaian/{nama}", async (string nama, Body body, ISender sender, CancellationToken ct) =>
            {
                var hasil = await sender.Send(new Command(nama, body), ct);
                return hasil.Baru
                    ? Results.Created($"/api/aturan-capaian?jenis={Uri.EscapeDataString(hasil.Aturan.Jenis)}", hasil.Aturan)
                    : Results.Ok(hasil.Aturan);
            })
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Aturan")
            .WithSummary("Membuat atau mengubah rumus capaian, batas kategori atau batas predikat (versi baru); capaian periode terbuka dihitung ulang.");
}
