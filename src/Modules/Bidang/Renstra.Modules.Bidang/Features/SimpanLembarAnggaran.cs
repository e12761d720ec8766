using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang.Contracts;
using Renstra.Modules.Bidang.Data;
using Renstra.Modules.Evaluasi.Contracts;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;
using Renstra.Shared.Outbox;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// <c>PUT /api/{modul}/anggaran/{tahun}-T{n}</c>: the owning module's operator reports the quarter's own
/// spending per sub kegiatan (whole rupiah, ≥ 0). Sub kegiatan must exist in the plan tree and belong to
/// this module; a sub kegiatan's year total (all quarters) may not pass its DPA. Merged into the sheet as a
/// new revision together with the outbox message for Evaluasi — all or nothing; lock → 409, stale If-Match → 412.
/// </summary>
public static class SimpanLembarAnggaran
{
    /// <summary>Largest realisasi accepted for one entry (Rp 10 triliun).</summary>
    public const decimal BatasRupiah = 10_000_000_000_000m;

    public sealed record Command(
        string Modul, string Periode, IReadOnlyList<KeyValuePair<string, JsonElement>> Realisasi, string? IfMatch, string Sumber = "json")
        : ICommand<LembarAnggaranRespons>;

    public sealed class Handler(IServiceProvider services, IBacaanKinerja kinerja, IAnggaranEvaluasi anggaran, ICurrentUser user, TimeProvider time)
        : ICommandHandler<Command, LembarAnggaranRespons>
    {
        public async ValueTask<LembarAnggaranRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            var periode = LembarAnggaranKonteks.Triwulan(command.Periode);
            int? diharapkan = null;
            if (command.IfMatch is { } h)
                diharapkan = LembarKonteks.BacaIfMatch(h, out var r)
                    ? r
                    : throw ValidationFailedException.For("If-Match", "If-Match harus berisi nomor revisi dalam tanda kutip, mis. \"3\".");
            var (nilai, nama) = await PeriksaAsync(command, cancellationToken);
            var dpa = await anggaran.DpaBerlakuAsync(periode.Tahun, cancellationToken);
            var db = services.Database(command.Modul);
            return await db.TulisAsync(diharapkan,
                () => $"Realisasi anggaran {periode} sudah diubah pihak lain sejak revisi {diharapkan}. Muat ulang lalu kirim lagi.",
                ct => SimpanAsync(db, command, periode, diharapkan, nilai, nama, dpa, ct), cancellationToken);
        }

        /// <returns>The accepted values and the sub kegiatan names (messages name a sub kegiatan as people know it).</returns>
        private async Task<(Dictionary<string, decimal> Nilai, Dictionary<string, string> Nama)> PeriksaAsync(Command command, CancellationToken cancellationToken)
        {
            var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (command.Realisasi.Count == 0)
                galat["realisasi"] = ["Kirim minimal satu sub kegiatan, mis. { \"realisasi\": { \"P02.K01.S01\": 32500000 } }."];
            var pohon = (await kinerja.PohonAsync(cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);
            var nilai = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (id, isi) in command.Realisasi)
            {
                var kunci = TeksPengguna.Kutip(id, 40);
                if (nilai.ContainsKey(id) || galat.ContainsKey(kunci)) { galat[kunci] = ["Sub kegiatan disebut lebih dari sekali."]; continue; }
                if (!pohon.TryGetValue(id, out var node) || node.Tingkat != "SubKegiatan")
                {
                    galat[kunci] = [node is null
                        ? $"Sub kegiatan '{kunci}' tidak dikenal; gunakan id dari pohon Renstra, mis. P02.K01.S01."
                        : $"'{kunci}' adalah {node.Tingkat.ToLowerInvariant()}; realisasi dilaporkan per sub kegiatan."];
                    continue;
                }
                if (node.Modul != command.Modul)
                {
                    galat[kunci] = [$"Sub kegiatan '{kunci}' milik modul {node.Modul}, bukan {command.Modul}; laporkan lewat modul pemiliknya."];
                    continue;
                }
                if (isi.ValueKind != JsonValueKind.Number || !isi.TryGetDecimal(out var rp))
                    galat[kunci] = ["Harus angka rupiah (bilangan bulat ≥ 0), bukan " + (isi.ValueKind == JsonValueKind.String ? "teks." : "nilai lain.")];
                else if (rp < 0) galat[kunci] = ["Realisasi tidak boleh negatif."];
                else if (rp != decimal.Truncate(rp)) galat[kunci] = ["Realisasi harus rupiah utuh (tanpa sen)."];
                else if (rp > BatasRupiah) galat[kunci] = [$"Realisasi melebihi batas {BatasRupiah:N0}."];
                else nilai[id] = rp;
            }
            if (galat.Count > 0)
                throw new ValidationFailedException(galat, "Realisasi anggaran ditolak; tidak ada yang disimpan. Perbaiki nilai yang disebut lalu kirim lagi.");
            return (nilai, nilai.Keys.ToDictionary(id => id, id => pohon[id].Nama, StringComparer.Ordinal));
        }

