using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Bidang.Data;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Identity;
using Renstra.Shared.Persistence;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// <c>DELETE /api/{modul}/data/{periode}/nilai/{variabel}</c>: removes a legacy kabupaten value of a register-derived
/// variable in a period the register now covers, so that the sum of the kecamatan (the register's number) takes over in
/// Kinerja. The removal is a new revision like every change (the old revision, with the value, stays readable), audited,
/// and delivered to Kinerja with the removed variable named, which recomputes as for any sheet change. Nothing else can be
/// removed from a sheet: an ordinary value is changed by sending a new one.
/// </summary>
public static class HapusNilaiLembar
{
    /// <summary>The source written on the revision a removal makes.</summary>
    public const string Sumber = "hapus";

    /// <param name="IfMatch">The raw <c>If-Match</c> header, if any.</param>
    public sealed record Command(string Modul, string Periode, string? Wilayah, string Variabel, string? IfMatch) : ICommand<LembarRespons>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(DaftarWilayah wilayah)
        {
            RuleFor(c => c.Periode).PeriodeValid();
            RuleFor(c => c.Wilayah).WilayahDikenal(wilayah);
            RuleFor(c => c.IfMatch).Must(h => h is null || LembarKonteks.BacaIfMatch(h, out _))
                .WithMessage("If-Match harus berisi nomor revisi dalam tanda kutip, mis. \"3\".")
                .OverridePropertyName("If-Match");
        }
    }

    public sealed class Handler(IServiceProvider services, IAturanDataBidang aturan, ICurrentUser user, TimeProvider time)
        : ICommandHandler<Command, LembarRespons>
    {
        public async ValueTask<LembarRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            var (periode, wilayah) = services.Kunci(command.Periode, command.Wilayah);
            int? diharapkan = command.IfMatch is { } h && LembarKonteks.BacaIfMatch(h, out var r) ? r : null;
            var kecamatan = services.GetRequiredService<HierarkiWilayah>().Anak(wilayah);
            var turunan = services.GetKeyedService<IVariabelDariRegister>(command.Modul) is { } register
                ? await register.DaftarAsync(cancellationToken)
                : new Dictionary<string, string>();
            var katalog = await aturan.DaftarVariabelAsync(command.Modul, cancellationToken);
            var nama = katalog.FirstOrDefault(v => v.Kode == command.Variabel)?.Nama ?? TeksPengguna.Kutip(command.Variabel, 50);
            if (kecamatan.Count == 0 || !turunan.TryGetValue(command.Variabel, out var namaRegister))
                throw ValidationFailedException.For("variabel",
                    $"Hanya nilai lama kabupaten dari variabel yang dihitung dari register yang bisa dihapus; {nama} diubah dengan mengirim nilai baru.");

            var db = services.Database(command.Modul);
            return await db.TulisAsync(diharapkan,
                () => $"Lembar {periode} sudah diubah pihak lain sejak revisi {diharapkan}. Muat ulang lalu coba lagi.",
                async ct =>
                {
                    db.ChangeTracker.Clear();
                    using var giliran = await GerbangTulisSqlite.MasukAsync(db, ct);
                    await using var transaksi = await db.Database.BeginTransactionAsync(ct);
                    var lembar = await db.CariAsync(periode, wilayah, ct);
                    if (lembar is null || !lembar.Nilai.TryGetValue(command.Variabel, out var lama))
                        throw new NotFoundException($"Lembar {periode} wilayah {wilayah} tidak berisi nilai {nama} yang diketik; capaian sudah memakai jumlah dari register.");
                    if (lembar.Terkunci)
                        throw new ConflictException($"Lembar {periode} wilayah {wilayah} terkunci; minta Admin membuka kunci sebelum menghapus nilai.");
                    LembarKonteks.PastikanRevisiTerkini(diharapkan, lembar.Revisi);
                    // Without a number from the register the typed value is the only one: removing it would lose data.
                    if (!await db.NilaiLembar.AnyAsync(n => n.Lembar!.Periode == periode && kecamatan.Contains(n.Lembar.Wilayah) && n.Variabel == command.Variabel, ct))
                        throw ValidationFailedException.For("variabel",
                            $"Register {SebutanRegister.Sebut(namaRegister)} belum punya angka {nama} untuk periode {periode}; nilai kabupaten ini satu-satunya sumber dan tidak dihapus.");

                    var gabungan = new Dictionary<string, decimal>(lembar.Nilai, StringComparer.Ordinal);
                    gabungan.Remove(command.Variabel);
                    var pelanggaran = await aturan.PeriksaKonsistensiAsync(command.Modul, gabungan, ct);
                    if (pelanggaran.Count > 0)
                        throw ValidationFailedException.For("variabel", "Tanpa nilai ini lembar tidak konsisten: " + string.Join(" ", pelanggaran.Select(p => p.Pesan).Distinct()));

                    db.TulisRevisi(services.Events(command.Modul), lembar, command.Modul, gabungan,
                        [new PerubahanNilai(command.Variabel, lama, null)], Sumber, user.Name, time);
                    await db.SaveChangesAsync(ct);
                    await transaksi.CommitAsync(ct);
                    return lembar.KeRespons();
                }, cancellationToken);
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapDelete("/data/{periode}/nilai/{variabel}", (
                string periode, string variabel, [FromQuery] string? wilayah, HttpRequest request, HttpResponse response,
                ISender sender, CancellationToken cancellationToken) =>
                response.JawabLembarAsync(sender.Send(new Command(modul.Nama, periode, wilayah, variabel, request.IfMatch()), cancellationToken)))
            .RequireAuthorization(KebijakanAkses.PengisiData(modul.Nama))
            .WithName($"{modul.Nama}.HapusNilaiLembar")
            .WithSummary("Hapus nilai lama kabupaten dari variabel yang dihitung dari register, agar jumlah register yang dipakai (menjadi revisi baru)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
