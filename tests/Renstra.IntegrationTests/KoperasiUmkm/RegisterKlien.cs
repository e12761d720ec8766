using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.KoperasiUmkm;

/// <summary>The register calls the register tests make, through the HTTP API as the KoperasiUmkm operator.</summary>
internal static class RegisterKlien
{
    public const string Manggar = "190601";
    public const string Gantung = "190602";
    public const string Dendang = "190603";
    public const string Damar = "190605";
    public const string Kabupaten = "1906";

    public static async Task<long> DaftarkanAsync(HttpClient client, string nomor, string kecamatan, string jenis = "Jasa", string berdiri = "2019-01-10")
    {
        var respons = await client.PostAsJsonAsync("/api/koperasi", new { nomorBadanHukum = nomor, nama = "Koperasi " + nomor, jenis, alamat = "Jl. Uji", kecamatan, tanggalBerdiri = berdiri });
        Assert.Equal(HttpStatusCode.Created, respons.StatusCode);
        return (await respons.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public static async Task LayananAsync(HttpClient client, long id, string jenis, string tanggal, string? hasil = null)
    {
        var respons = await client.PostAsJsonAsync($"/api/koperasi/{id}/layanan", new { jenis, tanggal, hasil });
        Assert.Equal(HttpStatusCode.Created, respons.StatusCode);
    }

    /// <summary>
    /// A variable of a kecamatan sheet once the register changes made so far are derived (the derivation is a
    /// queued job), or null while the sheet or the value is absent.
    /// </summary>
    public static async Task<decimal?> NilaiAsync(HttpClient client, string periode, string wilayah, string variabel)
    {
        await TungguTurunanAsync(client);
        return await NilaiSekarangAsync(client, periode, wilayah, variabel);
    }

    /// <summary>The variable as stored right now, without waiting for queued derivations.</summary>
    public static async Task<decimal?> NilaiSekarangAsync(HttpClient client, string periode, string wilayah, string variabel)
    {
        var respons = await client.GetAsync($"/api/koperasi-umkm/data/{periode}?wilayah={wilayah}");
        if (respons.StatusCode == HttpStatusCode.NotFound) return null;
        var lembar = await respons.Content.ReadFromJsonAsync<JsonElement>();
        return lembar.GetProperty("nilai").TryGetProperty(variabel, out var n) ? n.GetDecimal() : null;
    }

    /// <summary>The derivation queue (<c>GET /api/register/antrian-turunan</c>).</summary>
    public static Task<JsonElement> AntrianAsync(HttpClient client) => client.GetFromJsonAsync<JsonElement>("/api/register/antrian-turunan");

    /// <summary>Waits until no register change waits for its derived values.</summary>
    public static async Task TungguTurunanAsync(HttpClient client, TimeSpan? batas = null)
    {
        var antrian = await Eventually.WaitForAsync(() => AntrianAsync(client), a => a.GetProperty("menunggu").GetInt32() == 0, batas ?? TimeSpan.FromSeconds(60));
        Assert.True(antrian.GetProperty("menunggu").GetInt32() == 0, "register derivations still queued: " + antrian);
    }

    public static async Task<JsonElement> CapaianAsync(HttpClient client, string kode, string query, string wilayah)
    {
        var semua = await client.GetFromJsonAsync<JsonElement>($"/api/capaian?{query}&wilayah={wilayah}");
        return semua.EnumerateArray().Single(c => c.GetProperty("kode").GetString() == kode);
    }

    public static Task<JsonElement> CapaianSetelahAsync(HttpClient client, string kode, string query, string wilayah, decimal realisasi) =>
        Eventually.WaitForAsync(() => CapaianAsync(client, kode, query, wilayah),
            // The value, and no change that may still alter it waiting (a register's sheet revisions follow one another).
            c => c.GetProperty("realisasi").ValueKind == JsonValueKind.Number && c.GetProperty("realisasi").GetDecimal() == realisasi
                && c.GetProperty("status").GetString() != "SedangDihitung",
            // A register change rewrites up to 30 sheets per kecamatan; Kinerja follows each revision's event.
            TimeSpan.FromSeconds(120));
}
