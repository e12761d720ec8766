using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Modules.Evaluasi.Domain;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>
/// PUT /api/anggaran/{tahun}/dpa (Admin): sets the DPA murni (and perubahan) of sub kegiatan for a year.
/// Every value is checked before anything is stored (unknown or non-sub-kegiatan id, negative, fractional,
/// perubahan below the realisasi already reported); then all rows change in one transaction, audited.
/// </summary>
public static class SimpanDpa
{
    /// <summary>Largest DPA accepted for one sub kegiatan (Rp 10 triliun): far above any office's budget, below decimal trouble.</summary>
    public const decimal BatasRupiah = 10_000_000_000_000m;

    public sealed record Command(int Tahun, IReadOnlyList<KeyValuePair<string, JsonElement>> Dpa) : ICommand<AnggaranTahunan>;

    public sealed class Handler(EvaluasiDbContext db, IBacaanKinerja kinerja, ICurrentUser user, TimeProvider time, ISender sender)
        : ICommandHandler<Command, AnggaranTahunan>
    {
        public async ValueTask<AnggaranTahunan> Handle(Command command, CancellationToken cancellationToken)
        {
            DataAnggaran.PeriksaTahun(command.Tahun);
            var pohon = (await kinerja.PohonAsync(cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);
            var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var baru = new Dictionary<string, Dpa>(StringComparer.Ordinal);
            if (command.Dpa.Count == 0) galat["dpa"] = ["Kirim minimal satu sub kegiatan, mis. { \"dpa\": { \"P02.K01.S01\": { \"murni\": 130000000 } } }."];
            foreach (var (id, isi) in command.Dpa)
            {
                var kunci = $"dpa.{TeksPengguna.Kutip(id, 40)}";
                if (baru.ContainsKey(id)) { galat[kunci] = ["Sub kegiatan disebut lebih dari sekali."]; continue; }
                if (!pohon.TryGetValue(id, out var node)) { galat[kunci] = [$"Sub kegiatan '{TeksPengguna.Kutip(id, 40)}' tidak ada di pohon Renstra."]; continue; }
                if (node.Tingkat != TingkatRencana.SubKegiatan)
                {
                    galat[kunci] = [$"'{id}' adalah {node.Tingkat.ToLowerInvariant()}; DPA ditetapkan per sub kegiatan (program dan kegiatan dijumlahkan)."];
                    continue;
                }
                var pesan = BacaDpa(isi, out var dpa);
                if (pesan.Count > 0) galat[kunci] = [.. pesan];
                else baru[id] = dpa;
            }
            if (galat.Count > 0) throw new ValidationFailedException(galat, "DPA ditolak; tidak ada yang disimpan. Perbaiki nilai yang disebut lalu kirim lagi.");

            var realisasi = (await db.RealisasiAsync(command.Tahun, command.Tahun, cancellationToken))[command.Tahun];
            foreach (var (id, dpa) in baru)
            {
                var sudah = realisasi.Where(r => r.Key.SubKegiatanId == id).Sum(r => r.Value);
                if (sudah > dpa.Berlaku)
                    galat[$"dpa.{id}"] = [$"DPA {dpa.Berlaku:N0} lebih kecil dari realisasi yang sudah dilaporkan tahun {command.Tahun} ({sudah:N0})."];
            }
            if (galat.Count > 0) throw new ValidationFailedException(galat, "DPA ditolak; tidak ada yang disimpan.");

            var tersimpan = await db.Dpa.Where(d => d.Tahun == command.Tahun && baru.Keys.Contains(d.SubKegiatanId))
                .ToDictionaryAsync(d => d.SubKegiatanId, StringComparer.Ordinal, cancellationToken);
            var sekarang = time.GetUtcNow().UtcDateTime;
            foreach (var (id, dpa) in baru)
            {
                if (!tersimpan.TryGetValue(id, out var baris))
                {
                    baris = new DpaSubKegiatan { Tahun = command.Tahun, SubKegiatanId = id };
                    db.Dpa.Add(baris);
                }
                if (baris.Versi > 0 && baris.Murni == dpa.Murni && baris.Perubahan == dpa.Perubahan) continue;
                baris.Murni = dpa.Murni;
                baris.Perubahan = dpa.Perubahan;
                baris.Versi++;
                baris.DiubahOleh = user.Name;
                baris.DiubahPadaUtc = sekarang;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException("DPA tahun ini sedang diubah pihak lain bersamaan; muat ulang lalu kirim lagi.");
            }
            return await sender.Send(new LihatAnggaran.Query(command.Tahun), cancellationToken);
        }

        private static List<string> BacaDpa(JsonElement isi, out Dpa dpa)
        {
            dpa = default;
            var pesan = new List<string>();
            if (isi.ValueKind != JsonValueKind.Object)
                return ["Harus objek { \"murni\": rupiah, \"perubahan\": rupiah? }."];
            decimal? murni = null, perubahan = null;
            foreach (var p in isi.EnumerateObject())
            {
                if (p.NameEquals("murni")) murni = Rupiah(p.Value, "murni", pesan, bolehKosong: false);
                else if (p.NameEquals("perubahan")) perubahan = Rupiah(p.Value, "perubahan", pesan, bolehKosong: true);
                else pesan.Add($"Properti '{TeksPengguna.Kutip(p.Name, 30)}' tidak dikenal; yang diterima 'murni' dan 'perubahan'.");
            }
            if (murni is null && pesan.Count == 0) pesan.Add("'murni' wajib diisi (rupiah utuh, ≥ 0).");
            if (pesan.Count == 0) dpa = new Dpa(murni!.Value, perubahan);
            return pesan;
        }

        private static decimal? Rupiah(JsonElement nilai, string nama, List<string> pesan, bool bolehKosong)
        {
            if (nilai.ValueKind == JsonValueKind.Null && bolehKosong) return null;
            if (nilai.ValueKind != JsonValueKind.Number || !nilai.TryGetDecimal(out var rp))
            {
                pesan.Add($"'{nama}' harus angka rupiah, bukan {JenisJson(nilai)}.");
                return null;
            }
            if (rp < 0) pesan.Add($"'{nama}' tidak boleh negatif.");
            else if (rp != decimal.Truncate(rp)) pesan.Add($"'{nama}' harus rupiah utuh (tanpa sen).");
            else if (rp > BatasRupiah) pesan.Add($"'{nama}' melebihi batas {BatasRupiah:N0}.");
            else return rp;
            return null;
        }
    }

    /// <summary>An Indonesian name for what a client sent instead of a number.</summary>
    internal static string JenisJson(JsonElement nilai) => nilai.ValueKind switch
    {
        JsonValueKind.String => "teks",
        JsonValueKind.True or JsonValueKind.False => "benar/salah",
        JsonValueKind.Null => "kosong",
        JsonValueKind.Object => "objek",
        JsonValueKind.Array => "daftar",
        _ => "nilai lain",
    };

    /// <summary>Reads <c>{ "dpa": { id: {…} } }</c>, keeping each entry as sent so a wrong shape is reported per field.</summary>
    internal static List<KeyValuePair<string, JsonElement>> BacaIsi(JsonElement isi)
    {
        if (isi.ValueKind != JsonValueKind.Object || !isi.TryGetProperty("dpa", out var dpa) || dpa.ValueKind != JsonValueKind.Object)
            throw ValidationFailedException.For("dpa", "Isi permintaan harus { \"dpa\": { \"<id sub kegiatan>\": { \"murni\": rupiah, \"perubahan\": rupiah? } } }.");
        var lain = isi.EnumerateObject().Where(p => !p.NameEquals("dpa")).Select(p => p.Name).FirstOrDefault();
        if (lain is not null) throw ValidationFailedException.For(TeksPengguna.Kutip(lain, 30), "Properti tidak dikenal; yang diterima hanya 'dpa'.");
        return dpa.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.Clone())).ToList();
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/anggaran/{tahun}/dpa", async (int tahun, JsonElement isi, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new Command(tahun, BacaIsi(isi)), ct)))
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Anggaran")
            .WithSummary("Menetapkan DPA murni/perubahan per sub kegiatan untuk satu tahun (Admin); riwayat di jejak audit.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
}