        private async Task<LembarAnggaranRespons> SimpanAsync(
            BidangDbContext db, Command command, Periode periode, int? diharapkan,
            Dictionary<string, decimal> nilai, Dictionary<string, string> nama, IReadOnlyDictionary<string, decimal> dpa, CancellationToken ct)
        {
            db.ChangeTracker.Clear();
            // BEGIN IMMEDIATE on SQLite: writers queue, so the year check sees every other quarter as committed.
            await using var transaksi = await db.Database.BeginTransactionAsync(ct);
            var teks = periode.ToString();
            var lembar = await db.CariAnggaranAsync(teks, ct);
            if (lembar is { Terkunci: true })
                throw new ConflictException($"Realisasi anggaran {teks} terkunci; minta Admin membuka kunci sebelum mengubahnya.");
            var revisiSaatIni = lembar?.Revisi ?? 0;
            LembarKonteks.PastikanRevisiTerkini(diharapkan, revisiSaatIni);

            var (gabungan, perubahan) = LembarKonteks.Gabung(lembar?.Realisasi, nilai);
            await PeriksaDpaAsync(db, periode, gabungan, nama, dpa, ct);

            var sekarang = time.GetUtcNow().UtcDateTime;
            if (lembar is null)
            {
                lembar = new LembarAnggaran { Periode = teks, Tahun = periode.Tahun };
                db.LembarAnggaran.Add(lembar);
            }
            lembar.Revisi = revisiSaatIni + 1;
            lembar.Realisasi = gabungan;
            lembar.DiubahOleh = user.Name;
            lembar.DiubahPadaUtc = sekarang;
            db.RevisiAnggaran.Add(new RevisiLembarAnggaran
            {
                Lembar = lembar, Nomor = lembar.Revisi, Oleh = user.Name, PadaUtc = sekarang, Sumber = command.Sumber,
                Realisasi = new Dictionary<string, decimal>(gabungan, StringComparer.Ordinal), Perubahan = perubahan,
            });
            db.AddIntegrationEvent(new RealisasiAnggaranDiterimaIntegrationEvent
            {
                Modul = command.Modul, Periode = teks, Revisi = lembar.Revisi,
                Realisasi = new Dictionary<string, decimal>(gabungan, StringComparer.Ordinal), Oleh = user.Name, Waktu = LembarKonteks.Utc(sekarang),
            });
            // Saved as the sheet PUT saves (SimpanLembar): plain statements on this transaction, a first revision through SaveChanges.
            await db.SimpanLangsungAsync(ct);
            await transaksi.CommitAsync(ct);
            return lembar.KeRespons();
        }

        /// <summary>Each sent sub kegiatan's year total (this sheet merged, plus the year's other quarters) must stay within its DPA.</summary>
        private static async Task PeriksaDpaAsync(
            BidangDbContext db, Periode periode, Dictionary<string, decimal> gabungan, Dictionary<string, string> dikirim,
            IReadOnlyDictionary<string, decimal> dpa, CancellationToken ct)
        {
            var teks = periode.ToString();
            var lain = await db.LembarAnggaran.AsNoTracking().Where(l => l.Tahun == periode.Tahun && l.Periode != teks).ToListAsync(ct);
            var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (id, nama) in dikirim)
            {
                if (!dpa.TryGetValue(id, out var batas))
                {
                    galat[id] = [$"DPA {periode.Tahun} untuk sub kegiatan \"{nama}\" belum ditetapkan; minta Admin menetapkannya lebih dulu."];
                    continue;
                }
                var setahun = gabungan[id] + lain.Sum(l => l.Realisasi.GetValueOrDefault(id));
                if (setahun > batas)
                    galat[id] = [$"Realisasi {periode.Tahun} sub kegiatan \"{nama}\" menjadi {Rupiah(setahun)}, melebihi DPA {Rupiah(batas)}."];
            }
            if (galat.Count > 0)
                throw new ValidationFailedException(galat, "Realisasi anggaran melebihi DPA; tidak ada yang disimpan.");
        }

        private static string Rupiah(decimal nilai) => "Rp " + nilai.ToString("N0", Budaya.Indonesia);
    }

    /// <summary>Reads <c>{ "realisasi": { id: rp } }</c>, keeping each value as sent so a wrong type is reported per field.</summary>
    internal static List<KeyValuePair<string, JsonElement>> BacaIsi(JsonElement isi)
    {
        if (isi.ValueKind != JsonValueKind.Object || !isi.TryGetProperty("realisasi", out var realisasi) || realisasi.ValueKind != JsonValueKind.Object)
            throw ValidationFailedException.For("realisasi", "Isi permintaan harus { \"realisasi\": { \"<id sub kegiatan>\": rupiah, … } }.");
        var lain = isi.EnumerateObject().Where(p => !p.NameEquals("realisasi")).Select(p => p.Name).FirstOrDefault();
        if (lain is not null)
            throw ValidationFailedException.For(TeksPengguna.Kutip(lain, 30), "Properti tidak dikenal; yang diterima hanya 'realisasi'.");
        return realisasi.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.Clone())).ToList();
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapPut("/anggaran/{periode}", async (
                string periode, JsonElement isi, HttpRequest request, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
            {
                var ifMatch = request.Headers.IfMatch.Count > 0 ? request.Headers.IfMatch.ToString() : null;
                var lembar = await sender.Send(new Command(modul.Nama, periode, BacaIsi(isi), ifMatch), cancellationToken);
                response.SetETag(lembar.Revisi);
                return TypedResults.Ok(lembar);
            })
            .RequireAuthorization(KebijakanAkses.PengisiData(modul.Nama))
            .WithName($"{modul.Nama}.SimpanRealisasiAnggaran")
            .WithSummary("Kirim realisasi anggaran satu triwulan per sub kegiatan (rupiah utuh; digabung, menjadi revisi baru)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
