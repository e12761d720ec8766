namespace Renstra.Modules.Bidang.Features;

/// <summary>A sheet as the API shows it: <c>{ periode, wilayah, nilai, revisi, status, diubahOleh, diubahPada }</c>.</summary>
public sealed record LembarRespons(
    string Periode,
    string Wilayah,
    IReadOnlyDictionary<string, decimal> Nilai,
    int Revisi,
    string Status,
    string DiubahOleh,
    DateTimeOffset DiubahPada);

/// <summary>One revision: who, when, from what source, the whole sheet after it and what it changed.</summary>
public sealed record RevisiRespons(
    int Revisi,
    string DiubahOleh,
    DateTimeOffset DiubahPada,
    string Sumber,
    IReadOnlyDictionary<string, decimal> Nilai,
    IReadOnlyList<PerubahanRespons> Perubahan);

/// <summary>A changed value; <c>sebelum</c> is null when the variable had no value yet.</summary>
public sealed record PerubahanRespons(string Variabel, decimal? Sebelum, decimal Sesudah);

/// <summary>The lock state of a period's sheet, with its history (oldest first).</summary>
public sealed record StatusKunciRespons(
    string Periode, string Wilayah, string Status, int Revisi, IReadOnlyList<RiwayatKunciRespons> Riwayat);

/// <summary>One lock or unlock.</summary>
public sealed record RiwayatKunciRespons(bool Terkunci, string Oleh, DateTimeOffset Pada);

/// <summary>The reminder: ended periods that still lack variables.</summary>
public sealed record KekuranganRespons(string Modul, DateTimeOffset? DihitungPada, IReadOnlyList<KekuranganPeriodeRespons> Periode);

/// <summary>One period and the variables it still lacks.</summary>
public sealed record KekuranganPeriodeRespons(string Periode, string Wilayah, IReadOnlyList<string> Variabel);
