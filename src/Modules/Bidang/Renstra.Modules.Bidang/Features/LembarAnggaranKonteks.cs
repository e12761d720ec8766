using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Bidang.Features;

/// <summary>A realisasi anggaran sheet as the API shows it: <c>{ periode, realisasi, revisi, status, diubahOleh, diubahPada }</c>.</summary>
public sealed record LembarAnggaranRespons(
    string Periode, IReadOnlyDictionary<string, decimal> Realisasi, int Revisi, string Status, string DiubahOleh, DateTimeOffset DiubahPada);

/// <summary>One revision of a realisasi anggaran sheet.</summary>
public sealed record RevisiAnggaranRespons(
    int Revisi, string DiubahOleh, DateTimeOffset DiubahPada, string Sumber,
    IReadOnlyDictionary<string, decimal> Realisasi, IReadOnlyList<PerubahanRespons> Perubahan);

/// <summary>What the realisasi anggaran slices share: the quarter key and the sheet lookup.</summary>
internal static class LembarAnggaranKonteks
{
    /// <summary>The quarter of a request; a year or anything else is a 400 in Indonesian.</summary>
    public static Periode Triwulan(string periode) =>
        Periode.TryParse(periode, out var p) && p.Triwulan is not null
            ? p
            : throw ValidationFailedException.For("periode",
                $"Realisasi anggaran dilaporkan per triwulan: tulis periode sebagai 2024-T1 … 2024-T4, bukan '{TeksPengguna.Kutip(periode, 20)}'.");

    public static Task<LembarAnggaran?> CariAnggaranAsync(this BidangDbContext db, string periode, CancellationToken cancellationToken) =>
        db.LembarAnggaran.SingleOrDefaultAsync(l => l.Periode == periode, cancellationToken);

    public static LembarAnggaranRespons KeRespons(this LembarAnggaran l) => new(
        l.Periode, new SortedDictionary<string, decimal>(l.Realisasi, StringComparer.Ordinal), l.Revisi,
        l.Terkunci ? LembarKonteks.StatusTerkunci : LembarKonteks.StatusTerbuka, l.DiubahOleh, LembarKonteks.Utc(l.DiubahPadaUtc));

    public static NotFoundException BelumAda(string modul, string periode) =>
        new($"Belum ada realisasi anggaran {modul} untuk {periode}.");
}
