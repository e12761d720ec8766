using System.Text.Json;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.KoperasiUmkm.Domain;

/// <summary>A status and the day it took effect.</summary>
internal sealed record StatusPada(DateOnly Sejak, string Status);

/// <summary>A dated service in the register.</summary>
internal sealed record LayananRekam(string Jenis, DateOnly Tanggal, string? Hasil);

/// <summary>A koperasi's figures of one year.</summary>
internal sealed record TahunanRekam(bool Rat, int? JumlahAnggota, decimal? ModalSendiri, decimal? VolumeUsaha, decimal? Aset, decimal? Shu);

/// <summary>A koperasi as the derivation sees it (read from the register, no EF types).</summary>
internal sealed record KoperasiRekam(
    long Id, string Kecamatan, string Jenis, DateOnly? Berdiri, IReadOnlyList<StatusPada> Status,
    IReadOnlyDictionary<int, TahunanRekam> Tahunan, IReadOnlyList<LayananRekam> Layanan);

/// <summary>A usaha mikro as the derivation sees it.</summary>
internal sealed record UsahaMikroRekam(
    long Id, string Kecamatan, string Sektor, IReadOnlyList<StatusPada> Status, IReadOnlyDictionary<int, string> Skala,
    DateOnly? Izin, DateOnly? Kemitraan, DateOnly? WirausahaBaru, IReadOnlyList<LayananRekam> Layanan);

/// <summary>Everything the derivation reads, indexed by kecamatan (every count is per kecamatan).</summary>
internal sealed record DataRegister(IReadOnlyList<KoperasiRekam> Koperasi, IReadOnlyList<UsahaMikroRekam> UsahaMikro)
{
    private ILookup<string, KoperasiRekam>? _koperasiPerKecamatan;
    private ILookup<string, UsahaMikroRekam>? _usahaPerKecamatan;

    public IEnumerable<KoperasiRekam> KoperasiDi(string kecamatan) =>
        (_koperasiPerKecamatan ??= Koperasi.ToLookup(k => k.Kecamatan, StringComparer.Ordinal))[kecamatan];

    public IEnumerable<UsahaMikroRekam> UsahaMikroDi(string kecamatan) =>
        (_usahaPerKecamatan ??= UsahaMikro.ToLookup(u => u.Kecamatan, StringComparer.Ordinal))[kecamatan];
}

/// <summary>
/// Evaluates a derivation rule for one period and kecamatan. Every entity counts at most once (a
/// koperasi examined in T1 and T3 is one koperasi in the year, and one in each of those quarters);
/// services count when dated inside the period; status is the one in force at the period's last day,
/// so a koperasi deactivated in March leaves the counts of the periods ending after it.
/// </summary>
internal static class PenghitungTurunan
{
    public static (DateOnly Awal, DateOnly Akhir) Rentang(Periode p)
    {
        if (p.Triwulan is not { } t) return (new DateOnly(p.Tahun, 1, 1), new DateOnly(p.Tahun, 12, 31));
        var awal = new DateOnly(p.Tahun, (3 * (t - 1)) + 1, 1);
        return (awal, awal.AddMonths(3).AddDays(-1));
    }

    /// <summary>The status in force on <paramref name="tanggal"/>; the first known status before any dated one.</summary>
    public static string StatusPada(IReadOnlyList<StatusPada> garis, DateOnly tanggal)
    {
        string? hasil = null;
        foreach (var s in garis.OrderBy(s => s.Sejak))
        {
            if (s.Sejak > tanggal) break;
            hasil = s.Status;
        }
        return hasil ?? (garis.Count > 0 ? garis.MinBy(s => s.Sejak)!.Status : "");
    }

    /// <summary>
    /// Builds the status timeline from the record's versions in order: a later version's (status, since)
    /// replaces whatever the earlier versions said from that day on, so a corrected date wins.
    /// </summary>
    public static IReadOnlyList<StatusPada> GarisStatus(IEnumerable<StatusPada> versiBerurutan)
    {
        var garis = new List<StatusPada>();
        foreach (var v in versiBerurutan)
        {
            garis.RemoveAll(s => s.Sejak >= v.Sejak);
            if (garis.Count == 0 || garis[^1].Status != v.Status) garis.Add(v);
        }
        return garis;
    }

