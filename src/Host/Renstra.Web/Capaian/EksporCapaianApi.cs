using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Web.Capaian;

/// <summary>
/// GET /api/capaian/ekspor?tahun=&amp;periode=&amp;bidang=&amp;format=csv|xlsx: the web page's capaian download as an API
/// (docs/beranda.md "Export"): the same file, made by <see cref="BerkasCapaian"/> from stored results. It lives with the
/// web UI because the file is made for people (Indonesian numbers, title, office heading) by the UI's builder.
/// </summary>
public static class EksporCapaianApi
{
    /// <summary>What the query asked for, checked: every wrong parameter is one field error, all reported at once.</summary>
    public sealed record Permintaan(int Tahun, int? Triwulan, string? Bidang, string Format)
    {
        /// <summary>The request from the query text; <see cref="ValidationFailedException"/> (400) when anything is wrong.</summary>
        public static Permintaan Dari(string? tahun, string? periode, string? bidang, string? format)
        {
            var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
            int? t = null;
            if (!string.IsNullOrWhiteSpace(tahun))
            {
                if (int.TryParse(tahun.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var angka)) t = angka;
                else galat["tahun"] = [$"Tahun '{TeksPengguna.Kutip(tahun, 20)}' bukan angka tahun, mis. 2024."];
            }
            int? triwulan = null;
            if (!string.IsNullOrWhiteSpace(periode))
            {
                if (!Periode.TryParse(periode.Trim(), out var p)) galat["periode"] = [Periode.PesanFormatSalah(periode)];
                else if (t is { } th && th != p.Tahun) galat["periode"] = [$"Periode {p} tidak berada di tahun {th}."];
                else (t, triwulan) = (p.Tahun, p.Triwulan);
            }
            if (t is null && !galat.ContainsKey("tahun") && !galat.ContainsKey("periode"))
                galat["tahun"] = ["Parameter tahun (atau periode) wajib diisi, mis. ?tahun=2024 atau ?periode=2024-T2."];
            if (t is { } y && BerkasCapaian.GalatTahun(y) is { } galatTahun)
                galat[string.IsNullOrWhiteSpace(periode) ? "tahun" : "periode"] = [galatTahun];

            string? modul = null;
            if (!string.IsNullOrWhiteSpace(bidang))
            {
                modul = NamaModul.SemuaBidang.FirstOrDefault(m => Ringkas(m) == Ringkas(bidang));
                if (modul is null)
                    galat["bidang"] = [$"Bidang '{TeksPengguna.Kutip(bidang, 40)}' tidak dikenal. Pilihan: {string.Join(", ", NamaModul.SemuaBidang)}."];
            }
            var f = BerkasCapaian.NormalkanFormat(format);
            if (f is null) galat["format"] = [BerkasCapaian.GalatFormat];
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Permintaan unduhan tabel capaian tidak valid.");
            return new(t!.Value, triwulan, modul, f!);
        }

        /// <summary>"koperasi-umkm", "KoperasiUmkm" and "koperasi umkm" compare equal.</summary>
        private static string Ringkas(string s) => new(s.Trim().Where(c => c is not (' ' or '-' or '_')).Select(char.ToLowerInvariant).ToArray());
    }

    internal static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/capaian/ekspor", async (string? tahun, string? periode, string? bidang, string? format,
                BerkasCapaian berkas, HttpContext http, CancellationToken ct) =>
            {
                var p = Permintaan.Dari(tahun, periode, bidang, format);
                var jadi = await berkas.BuatAsync(p.Tahun, p.Triwulan, new SaringanCapaian(p.Bidang), p.Format, ct);
                http.Response.Headers.CacheControl = "private, no-cache";
                // A client holding this content (the download time aside) gets 304, as with GET /api/capaian.
                return Results.File(jadi.Isi, jadi.JenisKonten, jadi.NamaBerkas, entityTag: EntityTagHeaderValue.Parse(jadi.ETag));
            })
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Capaian")
            .WithSummary("Unduh tabel capaian satu tahun atau triwulan (CSV atau XLSX) seperti unduhan halaman web: judul, nama dinas, "
                + "tanggal unduh, realisasi dan capaian dibulatkan dua desimal; ?bidang= menyaring satu bidang. Dari hasil tersimpan; ETag.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();
}
