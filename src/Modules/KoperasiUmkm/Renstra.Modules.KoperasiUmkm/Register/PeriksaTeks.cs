using Renstra.Shared.Abstractions;

namespace Renstra.Modules.KoperasiUmkm.Register;

/// <summary>Field checks the register forms share, each adding an Indonesian message to the field's errors.</summary>
internal static class PeriksaTeks
{
    public static void Wajib(Dictionary<string, string[]> galat, string kolom, string? nilai, int maks)
    {
        if (string.IsNullOrWhiteSpace(nilai)) galat[kolom] = ["Wajib diisi."];
        else Opsional(galat, kolom, nilai, maks);
    }

    public static void Opsional(Dictionary<string, string[]> galat, string kolom, string? nilai, int maks)
    {
        if (nilai is null) return;
        if (nilai.Trim().Length > maks) galat[kolom] = [$"Paling banyak {maks} karakter."];
        else if (nilai.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
            galat[kolom] = ["Berisi karakter kendali yang tidak diizinkan."];
    }

    public static void Pilihan(Dictionary<string, string[]> galat, string kolom, string? nilai, IReadOnlyList<string> pilihan, bool wajib)
    {
        if (nilai is null)
        {
            if (wajib) galat[kolom] = [$"Wajib diisi: {string.Join(", ", pilihan)}."];
            return;
        }
        if (!pilihan.Contains(nilai)) galat[kolom] = [$"'{TeksPengguna.Kutip(nilai)}' tidak dikenal. Pilih: {string.Join(", ", pilihan)}."];
    }

    public static void Tanggal(Dictionary<string, string[]> galat, string kolom, DateOnly? nilai, DateOnly hariIni)
    {
        if (nilai is not { } t) return;
        if (t.Year < Periode.TahunMinimum) galat[kolom] = [$"Tanggal sebelum tahun {Periode.TahunMinimum} tidak diterima."];
        else if (t > hariIni) galat[kolom] = ["Tanggal tidak boleh di masa depan."];
    }
}
