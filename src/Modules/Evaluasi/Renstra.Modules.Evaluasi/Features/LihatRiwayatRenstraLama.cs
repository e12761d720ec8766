using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Renstra.Modules.Evaluasi.Domain;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>A year's value of a Tabel 2.9 row: as printed, the ratio computed from it, and whether the printed ratio agrees.</summary>
public sealed record NilaiTahunRiwayat(int Tahun, decimal? Anggaran, decimal? Realisasi, decimal? RasioTercetak, decimal? RasioDihitung, bool Berbeda);

/// <summary>A kegiatan row of Tabel 2.9.</summary>
public sealed record BarisAnggaranRiwayat(string Program, string Uraian, IReadOnlyList<NilaiTahunRiwayat> Tahun);

/// <summary>A year's total of Tabel 2.9: the printed total, the sum of its rows, and the serapan the document's text cites.</summary>
public sealed record JumlahTahunRiwayat(
    int Tahun, decimal? AnggaranTercetak, decimal AnggaranDihitung, decimal? RealisasiTercetak, decimal RealisasiDihitung,
    decimal? SerapanDihitung, decimal? SerapanDalamTeks, bool Berbeda);

/// <summary>A Tabel 2.8 indicator: targets, realisasi and the printed ratios, per year 2016–2020.</summary>
public sealed record IndikatorRiwayat(
    string Urusan, string Uraian, string Satuan, IReadOnlyList<CapaianTahunRiwayat> Tahun);

/// <summary>A year of a Tabel 2.8 indicator; <c>rasioDihitung</c> is realisasi ÷ target × 100.</summary>
public sealed record CapaianTahunRiwayat(int Tahun, decimal? Target, decimal? Realisasi, decimal? RasioTercetak, decimal? RasioDihitung, bool Berbeda);

/// <summary>A place where the document disagrees with itself — listed, not corrected.</summary>
public sealed record SelisihDokumen(string Tabel, string Uraian, int Tahun, string Tercetak, string Dihitung);

/// <summary>History 2016–2020 (read-only, from the Renstra's own tables).</summary>
public sealed record RiwayatRenstra(
    string Sumber, IReadOnlyList<IndikatorRiwayat> Kinerja, IReadOnlyList<BarisAnggaranRiwayat> Anggaran,
    IReadOnlyList<JumlahTahunRiwayat> Jumlah, IReadOnlyList<SelisihDokumen> Selisih);

/// <summary>Loads rules/evaluasi/riwayat-2016-2020.json (embedded: a historical document never changes) once.</summary>
public sealed class RiwayatRenstraLama
{
    private readonly Lazy<RiwayatRenstra> _riwayat = new(Muat);

    internal RiwayatRenstra Data => _riwayat.Value;