    public static decimal Hitung(AturanTurunan aturan, DataRegister data, Periode periode, string kecamatan)
    {
        var (awal, akhir) = Rentang(periode);
        IEnumerable<IEnumerable<IReadOnlyDictionary<string, object?>>> perEntitas = aturan.Register switch
        {
            "Koperasi" => data.KoperasiDi(kecamatan)
                .Where(k => k.Berdiri is null || k.Berdiri <= akhir)
                .Select(k => BarisKoperasi(aturan.Rekaman, k, periode.Tahun, awal, akhir)),
            "UsahaMikro" => data.UsahaMikroDi(kecamatan)
                .Select(u => BarisUsahaMikro(aturan.Rekaman, u, periode.Tahun, awal, akhir)),
            _ => [],
        };
        decimal hasil = 0;
        foreach (var baris in perEntitas)
        {
            var cocok = baris.FirstOrDefault(b => aturan.Syarat.All(s => Memenuhi(s, b)));
            if (cocok is null) continue;
            hasil += aturan.Fungsi == FungsiTurunan.Jumlah
                ? cocok.GetValueOrDefault(aturan.Kolom!) is { } v ? Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture) : 0
                : 1;
        }
        return hasil;
    }

    /// <summary>Whether the kecamatan has any entity of the register at the period's end (then a 0 is a real 0).</summary>
    public static bool AdaEntitas(string register, DataRegister data, Periode periode, string kecamatan)
    {
        var (_, akhir) = Rentang(periode);
        return register == "Koperasi"
            ? data.KoperasiDi(kecamatan).Any(k => k.Berdiri is null || k.Berdiri <= akhir)
            : data.UsahaMikroDi(kecamatan).Any();
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> BarisKoperasi(string rekaman, KoperasiRekam k, int tahun, DateOnly awal, DateOnly akhir)
    {
        var status = StatusPada(k.Status, akhir);
        var tahunan = k.Tahunan.GetValueOrDefault(tahun);
        switch (rekaman)
        {
            case KolomTurunan.RekamanRegister:
                yield return new Dictionary<string, object?> { ["Status"] = status, ["Jenis"] = k.Jenis, ["Rat"] = tahunan?.Rat ?? false };
                break;
            case KolomTurunan.RekamanLayanan:
                foreach (var l in k.Layanan.Where(l => l.Tanggal >= awal && l.Tanggal <= akhir))
                    yield return new Dictionary<string, object?> { ["Jenis"] = l.Jenis, ["Hasil"] = l.Hasil, ["JenisKoperasi"] = k.Jenis };
                break;
            case KolomTurunan.RekamanTahunan when tahunan is not null:
                yield return new Dictionary<string, object?>
                {
                    ["Status"] = status, ["Jenis"] = k.Jenis, ["Rat"] = tahunan.Rat, ["JumlahAnggota"] = (decimal?)tahunan.JumlahAnggota,
                    ["ModalSendiri"] = tahunan.ModalSendiri, ["VolumeUsaha"] = tahunan.VolumeUsaha, ["Aset"] = tahunan.Aset, ["Shu"] = tahunan.Shu,
                };
                break;
        }
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> BarisUsahaMikro(string rekaman, UsahaMikroRekam u, int tahun, DateOnly awal, DateOnly akhir)
    {
        switch (rekaman)
        {
            case KolomTurunan.RekamanRegister:
                yield return new Dictionary<string, object?>
                {
                    ["Status"] = StatusPada(u.Status, akhir), ["Sektor"] = u.Sektor, ["Skala"] = u.Skala.GetValueOrDefault(tahun),
                    ["Berizin"] = u.Izin is { } i && i <= akhir, ["Bermitra"] = u.Kemitraan is { } m && m <= akhir,
                    ["WirausahaBaru"] = u.WirausahaBaru is { } w && w >= awal && w <= akhir,
                };
                break;
            case KolomTurunan.RekamanLayanan:
                foreach (var l in u.Layanan.Where(l => l.Tanggal >= awal && l.Tanggal <= akhir))
                    yield return new Dictionary<string, object?> { ["Jenis"] = l.Jenis, ["Sektor"] = u.Sektor };
                break;
        }
    }

    private static bool Memenuhi(Syarat syarat, IReadOnlyDictionary<string, object?> baris)
    {
        var nilai = baris.GetValueOrDefault(syarat.Kolom);
        switch (syarat.Operator)
        {
            case OperatorSyarat.Terisi:
                return nilai is not null;
            case OperatorSyarat.Kosong:
                return nilai is null;
            case OperatorSyarat.Dalam:
                return nilai is string s && syarat.Nilai!.Value.EnumerateArray().Any(e => e.GetString() == s);
        }
        var pembanding = syarat.Nilai!.Value;
        int? banding = (nilai, pembanding.ValueKind) switch
        {
            (null, _) => null,
            (string s, JsonValueKind.String) => string.CompareOrdinal(s, pembanding.GetString()) == 0 ? 0 : 1,
            (bool b, JsonValueKind.True or JsonValueKind.False) => b == pembanding.GetBoolean() ? 0 : 1,
            (decimal d, JsonValueKind.Number) => d.CompareTo(pembanding.GetDecimal()),
            _ => null,
        };
        return syarat.Operator switch
        {
            OperatorSyarat.SamaDengan => banding == 0,
            OperatorSyarat.TidakSama => banding != 0,
            "<" => banding < 0,
            "<=" => banding <= 0,
            ">" => banding > 0,
            ">=" => banding >= 0,
            _ => false,
        };
    }
}
