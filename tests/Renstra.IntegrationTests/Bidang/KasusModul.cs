using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Bidang;

/// <summary>What the tests need to know about each bidang module: its route, operators and sample data.</summary>
public sealed record KasusModul(
    string Nama,
    string Slug,
    string Operator,
    string OperatorLain,
    IReadOnlyDictionary<string, decimal> LembarSah,
    string VariabelHitungan,
    string VariabelBerentang,
    decimal DiLuarRentang,
    IReadOnlyDictionary<string, decimal> TidakKonsisten,
    string PesanKonsistensi,
    string VariabelAsing,
    string IndikatorContoh,
    decimal RealisasiContoh)
{
    public static readonly IReadOnlyDictionary<string, KasusModul> Semua = new Dictionary<string, KasusModul>
    {
        ["Ketenagakerjaan"] = new(
            "Ketenagakerjaan", "ketenagakerjaan", RenstraApp.OperatorNaker, RenstraApp.OperatorKukm,
            new Dictionary<string, decimal> { ["PendudukUsiaKerja"] = 98620, ["AngkatanKerja"] = 70345, ["PendudukBekerja"] = 67580, ["Pengangguran"] = 2765 },
            "AngkatanKerja", "AngkatanKerja", 2_000_000,
            new Dictionary<string, decimal> { ["Pengangguran"] = 2000 },
            "Penduduk bekerja + pengangguran harus sama dengan angkatan kerja.",
            "JumlahKoperasi", "RPJMD-01", 3.93m),
        ["KoperasiUmkm"] = new(
            "KoperasiUmkm", "koperasi-umkm", RenstraApp.OperatorKukm, RenstraApp.OperatorSekretariat,
            new Dictionary<string, decimal> { ["JumlahKoperasi"] = 123, ["KoperasiAktif"] = 77, ["IndeksDayaSaingDaerah"] = 1.58m },
            "JumlahKoperasi", "IndeksDayaSaingDaerah", 6,
            new Dictionary<string, decimal> { ["KoperasiAktif"] = 200 },
            "Koperasi aktif tidak boleh melebihi jumlah koperasi.",
            "AngkatanKerja", "IKU-03", 62.60m),
        ["Sekretariat"] = new(
            "Sekretariat", "sekretariat", RenstraApp.OperatorSekretariat, RenstraApp.OperatorNaker,
            new Dictionary<string, decimal> { ["LaporanKinerja"] = 12, ["LaporanKinerjaSesuaiStandar"] = 12, ["NilaiAkip"] = 72.5m },
            "LaporanKinerja", "NilaiAkip", 101,
            new Dictionary<string, decimal> { ["LaporanKinerjaSesuaiStandar"] = 13 },
            "Pelaporan kinerja yang sesuai standar tidak boleh melebihi seluruh pelaporan kinerja.",
            "AngkatanKerja", "KEG-12", 100m),
    };

    public static TheoryData<string> Nama3 => new(Semua.Keys);

    public string Data(string periode, string? wilayah = null) =>
        $"/api/{Slug}/data/{periode}" + (wilayah is null ? "" : $"?wilayah={wilayah}");
}

internal static class BidangHttp
{
    public static Task<HttpResponseMessage> KirimAsync(this HttpClient client, string url, IReadOnlyDictionary<string, decimal> nilai, string? ifMatch = null) =>
        client.KirimMentahAsync(url, JsonSerializer.Serialize(new { nilai }), ifMatch);

    public static async Task<HttpResponseMessage> KirimMentahAsync(this HttpClient client, string url, string json, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>How many revisions <c>GET {sheet}/revisi</c> lists; it must answer 200 (the body and the app's last errors show when not).</summary>
    public static async Task<int> JumlahRevisiAsync(this HttpClient client, string url, RenstraApp app)
    {
        var jawab = await client.GetAsync(url + "/revisi");
        var isi = await jawab.Content.ReadAsStringAsync();
        Assert.True(jawab.StatusCode == HttpStatusCode.OK, $"GET {url}/revisi: {(int)jawab.StatusCode} {isi}{Environment.NewLine}{app.Galat}");
        return JsonDocument.Parse(isi).RootElement.GetArrayLength();
    }

    /// <summary><c>GET /api/{slug}/kelengkapan</c>, which must answer 200.</summary>
    public static async Task<JsonElement> KelengkapanAsync(this HttpClient client, string slug)
    {
        var jawab = await client.GetAsync($"/api/{slug}/kelengkapan");
        Assert.Equal(HttpStatusCode.OK, jawab.StatusCode);
        return await jawab.JsonAsync();
    }

    /// <summary>One period of a <c>kelengkapan</c> answer.</summary>
    public static JsonElement Periode(this JsonElement kelengkapan, string periode) =>
        kelengkapan.GetProperty("periode").EnumerateArray().Single(p => p.GetProperty("periode").GetString() == periode);

    public static Dictionary<string, decimal> Nilai(this JsonElement lembar) =>
        lembar.GetProperty("nilai").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());

    /// <summary>The realisasi Kinerja serves for one indicator and year (null while it has none).</summary>
    public static async Task<decimal?> RealisasiAsync(this HttpClient client, string kode, int tahun)
    {
        var daftar = await client.GetFromJsonAsync<JsonElement>($"/api/capaian?tahun={tahun}");
        var item = daftar.EnumerateArray().FirstOrDefault(i => i.GetProperty("kode").GetString() == kode);
        return item.ValueKind == JsonValueKind.Object && item.GetProperty("realisasi").ValueKind == JsonValueKind.Number
            ? Math.Round(item.GetProperty("realisasi").GetDecimal(), 2)
            : null;
    }

    /// <summary>Kinerja's copy of a sheet (its own database), read directly: what Kinerja will compute from.</summary>
    public static Dictionary<string, (decimal Nilai, int Revisi)> SalinanKinerja(this RenstraApp app, string modul, string periode, string wilayah = "1906")
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "kinerja.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Kode, Nilai, Revisi FROM NilaiVariabel WHERE Modul = $m AND Periode = $p AND Wilayah = $w";
        command.Parameters.AddWithValue("$m", modul);
        command.Parameters.AddWithValue("$p", periode);
        command.Parameters.AddWithValue("$w", wilayah);
        using var reader = command.ExecuteReader();
        var hasil = new Dictionary<string, (decimal, int)>();
        while (reader.Read()) hasil[reader.GetString(0)] = (reader.GetDecimal(1), reader.GetInt32(2));
        return hasil;
    }
}
