namespace Renstra.Shared.Hosting;

/// <summary>
/// The one retry policy of the queues that keep failed work (recompute, register derivation, outbox): when the
/// next attempt is due and the reason to record.
/// </summary>
public static class CobaLagi
{
    /// <summary>The longest a recorded reason is (the queues' <c>GalatTerakhir</c>/<c>LastError</c> columns).</summary>
    public const int PanjangGalat = 2000;

    /// <summary>Back-off after the <paramref name="percobaan"/>-th failed attempt: 1, 2, 4 … seconds, at most 5 minutes.</summary>
    public static TimeSpan Tunda(int percobaan) => TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Max(percobaan, 1) - 1), 300));

    /// <summary>The reason to record: the innermost message, cut to <see cref="PanjangGalat"/>.</summary>
    public static string Galat(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Potong(e.GetBaseException().Message);
    }

    /// <summary><paramref name="teks"/> cut to <see cref="PanjangGalat"/> characters.</summary>
    public static string Potong(string teks)
    {
        ArgumentNullException.ThrowIfNull(teks);
        return teks.Length > PanjangGalat ? teks[..PanjangGalat] : teks;
    }
}
