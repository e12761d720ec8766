using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>A recompute stopped by its time limit (<see cref="BatasWaktuHitungUlang"/>); the message is Indonesian.</summary>
internal sealed class HitungUlangMelewatiBatasWaktuException(string pesan) : Exception(pesan);

/// <summary>
/// Second line of defence on evaluation (issue 5). A formula is compiled decimal arithmetic with no
/// loops, so one evaluation is bounded by the size of its checked tree; a bulk recompute is bounded by
/// indicators × periods. This guard makes that bound explicit: a recompute that runs longer than
/// <c>Renstra:Kinerja:BatasWaktuHitungUlang</c> (default 30 s) is cancelled and fails with a
/// recorded reason instead of hanging.
/// </summary>
internal static class BatasWaktuHitungUlang
{
    public const string KunciKonfigurasi = "Renstra:Kinerja:BatasWaktuHitungUlang";

    public static readonly TimeSpan Bawaan = TimeSpan.FromSeconds(30);

    /// <summary>Reads the limit: a number of seconds (<c>30</c>, <c>0.5</c>) or a time span (<c>00:00:30</c>); anything else → 30 s.</summary>
    public static TimeSpan Dari(IConfiguration configuration)
    {
        var teks = configuration[KunciKonfigurasi];
        if (string.IsNullOrWhiteSpace(teks)) return Bawaan;
        if (double.TryParse(teks, NumberStyles.Float, CultureInfo.InvariantCulture, out var detik) && detik > 0 && detik <= 86400)
            return TimeSpan.FromSeconds(detik);
        return TimeSpan.TryParse(teks, CultureInfo.InvariantCulture, out var waktu) && waktu > TimeSpan.Zero && waktu <= TimeSpan.FromDays(1)
            ? waktu
            : Bawaan;
    }

    /// <summary>
    /// Runs <paramref name="kerja"/> with a token cancelled after <paramref name="batas"/>. The caller's own
    /// cancellation passes through as <see cref="OperationCanceledException"/>; the time limit becomes a
    /// <see cref="HitungUlangMelewatiBatasWaktuException"/> (not a cancellation, so the outbox records it as a failed delivery).
    /// </summary>
    public static async Task<T> JalankanAsync<T>(Func<CancellationToken, Task<T>> kerja, TimeSpan batas, string uraian, CancellationToken cancellationToken)
    {
        using var waktu = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waktu.CancelAfter(batas);
        try
        {
            return await kerja(waktu.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && waktu.IsCancellationRequested)
        {
            throw new HitungUlangMelewatiBatasWaktuException(
                $"Hitung ulang capaian {uraian} dihentikan karena melewati batas waktu {batas.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} detik.");
        }
    }
}
