using Microsoft.AspNetCore.Http;
using Renstra.Modules.KoperasiUmkm.Features;
using Renstra.Shared.Errors;

namespace Renstra.Web.Pages.Register;

/// <summary>An import's report as a register page shows it: the counts and every refused row by its line and key.</summary>
/// <param name="Laporan">The import's report.</param>
/// <param name="JudulKunci">The key's column title (Nomor badan hukum, Nomor induk).</param>
public sealed record LaporanImporHalaman(LaporanImpor Laporan, string JudulKunci);

/// <summary>The import form of a register page: the columns a file needs and the choice for bad rows.</summary>
/// <param name="Kolom">The column titles, as the file's header row writes them.</param>
/// <param name="Penjelasan">What the columns hold and how rows are matched.</param>
public sealed record FormImporHalaman(IReadOnlyList<string> Kolom, string Penjelasan);

/// <summary>The web form's way into a register import: the kernel's size limit before the file is copied.</summary>
public static class ImporRegisterHalaman
{
    public static async Task<byte[]> BacaAsync(IFormFile? berkas, CancellationToken cancellationToken)
    {
        if (berkas is null || berkas.Length == 0) throw ValidationFailedException.For("berkas", "Pilih berkas CSV atau XLSX terlebih dahulu.");
        if (berkas.Length > LaporanImpor.UkuranBerkasMaksimum)
            throw ValidationFailedException.For("berkas", $"Berkas melebihi {LaporanImpor.UkuranBerkasMaksimum / 1024} KB; bagi menjadi beberapa berkas.");
        using var isi = new MemoryStream();
        await berkas.CopyToAsync(isi, cancellationToken);
        return isi.ToArray();
    }
}
