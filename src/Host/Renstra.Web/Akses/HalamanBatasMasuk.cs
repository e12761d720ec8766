using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Renstra.Web.Akses;

/// <summary>
/// What a person sees when the sign-in form is refused for too many attempts from their address (429):
/// a page in Indonesian in the UI's style, never the API's JSON. Written directly, as the refusal happens
/// before any page runs; it shows nothing the request sent.
/// </summary>
public static class HalamanBatasMasuk
{
    /// <summary>Writes the page; <paramref name="detik"/> is how long to wait, when known.</summary>
    public static Task TulisAsync(HttpContext context, int? detik)
    {
        var tunggu = detik is { } d
            ? $"Coba lagi dalam {d.ToString(CultureInfo.InvariantCulture)} detik."
            : "Coba lagi sebentar lagi.";
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="id">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>Terlalu banyak percobaan · Renstra Kinerja</title>
                <link rel="stylesheet" href="/_content/Renstra.Web/css/renstra.css" />
            </head>
            <body>
                <header class="kepala"><div class="kepala-atas"><a class="merek" href="/"><span class="merek-aplikasi">Renstra Kinerja</span></a></div></header>
                <main id="konten" class="konten">
                    <section class="kartu kartu-sempit" aria-labelledby="judul">
                        <h1 id="judul">Terlalu banyak percobaan masuk</h1>
                        <p class="pesan pesan-galat" role="alert">Terlalu banyak percobaan masuk dari jaringan Anda dalam waktu singkat. {{tunggu}}</p>
                        <p><a class="tombol tombol-utama" href="/masuk">Kembali ke halaman masuk</a></p>
                    </section>
                </main>
            </body>
            </html>
            """);
    }
}
