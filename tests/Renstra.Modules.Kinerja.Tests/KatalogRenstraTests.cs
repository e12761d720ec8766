using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Tests;

/// <summary>
/// The indicators of Tabel 6.1/6.2 beyond Tabel 7.2, checked against a transcription of the document made
/// independently of rules/: level, module, satuan, formula, kondisi awal 2020, the targets 2022–2026 and the
/// plan-tree node each is listed under.
/// </summary>
public sealed class KatalogRenstraTests
{
    // kode, tingkat, modul, satuan, rumus, baseline (null = not printed), targets 2022…2026, plan-tree node (null = sasaran level)
    public static TheoryData<string, string, string, string, string, string?, string, string?> Dokumen => new()
    {
        { "SAS-02", "Sasaran", "Ketenagakerjaan", "juta rupiah", "data.Pdrb / data.PendudukBekerja", "80.09", "82 83 84 84 84", null },
        { "SAS-03", "Sasaran", "KoperasiUmkm", "%", "(data.JumlahKoperasi - sebelumnya.JumlahKoperasi) / sebelumnya.JumlahKoperasi * 100", "6.89", "3.22 3.3 3.4 3.5 3.6", null },
        { "SAS-04", "Sasaran", "KoperasiUmkm", "%", "(data.JumlahUsahaMikro - sebelumnya.JumlahUsahaMikro) / sebelumnya.JumlahUsahaMikro * 100", "9.58", "10.2 10.3 10.4 10.5 10.6", null },
        { "SAS-05", "Sasaran", "Sekretariat", "%", "data.OperasionalLancar / data.OperasionalDirencanakan * 100", "85", "90 90 90 90 90", null },
        { "SAS-06", "Sasaran", "Sekretariat", "%", "data.KebutuhanKantorTerpenuhi / data.KebutuhanKantor * 100", "85", "90 90 90 90 90", null },
        { "KEG-17", "Kegiatan", "Sekretariat", "%", "data.JasaPenunjangTerpenuhi / data.JasaPenunjangDibutuhkan * 100", "90", "90 90 90 90 90", "P01.K06" },
        { "KEG-18", "Kegiatan", "Sekretariat", "%", "data.PemeliharaanBmdTerpenuhi / data.PemeliharaanBmdDibutuhkan * 100", "90", "90 90 90 90 90", "P01.K07" },
        { "SUB-01", "Sub Kegiatan", "Ketenagakerjaan", "dokumen", "data.DokumenRtkDisusun", "0", "1 1 1 1 1", "P02.K01.S01" },
        { "SUB-02", "Sub Kegiatan", "Ketenagakerjaan", "orang", "data.PesertaSosialisasiRtkMikro", "0", "20 20 20 20 20", "P02.K01.S02" },
        { "SUB-03", "Sub Kegiatan", "Ketenagakerjaan", "orang", "data.PesertaSosialisasiPasarKerja", "0", "50 50 50 50 50", "P04.K01.S01" },
        { "SUB-04", "Sub Kegiatan", "Ketenagakerjaan", "orang", "data.PesertaJobFair", "0", "150 175 200 225 250", "P04.K01.S02" },
        { "SUB-05", "Sub Kegiatan", "Ketenagakerjaan", "aplikasi", "data.AplikasiPasarKerjaDikelola", "0", "0 1 1 1 1", "P04.K01.S03" },
        { "SUB-06", "Sub Kegiatan", "Ketenagakerjaan", "orang", "data.PesertaSosialisasiEppEpkb", "40", "40 40 40 40 40", "P11.K01.S01" },
        { "SUB-07", "Sub Kegiatan", "Ketenagakerjaan", "orang", "data.PesertaSosialisasiPendataanHi", "40", "40 40 40 40 40", "P11.K01.S02" },
        { "SUB-08", "Sub Kegiatan", "Ketenagakerjaan", "kab", "data.BimbinganHi", "1", "1 1 1 1 1", "P11.K02.S01" },
        { "SUB-09", "Sub Kegiatan", "Ketenagakerjaan", "perusahaan", "data.PerusahaanIkutSosialisasiNaker", "10", "10 10 10 10 10", "P11.K02.S01" },
        { "SUB-10", "Sub Kegiatan", "Ketenagakerjaan", "usulan", "data.UsulanUmp", "1", "1 1 1 1 1", "P11.K02.S01" },
        { "SUB-11", "Sub Kegiatan", "Ketenagakerjaan", "kasus", "data.JumlahSengketa", "9", "9 9 9 9 9", "P11.K02.S02" },
        { "SUB-12", "Sub Kegiatan", "Ketenagakerjaan", "SP/SB", "data.PerusahaanBerserikat", "6", "6 6 6 6 6", "P11.K02.S03" },
        { "SUB-13", "Sub Kegiatan", "Ketenagakerjaan", "laporan", "data.LaporanLksTripartit", "1", "1 1 1 1 1", "P11.K02.S04" },
        { "SUB-14", "Sub Kegiatan", "KoperasiUmkm", "koperasi", "data.KoperasiDibinaDiawasi", "65", "65 65 65 65 65", "P05.K01.S01" },
        { "SUB-15", "Sub Kegiatan", "KoperasiUmkm", "unit", "data.KspUspDinilai", "0", "41 41 41 41 41", "P06.K01.S01" },
        { "SUB-16", "Sub Kegiatan", "KoperasiUmkm", "orang", "data.AnggotaIkutPelatihan", "115", "120 120 120 120 120", "P07.K01.S01" },
        { "SUB-17", "Sub Kegiatan", "KoperasiUmkm", "koperasi", "data.KoperasiIkutSosialisasiManajemen", "0", "25 25 25 25 25", "P08.K01.S01" },
        { "SUB-18", "Sub Kegiatan", "KoperasiUmkm", "orang", "data.PesertaSosialisasiKemitraanUm", "40", "40 40 40 40 40", "P09.K01.S01" },
        { "SUB-19", "Sub Kegiatan", "KoperasiUmkm", "orang", "data.PesertaPemberdayaanKelembagaanUm", "40", "40 40 40 40 40", "P09.K01.S02" },
        { "SUB-20", "Sub Kegiatan", "KoperasiUmkm", "orang", "data.PesertaKoordinasiPemberdayaanUm", "0", "40 40 40 40 40", "P09.K01.S03" },
        { "SUB-21", "Sub Kegiatan", "KoperasiUmkm", "peminjam", "data.PeminjamP3kumkDimonev", null, "300 320 350 375 400", "P10.K01.S01" },
        { "SUB-22", "Sub Kegiatan", "KoperasiUmkm", "orang", "data.PesertaPelatihanKemasan", null, "40 40 40 40 40", "P10.K01.S01" },
        { "SUB-23", "Sub Kegiatan", "KoperasiUmkm", "kali", "data.PameranDiikuti", null, "3 3 3 3 3", "P10.K01.S01" },
        { "SUB-24", "Sub Kegiatan", "Sekretariat", "dokumen", "data.DokumenPerencanaanTepatWaktu", "4", "4 4 4 4 4", "P01.K01.S01" },
        { "SUB-25", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanGajiTunjangan", "12", "12 12 12 12 12", "P01.K02.S01" },
        { "SUB-26", "Sub Kegiatan", "Sekretariat", "stel", "data.PakaianDinasDiadakan", "80", "60 60 60 60 60", "P01.K03.S01" },
        { "SUB-27", "Sub Kegiatan", "Sekretariat", "orang", "data.PegawaiIkutDiklat", "4", "4 6 8 19 11", "P01.K03.S02" },
        { "SUB-28", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanKomponenListrik", "12", "12 12 12 12 12", "P01.K04.S01" },
        { "SUB-29", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanPeralatanKantor", "12", "12 12 12 12 12", "P01.K04.S02" },
        { "SUB-30", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanPeralatanRumahTangga", "12", "12 12 12 12 12", "P01.K04.S03" },
        { "SUB-31", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanBahanLogistik", "12", "12 12 12 12 12", "P01.K04.S04" },
        { "SUB-32", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanBarangCetak", "12", "12 12 12 12 12", "P01.K04.S05" },
        { "SUB-33", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanKunjunganTamu", "12", "12 12 12 12 12", "P01.K04.S06" },
        { "SUB-34", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanRapatKoordinasi", "12", "12 12 12 12 12", "P01.K04.S07" },
        { "SUB-35", "Sub Kegiatan", "Sekretariat", "unit", "data.KendaraanDinasDiadakan", "0", "0 1 2 1 2", "P01.K05.S01" },
        { "SUB-36", "Sub Kegiatan", "Sekretariat", "paket", "data.MebelDiadakan", "1", "1 1 1 1 1", "P01.K05.S02" },
        { "SUB-37", "Sub Kegiatan", "Sekretariat", "paket", "data.GedungDiadakan", "1", "1 1 1 1 1", "P01.K05.S03" },
        { "SUB-38", "Sub Kegiatan", "Sekretariat", "paket", "data.SaranaGedungDiadakan", "2", "2 2 2 2 2", "P01.K05.S04" },
        { "SUB-39", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanJasaSuratMenyurat", "12", "12 12 12 12 12", "P01.K06.S01" },
        { "SUB-40", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanJasaKomunikasi", "12", "12 12 12 12 12", "P01.K06.S02" },
        { "SUB-41", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanJasaPelayananUmum", "12", "12 12 12 12 12", "P01.K06.S03" },
        { "SUB-42", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanPemeliharaanKendaraan", "12", "12 12 12 12 12", "P01.K07.S01" },
        { "SUB-43", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanPemeliharaanGedung", "12", "12 12 12 12 12", "P01.K07.S02" },
        { "SUB-44", "Sub Kegiatan", "Sekretariat", "bulan", "data.BulanPemeliharaanSarana", "12", "12 12 12 12 12", "P01.K07.S03" },
    };

    private static readonly IReadOnlyList<JsonElement> Target =
        AturanBawaan.Berkas.Target().Select(t => JsonSerializer.SerializeToElement(t, Data.Bawaan.BerkasAturan.Json)).ToList();

    private static JsonElement TargetDari(string kode) => Target.Single(t => t.GetProperty("kode").GetString() == kode);

    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Dokumen))]
    public void Added_indicator_matches_the_document(
        string kode, string tingkat, string modul, string satuan, string rumus, string? baseline, string target, string? simpul)
    {
        var rule = AturanBawaan.Berkas.Indikator().Single(w => w.WorkflowName == kode).Rules.Single();
        Assert.Equal(tingkat, rule.Properti("tingkat"));
        Assert.Equal(modul, rule.Properti("modul"));
        Assert.Equal(satuan, rule.Properti("satuan"));
        Assert.Equal("Positif", rule.Properti("polaritas"));
        Assert.Equal(rumus, rule.Output);

        var t = TargetDari(kode);
        if (baseline is null) Assert.Equal(JsonValueKind.Null, t.GetProperty("baseline").ValueKind);
        else Assert.Equal(D(baseline), t.GetProperty("baseline").GetDecimal());
        var tahunan = t.GetProperty("target").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());
        Assert.Equal(["2022", "2023", "2024", "2025", "2026"], tahunan.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(target.Split(' ').Select(D), tahunan.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value));
        var sumber = t.GetProperty("sumber");
        Assert.Contains("Tabel 6.", sumber.GetProperty("target").GetString(), StringComparison.Ordinal);
        Assert.Contains("Kondisi Awal 2020", sumber.GetProperty("baseline").GetString(), StringComparison.Ordinal);

        // Every variable the formula reads is declared by the indicator's own module.
        var variabel = AturanBawaan.Berkas.KatalogVariabel().Single(k => k.Modul == modul).Variabel.Select(v => v.Kode).ToHashSet();
        foreach (var nama in System.Text.RegularExpressions.Regex.Matches(rumus, @"(?:data|sebelumnya)\.(\w+)").Select(m => m.Groups[1].Value))
            Assert.Contains(nama, variabel);

        var pohon = JsonNode.Parse(File.ReadAllText(Path.Combine(AturanBawaan.Direktori, "renstra", "rencana.json")))!;
        var daftar = Simpul(pohon).Where(n => n["indikator"]!.AsArray().Any(k => k!.GetValue<string>() == kode)).ToList();
        var satu = Assert.Single(daftar);
        Assert.Equal(simpul, satu["id"]?.GetValue<string>());
    }

    private static IEnumerable<JsonNode> Simpul(JsonNode pohon)
    {
        foreach (var tujuan in pohon["tujuan"]!.AsArray())
        {
            yield return tujuan!;
            foreach (var sasaran in tujuan!["sasaran"]!.AsArray())
            {
                yield return sasaran!;
                foreach (var n in Turunan(sasaran!)) yield return n;
            }
        }
    }

    private static IEnumerable<JsonNode> Turunan(JsonNode node)
    {
        foreach (var anak in new[] { "program", "kegiatan", "subKegiatan" }.SelectMany(k => node[k]?.AsArray() ?? []))
        {
            yield return anak!;
            foreach (var n in Turunan(anak!)) yield return n;
        }
    }

    public static TheoryData<string, string, string?, string> RumusRasio => new()
    {
        // kode, data, sebelumnya, realisasi (2 decimals)
        { "SAS-02", "Pdrb=5412275;PendudukBekerja=67580", null, "80.09" },
        { "SAS-03", "JumlahKoperasi=127", "JumlahKoperasi=123", "3.25" },
        { "SAS-04", "JumlahUsahaMikro=110", "JumlahUsahaMikro=100", "10" },
        { "SAS-05", "OperasionalLancar=9;OperasionalDirencanakan=10", null, "90" },
        { "SAS-06", "KebutuhanKantorTerpenuhi=17;KebutuhanKantor=20", null, "85" },
        { "KEG-17", "JasaPenunjangTerpenuhi=27;JasaPenunjangDibutuhkan=30", null, "90" },
        { "KEG-18", "PemeliharaanBmdTerpenuhi=45;PemeliharaanBmdDibutuhkan=50", null, "90" },
    };

    private static Dictionary<string, NilaiPeriode> Nilai(string? s) => s is null ? [] : s.Split(';')
        .Select(p => p.Split('=')).ToDictionary(p => p[0], p => new NilaiPeriode(D(p[1]), "uji"));

    [Theory]
    [MemberData(nameof(RumusRasio))]
    public void Added_ratio_formula_computes(string kode, string data, string? sebelumnya, string realisasi)
    {
        var hasil = PenghitungCapaian.Hitung(AturanBawaan.Indikator(kode), Nilai(data), Nilai(sebelumnya), null, AturanBawaan.Capaian);
        Assert.Equal(D(realisasi), Math.Round(hasil.Realisasi!.Value, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Every_sub_kegiatan_output_reads_its_variable_and_meets_its_target_at_the_target()
    {
        var sub = AturanBawaan.Berkas.Indikator().Where(w => w.Rules[0].Properti("tingkat") == "Sub Kegiatan").ToList();
        Assert.Equal(44, sub.Count);
        foreach (var w in sub)
        {
            var variabel = w.Rules[0].Output!["data.".Length..];
            var target = TargetDari(w.WorkflowName).GetProperty("target").GetProperty("2026").GetDecimal();
            var hasil = PenghitungCapaian.Hitung(AturanBawaan.Indikator(w.WorkflowName),
                new Dictionary<string, NilaiPeriode> { [variabel] = new(target, "uji") }, new Dictionary<string, NilaiPeriode>(), new TargetBerlaku(target, null, "2026"), AturanBawaan.Capaian);
            Assert.Equal(target, hasil.Realisasi);
            Assert.Equal(target == 0 ? null : 100m, hasil.Capaian);
        }
    }

    public static TheoryData<string, string, string> KonflikTercatat => new()
    {
        // kode, bagian (prefix), a value printed elsewhere that the note must name
        { "IKU-01", "target 2025–2026", "50 dan 50,5" },
        { "IKU-03", "baseline", "62.92" },
        { "IKU-03", "target 2022–2026", "63 63,20 63,30 63,40 63,50" },
        { "IKU-04", "baseline", "1.81" },
        { "RPJMD-04", "target 2024", "0.12" },
        { "RPJMD-06", "target 2021–2026", "84,80 84,85 84,90 84,95 85; akhir 85" },
        { "KEG-03", "rumus", "Σ tenaga kerja yang ditempatkan / Σ pencari kerja yang terdaftar (sama dengan PRG-03)" },
        { "PRG-06", "rumus (pembilang)", "Σ usaha simpan pinjam yang dinilai kesehatannya / Σ usaha simpan pinjam yang ada" },
        { "PRG-08", "rumus (pembilang)", "Σ koperasi yang mengikuti pendidikan dan pelatihan / Σ koperasi yang ada" },
        { "KEG-09", "rumus (pembilang)", "Σ anggota koperasi yang diberikan dukungan fasilitasi kemitraan / Σ koperasi yang ada" },
        { "SAS-02", "target 2022–2026", "82.000,000 (sama untuk semua tahun)" },
        { "SAS-03", "target 2023–2026", "5,30 1,40 3,58 3,60; akhir 3,80" },
        { "SUB-27", "target 2025", "19 (deret 4, 6, 8, 19, 11; akhir periode 12)" },
    };

    [Theory]
    [MemberData(nameof(KonflikTercatat))]
    public void Every_known_conflict_carries_the_other_printed_value_and_a_reason(string kode, string bagian, string tercetak)
    {
        var perbedaan = TargetDari(kode).GetProperty("sumber").GetProperty("perbedaan").EnumerateArray()
            .Single(p => p.GetProperty("bagian").GetString()!.StartsWith(bagian, StringComparison.Ordinal));
        var nilai = perbedaan.GetProperty("tercetak").EnumerateArray().Select(t => t.GetProperty("nilai"))
            .Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDecimal().ToString(CultureInfo.InvariantCulture) : v.GetString());
        Assert.Contains(tercetak, nilai);
        Assert.True(perbedaan.GetProperty("alasan").GetString()!.Length > 20);
    }

    [Fact]
    public void Every_shipped_indicator_names_the_table_of_its_baseline_and_targets()
    {
        var kode = AturanBawaan.Berkas.Indikator().Select(w => w.WorkflowName).ToList();
        foreach (var k in kode)
        {
            var sumber = TargetDari(k).GetProperty("sumber");
            Assert.Matches(@"^Tabel \d\.\d", sumber.GetProperty("baseline").GetString());
            Assert.Matches(@"^Tabel \d\.\d", sumber.GetProperty("target").GetString());
        }
    }
}
