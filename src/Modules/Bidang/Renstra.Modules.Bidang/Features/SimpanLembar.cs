using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang.Data;
using Renstra.Modules.Bidang.Domain;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;
using Renstra.Shared.Outbox;
using Renstra.Shared.Persistence;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// <c>PUT /api/{modul}/data/{periode}</c>: validates the submitted values, merges them into the current
/// sheet and commits a new revision together with the outbox message for Kinerja — all or nothing.
/// </summary>
public static partial class SimpanLembar
{
    /// <param name="Nilai">The values as sent, in order (a duplicated name is reported, not silently merged).</param>
    /// <param name="IfMatch">The raw <c>If-Match</c> header, if any.</param>
    /// <param name="Sumber"><c>json</c>, <c>csv</c> or <c>xlsx</c>.</param>
    public sealed record Command(
        string Modul,
        string Periode,
        string? Wilayah,
        IReadOnlyList<KeyValuePair<string, JsonElement>> Nilai,
        string? IfMatch,
        string Sumber = "json") : ICommand<LembarRespons>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(DaftarWilayah wilayah)
        {
            RuleFor(c => c.Periode).PeriodeValid();
            RuleFor(c => c.Wilayah).WilayahDikenal(wilayah);
            RuleFor(c => c.Nilai).NotEmpty()
                .WithMessage("Kirim minimal satu variabel, mis. { \"nilai\": { \"NamaVariabel\": 123 } }.")
                .OverridePropertyName("nilai");
            RuleFor(c => c.IfMatch).Must(h => h is null || LembarKonteks.BacaIfMatch(h, out _))
                .WithMessage("If-Match harus berisi nomor revisi dalam tanda kutip, mis. \"3\".")
                .OverridePropertyName("If-Match");
        }
    }

    public sealed partial class Handler(IServiceProvider services, IAturanDataBidang aturan, ICurrentUser user, TimeProvider time)
        : ICommandHandler<Command, LembarRespons>
    {
        public async ValueTask<LembarRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            var mulai = Stopwatch.GetTimestamp();
            var (periode, wilayah) = services.Kunci(command.Periode, command.Wilayah);
            int? diharapkan = command.IfMatch is { } h && LembarKonteks.BacaIfMatch(h, out var r) ? r : null;
            var variabel = await aturan.DaftarVariabelAsync(command.Modul, cancellationToken);
            var nilai = await PeriksaNilaiAsync(command, variabel, cancellationToken);
            await PeriksaDariRegisterAsync(command, wilayah, nilai.Keys, cancellationToken);
            var turunan = await TurunanKabupatenAsync(command, wilayah, nilai.Keys, cancellationToken);
            var kumulatif = Kumulatif(command, variabel, nilai.Keys);
            var db = services.Database(command.Modul);
            var periksa = new Pemeriksaan(kumulatif, turunan, variabel);
            var percobaan = 0;

            return await db.TulisAsync(diharapkan,
                () => $"Lembar {periode} sudah diubah pihak lain sejak revisi {diharapkan}. Muat ulang lalu kirim lagi.",
                ct => SimpanAsync(db, command, periode, wilayah, diharapkan, nilai, periksa, diulang: percobaan++ > 0, mulai, ct),
                cancellationToken);
        }

        private async Task<Dictionary<string, decimal>> PeriksaNilaiAsync(
            Command command, IReadOnlyList<VariabelBidang> variabel, CancellationToken cancellationToken)
        {
            var dikenal = variabel.Select(v => v.Kode).ToHashSet(StringComparer.Ordinal);
            var pemilikLain = new Dictionary<string, string>(StringComparer.Ordinal);
            if (command.Nilai.Any(n => !dikenal.Contains(n.Key)))
            {
                foreach (var lain in NamaModul.SemuaBidang.Where(m => m != command.Modul))
                foreach (var v in await aturan.DaftarVariabelAsync(lain, cancellationToken))
                    pemilikLain.TryAdd(v.Kode, lain);
            }
            var hasil = PemeriksaNilai.Periksa(command.Modul, command.Nilai, variabel, pemilikLain);
            if (!hasil.Valid)
                throw new ValidationFailedException(
                    hasil.Galat.ToDictionary(g => g.Key, g => g.Value.ToArray()),
                    "Data ditolak; tidak ada yang disimpan. Perbaiki nilai yang disebut lalu kirim lagi.");
            return hasil.Nilai;
        }

        /// <summary>
        /// A sheet saved this recently is probably being saved by others right now: its PUT reads it again inside the turn
        /// and merges there (as every PUT did before Session 17) instead of losing the race and trying twice. Twenty
        /// writers on one sheet: 155–245 accepted writes/s with every PUT reading before the turn, 349–425/s this way
        /// (main before: 279–469/s; docs/benchmarks.md, "PUT → capaian visible", Session 17).
        /// </summary>
        private static readonly TimeSpan BaruDisimpan = TimeSpan.FromMilliseconds(200);

        /// <param name="diulang">A retry after the sheet changed under the first try.</param>
        private async Task<LembarRespons> SimpanAsync(
            BidangDbContext db, Command command, string periode, string wilayah, int? diharapkan,
            Dictionary<string, decimal> nilai, Pemeriksaan periksa, bool diulang, long mulai, CancellationToken ct)
        {
            db.ChangeTracker.Clear();
            // The sheet, the merge and its consistency check (Kinerja's rules: another database) before the write turn, and
            // on a first try the new revision too (its rows, the event for Kinerja): the turn then covers only the checks
            // that read other sheets and the save — the file's serial write ≈ 40 % shorter (docs/benchmarks.md, "PUT →
            // capaian visible", Session 17). The sheet's revision and lock are concurrency tokens: a sheet that changed in
            // between (another writer, a lock) fails the update, nothing of this write is stored, and TulisAsync tries
            // again (or answers 412 to an If-Match) — reading the sheet inside the turn that time, as it does for a sheet
            // saved moments ago (BaruDisimpan) and for a sheet's first revision (its insert would lose to another first
            // insert on the unique key, which EF logs as an error).
            var lembar = await db.CariAsync(periode, wilayah, ct);
            PeriksaKunciDanRevisi(lembar, periode, wilayah, diharapkan);
            var bacaLagiDiDalam = diulang || lembar is null || time.GetUtcNow().UtcDateTime - lembar.DiubahPadaUtc < BaruDisimpan;
            var (gabungan, perubahan) = LembarKonteks.Gabung(lembar?.Nilai, nilai);
            var pelanggaran = await aturan.PeriksaKonsistensiAsync(command.Modul, gabungan, ct);
            if (!bacaLagiDiDalam) lembar = TambahRevisi(db, command, periode, wilayah, lembar, gabungan, perubahan);

            // On SQLite the transaction is BEGIN IMMEDIATE: writers of a module queue for it (in GerbangTulisSqlite, without
            // SQLite's busy sleeps), and the writer whose turn it is writes those waiting too, in one transaction, each
            // under its own savepoint, with one commit and one flush. On SQL Server: one transaction per write.
            var t = GerbangTulisSqlite.CatatTahap("sebelum", mulai);
            var hasil = await GerbangTulisSqlite.TulisBersamaAsync(db, async ct =>
            {
                t = GerbangTulisSqlite.CatatTahap("menunggu", t);
                if (bacaLagiDiDalam)
                {
                    var revisiTadi = lembar?.Revisi ?? 0;
                    db.ChangeTracker.Clear();
                    lembar = await db.CariAsync(periode, wilayah, ct);
                    PeriksaKunciDanRevisi(lembar, periode, wilayah, diharapkan);
                    if ((lembar?.Revisi ?? 0) != revisiTadi)
                    {
                        (gabungan, perubahan) = LembarKonteks.Gabung(lembar?.Nilai, nilai);
                        pelanggaran = await aturan.PeriksaKonsistensiAsync(command.Modul, gabungan, ct);
                    }
                }
                await PeriksaKumulatifAsync(db, periode, wilayah, nilai, periksa.Kumulatif, ct);
                await PeriksaKabupatenDariRegisterAsync(db, periode, wilayah, periksa.Turunan, perubahan, periksa.Katalog, ct);
                if (pelanggaran.Count > 0) throw TolakKonsistensi(pelanggaran, nilai.Keys);
                if (bacaLagiDiDalam) lembar = TambahRevisi(db, command, periode, wilayah, lembar, gabungan, perubahan);
                // Inside the module file's single write turn: without EF's update pipeline (a quarter of the host's CPU).
                await db.SimpanLangsungAsync(ct);
                return lembar!.KeRespons();
            }, ct);
            GerbangTulisSqlite.CatatTahap("komit", t);
            return hasil;
        }

        private static void PeriksaKunciDanRevisi(LembarData? lembar, string periode, string wilayah, int? diharapkan)
        {
            if (lembar is { Terkunci: true })
                throw new ConflictException($"Lembar {periode} wilayah {wilayah} terkunci; minta Admin membuka kunci sebelum mengubah data.");
            LembarKonteks.PastikanRevisiTerkini(diharapkan, lembar?.Revisi ?? 0);
        }

        /// <summary>The sheet (new if there is none yet) with its next revision added to <paramref name="db"/>.</summary>
        private LembarData TambahRevisi(
            BidangDbContext db, Command command, string periode, string wilayah, LembarData? lembar,
            Dictionary<string, decimal> gabungan, List<PerubahanNilai> perubahan)
        {
            if (lembar is null)
            {
                lembar = new LembarData { Periode = periode, Wilayah = wilayah };
                db.Lembar.Add(lembar);
            }
            db.TulisRevisi(services.Events(command.Modul), lembar, command.Modul, gabungan, perubahan, command.Sumber, user.Name, time);
            return lembar;
        }

        /// <summary>What the checks inside the write need from before it: cumulative and register-derived variables, the catalog.</summary>
        private sealed record Pemeriksaan(
            IReadOnlySet<string> Kumulatif, IReadOnlyDictionary<string, string> Turunan, IReadOnlyList<VariabelBidang> Katalog);

        private static ValidationFailedException TolakKonsistensi(
            IReadOnlyList<PelanggaranKonsistensi> pelanggaran, IEnumerable<string> dikirim)
        {
            var dikirimSet = dikirim.ToHashSet(StringComparer.Ordinal);
            var galat = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var p in pelanggaran)
            {
                var kunci = p.Variabel.Where(dikirimSet.Contains).ToList();
                if (kunci.Count == 0) kunci = p.Variabel.Count > 0 ? [.. p.Variabel] : ["nilai"];
                foreach (var k in kunci)
                {
                    if (!galat.TryGetValue(k, out var daftar)) galat[k] = daftar = [];
                    if (!daftar.Contains(p.Pesan)) daftar.Add(p.Pesan);
                }
            }
            return new ValidationFailedException(
                galat.ToDictionary(g => g.Key, g => g.Value.ToArray()),
                "Data tidak konsisten; tidak ada yang disimpan. " + string.Join(" ", pelanggaran.Select(p => p.Pesan).Distinct()));
        }
    }

    /// <summary>Reads <c>{ "nilai": { … } }</c> keeping each value as sent, so a wrong type is reported per field.</summary>
    internal static List<KeyValuePair<string, JsonElement>> BacaIsi(JsonElement isi)
    {
        if (isi.ValueKind != JsonValueKind.Object)
            throw ValidationFailedException.For("nilai", "Isi permintaan harus objek JSON { \"nilai\": { \"NamaVariabel\": angka, … } }.");
        var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
        JsonElement? nilai = null;
        foreach (var properti in isi.EnumerateObject())
        {
            if (properti.NameEquals("nilai")) nilai = properti.Value;
            else galat[properti.Name] = [$"Properti '{properti.Name}' tidak dikenal; yang diterima hanya 'nilai'."];
        }
        if (nilai is not { ValueKind: JsonValueKind.Object } objek)
            galat["nilai"] = ["Wajib ada dan berupa objek { \"NamaVariabel\": angka, … }."];
        if (galat.Count > 0) throw new ValidationFailedException(galat);
        return nilai!.Value.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.Clone())).ToList();
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapPut("/data/{periode}", (
                string periode, [FromQuery] string? wilayah, [FromBody] JsonElement isi,
                HttpRequest request, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
                response.JawabLembarAsync(sender.Send(new Command(modul.Nama, periode, wilayah, BacaIsi(isi), request.IfMatch()), cancellationToken)))
            .RequireAuthorization(KebijakanAkses.PengisiData(modul.Nama))
            .WithName($"{modul.Nama}.SimpanLembar")
            .WithSummary("Kirim data variabel satu periode (digabung ke lembar, menjadi revisi baru)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
