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

/// <summary>A changed value; <c>sebelum</c> is null when the variable had no value yet, <c>sesudah</c> when the revision removed it.</summary>
public sealed record PerubahanRespons(string Variabel, decimal? Sebelum, decimal? Sesudah);

/// <summary>The lock state of a period's sheet, with its history (oldest first).</summary>
public sealed record StatusKunciRespons(
    string Periode, string Wilayah, string Status, int Revisi, IReadOnlyList<RiwayatKunciRespons> Riwayat);

/// <summary>One lock or unlock.</summary>
public sealed record RiwayatKunciRespons(bool Terkunci, string Oleh, DateTimeOffset Pada);

/// <summary>The reminder: ended periods that still lack variables.</summary>
public sealed record KekuranganRespons(string Modul, DateTimeOffset? DihitungPada, IReadOnlyList<KekuranganPeriodeRespons> Periode);

/// <summary>One period and the variables it still lacks.</summary>
public sealed record KekuranganPeriodeRespons(string Periode, string Wilayah, IReadOnlyList<string> Variabel);

/// <summary>Every period of the Renstra with its sheet's state, for the default region.</summary>
/// <param name="JumlahVariabel">How many variables a complete sheet has.</param>
/// <param name="DibacaPada">When the stored sheets were read (the answer is current as of then).</param>
public sealed record KelengkapanRespons(
    string Modul, string Wilayah, int JumlahVariabel, DateTimeOffset DibacaPada, IReadOnlyList<KelengkapanPeriodeRespons> Periode);

/// <summary>One period's sheet.</summary>
/// <param name="Status"><c>Kosong</c> (nothing filled), <c>Sebagian</c> or <c>Lengkap</c> (every variable has a value).</param>
/// <param name="Terkunci">True when an administrator locked the period.</param>
/// <param name="Berakhir">True when the period has ended (only then is a missing value overdue).</param>
/// <param name="Terisi">How many variables have a value.</param>
/// <param name="Kurang">The variables without a value.</param>
public sealed record KelengkapanPeriodeRespons(
    string Periode, string Status, bool Terkunci, bool Berakhir, int Terisi, IReadOnlyList<VariabelKurangRespons> Kurang);

/// <summary>A variable without a value: its code and its name for people.</summary>
public sealed record VariabelKurangRespons(string Kode, string Nama);
