using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MiniExcelLibs;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Bidang;

/// <summary>Template download, CSV/XLSX upload (good and bad, all or nothing) and the missing-data reminder.</summary>
public sealed class UnggahDanPengingatTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private readonly RenstraApp _app = fixture.App;

    private static MultipartFormDataContent Form(byte[] isi, string nama, string jenis)
    {
        var form = new MultipartFormDataContent();
        var berkas = new ByteArrayContent(isi);
        berkas.Headers.ContentType = new MediaTypeHeaderValue(jenis);
        form.Add(berkas, "berkas", nama);
        return form;
    }

    [Theory]
    [MemberData(nameof(KasusModul.Nama3), MemberType = typeof(KasusModul))]
    public async Task Csv_template_filled_in_is_accepted_as_a_revision(string modul)
    {
        var kasus = KasusModul.Semua[modul];
        var client = await _app.ClientForAsync(kasus.Operator);
        var templat = await client.GetAsync($"/api/{kasus.Slug}/templat?format=csv");
        Assert.Equal(HttpStatusCode.OK, templat.StatusCode);
        var baris = (await templat.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.Equal("Kode,Nama,Satuan,Nilai", baris[0]);
        Assert.All(kasus.LembarSah.Keys, k => Assert.Contains(baris, b => b.StartsWith(k + ",", StringComparison.Ordinal)));

        // Fill the template's Nilai column for the sample variables; leave the rest empty.
        var isi = new StringBuilder(baris[0] + "\r\n");
        foreach (var b in baris.Skip(1))
        {
            var kode = b.Split(',')[0];
            isi.Append(b).Append(kasus.LembarSah.TryGetValue(kode, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "").Append("\r\n");
        }
        using var form = Form(Encoding.UTF8.GetBytes(isi.ToString()), "data.csv", "text/csv");
        var response = await client.PostAsync(kasus.Data("2023-T4") + "/unggah", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(kasus.LembarSah, (await response.JsonAsync()).Nilai());
        var revisi = await (await client.GetAsync(kasus.Data("2023-T4") + "/revisi")).JsonAsync();
        Assert.Equal("csv", revisi[0].GetProperty("sumber").GetString());

        // The template prefilled for the period carries the stored values.
        var terisi = await (await client.GetAsync($"/api/{kasus.Slug}/templat?format=csv&periode=2023-T4")).Content.ReadAsStringAsync();
        Assert.Contains($"{kasus.VariabelHitungan},", terisi, StringComparison.Ordinal);
        Assert.Contains(kasus.LembarSah[kasus.VariabelHitungan].ToString(System.Globalization.CultureInfo.InvariantCulture), terisi, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KasusModul.Nama3), MemberType = typeof(KasusModul))]
    public async Task Xlsx_template_filled_in_is_accepted_and_a_bad_one_stores_nothing(string modul)
    {
        var kasus = KasusModul.Semua[modul];
        var client = await _app.ClientForAsync(kasus.Operator);
        var templat = await client.GetAsync($"/api/{kasus.Slug}/templat");
        Assert.Equal(HttpStatusCode.OK, templat.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", templat.Content.Headers.ContentType?.MediaType);
        var rows = (await templat.Content.ReadAsStreamAsync()).Query(useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.All(kasus.LembarSah.Keys, k => Assert.Contains(rows, r => (string?)r["Kode"] == k));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r["Nama"]?.ToString())));

        var terisi = rows.Select(r => new Dictionary<string, object?>
        {
            ["Kode"] = r["Kode"], ["Nama"] = r["Nama"], ["Satuan"] = r["Satuan"],
            ["Nilai"] = kasus.LembarSah.TryGetValue((string)r["Kode"]!, out var n) ? n : null,
        }).ToList();
        var xlsx = new MemoryStream();
        xlsx.SaveAs(terisi, excelType: ExcelType.XLSX);
        using var form = Form(xlsx.ToArray(), "data.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var response = await client.PostAsync(kasus.Data("2023-T3") + "/unggah", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(kasus.LembarSah, (await response.JsonAsync()).Nilai());

        // Bad XLSX: one good value and one text value — refused as a whole, field by field.
        var buruk = new List<Dictionary<string, object?>>
        {
            new() { ["Kode"] = kasus.VariabelHitungan, ["Nilai"] = kasus.LembarSah[kasus.VariabelHitungan] + 1 },
            new() { ["Kode"] = kasus.VariabelBerentang == kasus.VariabelHitungan ? kasus.LembarSah.Keys.Last() : kasus.VariabelBerentang, ["Nilai"] = "tiga" },
            new() { ["Kode"] = "VariabelKarangan", ["Nilai"] = 4 },
        };
        var xlsxBuruk = new MemoryStream();
        xlsxBuruk.SaveAs(buruk, excelType: ExcelType.XLSX);
        using var formBuruk = Form(xlsxBuruk.ToArray(), "buruk.xlsx", "application/octet-stream");
        var ditolak = await client.PostAsync(kasus.Data("2023-T3") + "/unggah", formBuruk);
        Assert.Equal(HttpStatusCode.BadRequest, ditolak.StatusCode);
        var errors = (await ditolak.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty((string)buruk[1]["Kode"]!, out _));
        Assert.True(errors.TryGetProperty("VariabelKarangan", out _));

        // A corrupt XLSX and a file of another kind are refused with a message, not a 500.
        using var rusak = Form([(byte)'P', (byte)'K', 3, 4, 1, 2, 3], "rusak.xlsx", "application/octet-stream");
        var r1 = await client.PostAsync(kasus.Data("2023-T3") + "/unggah", rusak);
        Assert.Equal(HttpStatusCode.BadRequest, r1.StatusCode);
        Assert.True((await r1.JsonAsync()).GetProperty("errors").TryGetProperty("berkas", out _));

        var lembar = await (await client.GetAsync(kasus.Data("2023-T3"))).JsonAsync();
        Assert.Equal(1, lembar.GetProperty("revisi").GetInt32());
        Assert.Equal(kasus.LembarSah, lembar.Nilai());
    }

    [Theory]
    [MemberData(nameof(KasusModul.Nama3), MemberType = typeof(KasusModul))]
    public async Task Bad_csv_uploads_are_refused_whole(string modul)
    {
        var kasus = KasusModul.Semua[modul];
        var client = await _app.ClientForAsync(kasus.Operator);
        var url = kasus.Data("2023-T1");
        Assert.Equal(HttpStatusCode.OK, (await client.KirimAsync(url, kasus.LembarSah)).StatusCode);
        var v = kasus.VariabelHitungan;
        var kasusBuruk = new Dictionary<string, (string Isi, string Kunci)>
        {
            ["teks"] = ($"Kode;Nilai\n{v};banyak\n", v),
            ["koma-desimal"] = ($"Kode,Nilai\n{v},\"70,5\"\n", v),
            ["negatif"] = ($"Kode,Nilai\n{v},-1\n", v),
            ["tanpa-kolom"] = ("Variabel,Angka\nX,1\n", "berkas"),
            ["kosong"] = ("Kode,Nilai\n", "berkas"),
            ["kode-kosong"] = ($"Kode,Nilai\n{v},1\n,5\n", "baris 3"),
            ["duplikat"] = ($"Kode,Nilai\n{v},1\n{v},2\n", v),
            ["tidak-konsisten"] = ("Kode,Nilai\n" + string.Join("\n", kasus.TidakKonsisten.Select(t => $"{t.Key},{t.Value}")) + "\n", kasus.TidakKonsisten.Keys.First()),
        };
        foreach (var (nama, (isi, kunci)) in kasusBuruk)
        {
            using var body = new ByteArrayContent(Encoding.UTF8.GetBytes(isi));
            body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            var response = await client.PostAsync(url + "/unggah", body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{nama}: {response.StatusCode}");
            var errors = (await response.JsonAsync()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(kunci, out _), $"{nama}: no error for '{kunci}' in {errors}");
        }
        var lembar = await (await client.GetAsync(url)).JsonAsync();
        Assert.Equal(1, lembar.GetProperty("revisi").GetInt32());
        Assert.Equal(kasus.LembarSah, lembar.Nilai());

        // Another module's operator cannot upload.
        var lain = await _app.ClientForAsync(kasus.OperatorLain);
        using var sah = new ByteArrayContent(Encoding.UTF8.GetBytes($"Kode,Nilai\n{v},{kasus.LembarSah[v]}\n"));
        sah.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        Assert.Equal(HttpStatusCode.Forbidden, (await lain.PostAsync(url + "/unggah", sah)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(KasusModul.Nama3), MemberType = typeof(KasusModul))]
    public async Task Reminder_lists_ended_periods_and_missing_variables(string modul)
    {
        var kasus = KasusModul.Semua[modul];
        var op = await _app.ClientForAsync(kasus.Operator);
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var tahunLalu = DateTime.UtcNow.Year - 1;
        Assert.Equal(HttpStatusCode.OK, (await op.KirimAsync(kasus.Data($"{tahunLalu}-T2"), kasus.LembarSah)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await op.PostAsync($"/api/{kasus.Slug}/kekurangan/hitung", null)).StatusCode);
        var hitung = await admin.PostAsync($"/api/{kasus.Slug}/kekurangan/hitung", null);
        Assert.Equal(HttpStatusCode.OK, hitung.StatusCode);

        var hasil = await (await op.GetAsync($"/api/{kasus.Slug}/kekurangan")).JsonAsync();
        Assert.Equal(modul, hasil.GetProperty("modul").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, hasil.GetProperty("dihitungPada").ValueKind);
        var periode = hasil.GetProperty("periode").EnumerateArray()
            .ToDictionary(p => p.GetProperty("periode").GetString()!, p => p.GetProperty("variabel").EnumerateArray().Select(x => x.GetString()!).ToList());
        Assert.Contains($"{tahunLalu}-T1", periode.Keys);
        Assert.Contains($"{tahunLalu}", periode.Keys);
        Assert.Contains(kasus.VariabelHitungan, periode[$"{tahunLalu}-T1"]);
        // T2 lacks only what was not submitted.
        Assert.All(kasus.LembarSah.Keys, k => Assert.DoesNotContain(k, periode.GetValueOrDefault($"{tahunLalu}-T2") ?? []));
        // A quarter that has not ended is never listed.
        Assert.DoesNotContain($"{DateTime.UtcNow.Year + 1}-T1", periode.Keys);
    }
}