    private static RiwayatRenstra Muat()
    {
        using var aliran = typeof(RiwayatRenstraLama).Assembly.GetManifestResourceStream("riwayat-2016-2020.json")
            ?? throw new InvalidOperationException("riwayat-2016-2020.json tidak tertanam.");
        using var dokumen = JsonDocument.Parse(aliran);
        var akar = dokumen.RootElement;
        var selisih = new List<SelisihDokumen>();

        var kinerja = new List<IndikatorRiwayat>();
        foreach (var i in akar.GetProperty("tabel28").GetProperty("indikator").EnumerateArray())
        {
            var uraian = i.GetProperty("uraian").GetString()!;
            var tahun = new List<CapaianTahunRiwayat>();
            for (var t = 2016; t <= 2020; t++)
            {
                var target = Angka(i.GetProperty("target"), t);
                var realisasi = Angka(i.GetProperty("realisasi"), t);
                var tercetak = Angka(i.GetProperty("rasioTercetak"), t);
                var dihitung = RingkasanAnggaran.Persen(realisasi, target);
                var berbeda = dihitung is not null && tercetak != dihitung;
                if (berbeda) selisih.Add(new SelisihDokumen("Tabel 2.8", uraian, t, Teks(tercetak), Teks(dihitung)));
                tahun.Add(new CapaianTahunRiwayat(t, target, realisasi, tercetak, dihitung, berbeda));
            }
            kinerja.Add(new IndikatorRiwayat(i.GetProperty("urusan").GetString()!, uraian, i.GetProperty("satuan").GetString()!, tahun));
        }

        var tabel29 = akar.GetProperty("tabel29");
        var anggaran = new List<BarisAnggaranRiwayat>();
        foreach (var b in tabel29.GetProperty("baris").EnumerateArray().Where(b => b.GetProperty("jenis").GetString() == "Kegiatan"))
        {
            var uraian = b.GetProperty("uraian").GetString()!;
            var tahun = new List<NilaiTahunRiwayat>();
            for (var t = 2017; t <= 2020; t++)
            {
                var a = Angka(b.GetProperty("anggaran"), t);
                var r = Angka(b.GetProperty("realisasi"), t);
                var tercetak = Angka(b.GetProperty("rasioTercetak"), t);
                var dihitung = RingkasanAnggaran.Persen(r, a);
                var berbeda = tercetak != dihitung;
                if (berbeda) selisih.Add(new SelisihDokumen("Tabel 2.9", uraian, t, Teks(tercetak), Teks(dihitung)));
                tahun.Add(new NilaiTahunRiwayat(t, a, r, tercetak, dihitung, berbeda));
            }
            anggaran.Add(new BarisAnggaranRiwayat(b.GetProperty("program").GetString()!, uraian, tahun));
        }

        var jumlahTercetak = tabel29.GetProperty("jumlahTercetak");
        var serapanTeks = tabel29.GetProperty("serapanDalamTeks");
        var jumlah = new List<JumlahTahunRiwayat>();
        for (var t = 2017; t <= 2020; t++)
        {
            var aHitung = anggaran.Sum(b => b.Tahun.Single(x => x.Tahun == t).Anggaran ?? 0m);
            var rHitung = anggaran.Sum(b => b.Tahun.Single(x => x.Tahun == t).Realisasi ?? 0m);
            var aCetak = Angka(jumlahTercetak.GetProperty("anggaran"), t);
            var rCetak = Angka(jumlahTercetak.GetProperty("realisasi"), t);
            var serapan = RingkasanAnggaran.Persen(rHitung, aHitung);
            var teks = Angka(serapanTeks, t);
            if (aCetak != aHitung) selisih.Add(new SelisihDokumen("Tabel 2.9", "Jumlah anggaran", t, Teks(aCetak), Teks(aHitung)));
            if (rCetak != rHitung) selisih.Add(new SelisihDokumen("Tabel 2.9", "Jumlah realisasi", t, Teks(rCetak), Teks(rHitung)));
            if (teks is not null && teks != serapan) selisih.Add(new SelisihDokumen("Teks BAB II", "Serapan anggaran", t, Teks(teks), Teks(serapan)));
            jumlah.Add(new JumlahTahunRiwayat(t, aCetak, aHitung, rCetak, rHitung, serapan, teks,
                aCetak != aHitung || rCetak != rHitung || (teks is not null && teks != serapan)));
        }
        return new RiwayatRenstra(akar.GetProperty("sumber").GetString()!, kinerja, anggaran, jumlah, selisih);
    }

    private static decimal? Angka(JsonElement objek, int tahun) =>
        objek.TryGetProperty(tahun.ToString(System.Globalization.CultureInfo.InvariantCulture), out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetDecimal() : null;

    private static string Teks(decimal? nilai) => nilai is { } n ? FormatAngka.Indonesia(n) : "(kosong)";
}

/// <summary>GET /api/evaluasi/riwayat: Tabel 2.8 and 2.9 of the Renstra as read-only history, with the document's own disagreements listed.</summary>
public static class LihatRiwayatRenstraLama
{
    public sealed record Query : IQuery<RiwayatRenstra>;

    public sealed class Handler(RiwayatRenstraLama riwayat) : IQueryHandler<Query, RiwayatRenstra>
    {
        public ValueTask<RiwayatRenstra> Handle(Query query, CancellationToken cancellationToken) => ValueTask.FromResult(riwayat.Data);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/evaluasi/riwayat", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new Query(), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Evaluasi")
            .WithSummary("Riwayat 2016–2020 dari Tabel 2.8 dan 2.9 Renstra (hanya baca, bersumber), dengan selisih dokumen yang tercatat.");
}
