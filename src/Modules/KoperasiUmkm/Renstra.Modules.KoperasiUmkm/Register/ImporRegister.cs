using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Bidang;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Features;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.KoperasiUmkm.Register;

/// <summary>What applying one import row did.</summary>
internal enum HasilBaris
{
    Baru,
    Diubah,
    TidakBerubah,
}

/// <summary>
/// The import flow both registers share: read every row, report each bad row by its line and key, then
/// store all rows in one transaction (<c>mode=semua</c>: only when no row is bad) or just the good ones
/// (<c>mode=valid</c>), with the derivation request when anything changed. Rows are matched to the register
/// by their key, so importing a file twice changes nothing the second time.
/// </summary>
internal static class ImporRegister
{
    public const int BarisMaksimum = 5000;
    public const string ModeSemua = "semua";
    public const string ModeValid = "valid";

    public static string PeriksaMode(string? mode) => mode switch
    {
        null or "" or ModeSemua => ModeSemua,
        ModeValid => ModeValid,
        _ => throw ValidationFailedException.For("mode", $"Mode '{TeksPengguna.Kutip(mode)}' tidak dikenal. Pilih: semua (berkas ditolak bila ada baris salah) atau valid (hanya baris yang benar disimpan)."),
    };

    public static async Task<LaporanImpor> JalankanAsync<T>(
        KoperasiUmkmDbContext db, AntrianTurunan antrian, string register, IReadOnlyList<BarisTabel> baris, string mode, string namaKunci,
        Func<BarisTabel, (string? Kunci, T? Isian, List<string> Pesan)> baca,
        Func<T, CancellationToken, Task<HasilBaris>> terapkan,
        CancellationToken cancellationToken)
        where T : class
    {
        var ditolak = new List<BarisDitolak>();
        var siap = new List<T>();
        var terlihat = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in baris)
        {
            var (kunci, isian, pesan) = baca(b);
            if (kunci is not null && !terlihat.TryAdd(kunci, b.Baris))
                pesan.Add($"{namaKunci} {TeksPengguna.Kutip(kunci)} sudah ada di baris {terlihat[kunci]} berkas ini.");
            if (pesan.Count > 0 || isian is null) ditolak.Add(new BarisDitolak(b.Baris, kunci is null ? null : TeksPengguna.Kutip(kunci, 100), pesan));
            else siap.Add(isian);
        }
        if (baris.Count == 0) throw ValidationFailedException.For("berkas", "Berkas tidak berisi baris data di bawah baris judul.");
        if (mode == ModeSemua && ditolak.Count > 0)
            throw new ValidationFailedException(
                ditolak.ToDictionary(d => $"baris {d.Baris}", d => d.Pesan.Select(p => d.Kunci is null ? p : $"{namaKunci} {d.Kunci}: {p}").ToArray()),
                $"Berkas ditolak; tidak ada yang disimpan. {ditolak.Count} baris bermasalah: {string.Join(", ", ditolak.Select(d => d.Baris))}. "
                + "Perbaiki baris tersebut, atau impor dengan mode 'hanya baris yang benar'.");

        int baru = 0, diubah = 0, tetap = 0;
        await using (var transaksi = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var isian in siap)
            {
                switch (await terapkan(isian, cancellationToken))
                {
                    case HasilBaris.Baru: baru++; break;
                    case HasilBaris.Diubah: diubah++; break;
                    default: tetap++; break;
                }
            }
            if (baru + diubah > 0) antrian.Minta(db, register);
            await db.SaveChangesAsync(cancellationToken);
            await transaksi.CommitAsync(cancellationToken);
        }
        if (baru + diubah > 0) antrian.Jalankan();
        return new LaporanImpor(mode, siap.Count > 0, baris.Count, baru, diubah, tetap, ditolak);
    }

    /// <summary>A cell's text, trimmed; null when empty.</summary>
    public static string? Sel(BarisTabel baris, string kolom) =>
        baris.Sel.TryGetValue(kolom, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>The canonical spelling of a choice written with any case or spacing (<c>tidak aktif</c> → <c>TidakAktif</c>).</summary>
    public static string? Pilihan(string? teks, IReadOnlyList<string> pilihan) =>
        teks is null ? null : pilihan.FirstOrDefault(p => Ringkas(p) == Ringkas(teks)) ?? teks;

    /// <summary>A kecamatan given by code or by name.</summary>
    public static string? Kecamatan(string? teks, HierarkiWilayah wilayah) =>
        teks is null ? null : wilayah.Kecamatan.FirstOrDefault(k => k.Kode == teks || Ringkas(k.Nama) == Ringkas(teks))?.Kode ?? teks;

    private static readonly string[] FormatTanggal = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "yyyy-MM-dd HH:mm:ss"];

    public static DateOnly? Tanggal(BarisTabel baris, string kolom, List<string> pesan)
    {
        if (Sel(baris, kolom) is not { } teks) return null;
        if (DateTime.TryParseExact(teks, FormatTanggal, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return DateOnly.FromDateTime(t);
        // A date cell of a spreadsheet arrives as its serial number (days since 1899-12-30).
        if (double.TryParse(teks, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is >= 36526 and < 73051)
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        pesan.Add($"{kolom}: '{TeksPengguna.Kutip(teks, 20)}' bukan tanggal; tulis seperti 2024-03-31.");
        return null;
    }

    private static string Ringkas(string teks) => new(teks.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
