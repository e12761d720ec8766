using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Renstra.Shared.Abstractions;

/// <summary>
/// A reporting period: a year (<c>2024</c>) or a quarter (<c>2024-T2</c>, triwulan II).
/// </summary>
public readonly record struct Periode : IComparable<Periode>
{
    /// <summary>Earliest year the system accepts (the Renstra's baseline year is 2020).</summary>
    public const int TahunMinimum = 2000;

    /// <summary>Latest year the system accepts.</summary>
    public const int TahunMaksimum = 2100;

    private Periode(int tahun, int? triwulan)
    {
        Tahun = tahun;
        Triwulan = triwulan;
    }

    /// <summary>The year.</summary>
    public int Tahun { get; }

    /// <summary>The quarter 1–4, or null for a whole year.</summary>
    public int? Triwulan { get; }

    /// <summary>True when this is a whole year.</summary>
    public bool IsTahunan => Triwulan is null;

    /// <summary>A whole year.</summary>
    public static Periode TahunPenuh(int tahun) => Create(tahun, null);

    /// <summary>A quarter of a year.</summary>
    public static Periode Kuartal(int tahun, int triwulan) => Create(tahun, triwulan);

    private static Periode Create(int tahun, int? triwulan)
    {
        if (tahun is < TahunMinimum or > TahunMaksimum)
            throw new ArgumentOutOfRangeException(nameof(tahun), $"Tahun harus antara {TahunMinimum} dan {TahunMaksimum}.");
        if (triwulan is < 1 or > 4)
            throw new ArgumentOutOfRangeException(nameof(triwulan), "Triwulan harus 1 sampai 4.");
        return new Periode(tahun, triwulan);
    }

    /// <summary>The previous period of the same length (previous year, or previous quarter).</summary>
    public Periode Sebelumnya() => Triwulan switch
    {
        null => new Periode(Tahun - 1, null),
        1 => new Periode(Tahun - 1, 4),
        var t => new Periode(Tahun, t - 1),
    };

    /// <summary>The four quarters of this period's year.</summary>
    public IReadOnlyList<Periode> KuartalDalamTahun() =>
        [new(Tahun, 1), new(Tahun, 2), new(Tahun, 3), new(Tahun, 4)];

    /// <summary>Parses <c>2024</c> or <c>2024-T1</c> … <c>2024-T4</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Periode periode)
    {
        periode = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 7) return false;
        var parts = text.Split('-');
        if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var tahun))
            return false;
        if (tahun is < TahunMinimum or > TahunMaksimum) return false;
        if (parts.Length == 1)
        {
            periode = new Periode(tahun, null);
            return true;
        }
        if (parts.Length != 2 || parts[1].Length != 2 || parts[1][0] != 'T' || parts[1][1] is < '1' or > '4')
            return false;
        periode = new Periode(tahun, parts[1][1] - '0');
        return true;
    }

    /// <summary>Parses a period or throws <see cref="FormatException"/> with an Indonesian message.</summary>
    public static Periode Parse(string? text) => TryParse(text, out var p)
        ? p
        : throw new FormatException(PesanFormatSalah(text));

    /// <summary>The Indonesian message for a malformed period.</summary>
    public static string PesanFormatSalah(string? text) =>
        $"Periode '{Potong(text)}' tidak dikenali. Gunakan tahun (mis. 2024) atau triwulan (mis. 2024-T2), tahun {TahunMinimum}–{TahunMaksimum}.";

    private static string Potong(string? text) => TeksPengguna.Kutip(text, 20);

    /// <inheritdoc />
    public int CompareTo(Periode other)
    {
        var byYear = Tahun.CompareTo(other.Tahun);
        if (byYear != 0) return byYear;
        // A year sorts after its own quarters: it closes them.
        return (Triwulan ?? 5).CompareTo(other.Triwulan ?? 5);
    }

    /// <summary><c>2024</c> or <c>2024-T2</c>.</summary>
    public override string ToString() =>
        Triwulan is { } t ? $"{Tahun.ToString(CultureInfo.InvariantCulture)}-T{t}" : Tahun.ToString(CultureInfo.InvariantCulture);
}
