using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Hosting;

namespace Renstra.Modules.Kinerja.Data.Bawaan;

/// <summary>
/// Imports the shipped rules on first start, one part at a time (variables, consistency rules,
/// capaian rules, indicators, targets). Idempotent: a part is imported only while its
/// <see cref="ImporBawaan"/> marker is absent, and the marker commits in the same transaction as the
/// rows, so two instances starting together cannot both import (the loser's insert of the marker
/// key fails, and it re-reads).
/// </summary>
internal sealed partial class ImporAturanBawaan(
    KinerjaDbContext db, LokasiAturan lokasi, IMesinRumus mesin, TimeProvider time, ILogger<ImporAturanBawaan> logger) : IStartupTask
{
    public const string Oleh = "sistem (aturan bawaan)";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var berkas = new BerkasAturan(lokasi.Direktori);
        await BagianAsync("variabel", () => Variabel(berkas), cancellationToken);
        await BagianAsync("validasi", () => Validasi(berkas), cancellationToken);
        await BagianAsync("capaian", () => Capaian(berkas), cancellationToken);
        await BagianAsync("proyeksi", () => Proyeksi(berkas), cancellationToken);
        await BagianAsync("indikator", () => Indikator(berkas), cancellationToken);
        await BagianAsync("target", () => Target(berkas), cancellationToken);
    }

    private async Task BagianAsync(string bagian, Action isi, CancellationToken cancellationToken)
    {
        if (await db.ImporBawaan.AnyAsync(i => i.Bagian == bagian, cancellationToken)) return;
        isi();
        db.ImporBawaan.Add(new ImporBawaan { Bagian = bagian, PadaUtc = Sekarang });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogImported(logger, bagian, lokasi.Direktori);
        }
        catch (DbUpdateException)
        {
            // Another instance imported this part at the same moment; its rows stand.
            if (!await SudahDiimporAsync(bagian, cancellationToken)) throw;
        }
        db.ChangeTracker.Clear();
    }

    private async Task<bool> SudahDiimporAsync(string bagian, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.ImporBawaan.AnyAsync(i => i.Bagian == bagian, cancellationToken);
    }

    private DateTime Sekarang => time.GetUtcNow().UtcDateTime;

    private void Variabel(BerkasAturan berkas)
    {
        var kode = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var katalog in berkas.KatalogVariabel())
        {
            foreach (var v in katalog.Variabel)
            {
                if (!kode.Add(v.Kode)) throw new InvalidOperationException($"Kode variabel {v.Kode} ganda (huruf besar/kecil tidak membedakan kode).");
                var variabel = new Variabel
                {
                    Kode = v.Kode, Modul = katalog.Modul, Nama = v.Nama, Satuan = v.Satuan, BilanganBulat = v.BilanganBulat,
                    Min = v.Min, Max = v.Max, Agregasi = v.Agregasi, Keterangan = v.Keterangan, Versi = 1,
                    DiubahOleh = Oleh, DiubahPadaUtc = Sekarang,
                };
                if (!Domain.Agregasi.Sah(variabel.Agregasi)) throw new InvalidOperationException($"Agregasi variabel {v.Kode} tidak sah.");
                db.Variabel.Add(variabel);
                db.VariabelRiwayat.Add(new VariabelRiwayat
                {
                    Kode = v.Kode, Versi = 1, Isi = JsonSerializer.Serialize(v, BerkasAturan.Json), DiubahOleh = Oleh, DiubahPadaUtc = Sekarang,
                });
            }
        }
    }

    private void Validasi(BerkasAturan berkas)
    {
        var variabel = BerkasVariabel(berkas);
        foreach (var workflow in berkas.Validasi())
        {
            var modul = workflow.WorkflowName.StartsWith("Validasi-", StringComparison.Ordinal) ? workflow.WorkflowName["Validasi-".Length..] : workflow.WorkflowName;
            var urutan = 0;
            foreach (var rule in workflow.Rules)
            {
                Pastikan(() => mesin.Periksa(rule.Expression, SkemaRumus.Syarat(variabel)), workflow.WorkflowName, rule.RuleName);
                var aturan = new AturanValidasi
                {
                    Modul = modul, Nama = rule.RuleName, Ekspresi = rule.Expression, Pesan = rule.ErrorMessage ?? rule.RuleName,
                    Urutan = ++urutan, Versi = 1, DiubahOleh = Oleh, DiubahPadaUtc = Sekarang,
                };
                db.AturanValidasi.Add(aturan);
                db.AturanRiwayat.Add(AturanRiwayat.Dari(aturan));
            }
        }
    }

    private void Capaian(BerkasAturan berkas)
    {
        var skema = new Dictionary<string, SkemaRumus>
        {
            ["Capaian"] = SkemaRumus.Angka(KonteksCapaian.Skalar),
            ["Kategori"] = SkemaRumus.Logika("capaian"),
            ["Predikat"] = SkemaRumus.Logika("nilai"),
        };
        foreach (var (jenis, file) in new[] { ("Capaian", "capaian"), ("Kategori", "kategori"), ("Predikat", "predikat") })
        {
            var urutan = 0;
            foreach (var rule in berkas.Capaian(file).Rules)
            {
                var ekspresi = jenis == "Capaian" ? rule.Output ?? "" : rule.Expression;
                Pastikan(() => mesin.Periksa(ekspresi, skema[jenis]), jenis, rule.RuleName);
                var aturan = new AturanCapaian
                {
                    Jenis = jenis, Nama = rule.RuleName, Ekspresi = ekspresi, Urutan = ++urutan, Versi = 1,
                    Properti = JsonSerializer.Serialize(rule.Properties ?? [], BerkasAturan.Json), DiubahOleh = Oleh, DiubahPadaUtc = Sekarang,
                };
                db.AturanCapaian.Add(aturan);
                db.AturanRiwayat.Add(AturanRiwayat.Dari(aturan));
            }
        }
    }

    /// <summary>The early-warning rules (jenis <c>Proyeksi</c>): one formula per method and the <c>Berisiko</c> band.</summary>
    private void Proyeksi(BerkasAturan berkas)
    {
        var urutan = 0;
        foreach (var rule in berkas.Capaian("proyeksi").Rules)
        {
            var berisiko = rule.RuleName == KonteksProyeksi.AturanBerisiko;
            var ekspresi = berisiko ? rule.Expression : rule.Output ?? "";
            Pastikan(() => mesin.Periksa(ekspresi, KonteksProyeksi.Skema(rule.RuleName)), JenisAturanCapaian.Proyeksi, rule.RuleName);
            var aturan = new AturanCapaian
            {
                Jenis = JenisAturanCapaian.Proyeksi, Nama = rule.RuleName, Ekspresi = ekspresi, Urutan = ++urutan, Versi = 1,
                Properti = JsonSerializer.Serialize(rule.Properties ?? [], BerkasAturan.Json), DiubahOleh = Oleh, DiubahPadaUtc = Sekarang,
            };
            db.AturanCapaian.Add(aturan);
            db.AturanRiwayat.Add(AturanRiwayat.Dari(aturan));
        }
    }

    private void Indikator(BerkasAturan berkas)
    {
        var variabel = BerkasVariabel(berkas);
        var urutanKatalog = berkas.Target().Select((t, i) => (t.Kode, i)).ToDictionary(x => x.Kode, x => x.i + 1);
        foreach (var workflow in berkas.Indikator())
        {
            var rule = workflow.Rules.Single();
            var rumus = rule.Output ?? throw new InvalidOperationException($"Indikator {workflow.WorkflowName} tanpa OutputExpression.");
            var acuan = Pastikan(() => mesin.Periksa(rumus, SkemaRumus.Indikator(variabel)), workflow.WorkflowName, rule.RuleName);
            var syarat = string.IsNullOrWhiteSpace(rule.Expression) || rule.Expression.Trim() == "true" ? null : rule.Expression;
            if (syarat is not null) Pastikan(() => mesin.Periksa(syarat, SkemaRumus.Syarat(variabel)), workflow.WorkflowName, "syarat");
            db.Indikator.Add(new Indikator
            {
                Kode = workflow.WorkflowName, VersiTerakhir = 1,
                Urutan = urutanKatalog.GetValueOrDefault(workflow.WorkflowName, 1000),
            });
            db.IndikatorVersi.Add(new IndikatorVersi
            {
                Kode = workflow.WorkflowName, Versi = 1, Nama = rule.Properti("nama") ?? workflow.WorkflowName,
                Satuan = rule.Properti("satuan") ?? "", Polaritas = rule.Properti("polaritas") ?? "Positif",
                Modul = rule.Properti("modul") ?? "", Tingkat = rule.Properti("tingkat"),
                AturanCapaian = rule.Properti("aturanCapaian") ?? rule.Properti("polaritas") ?? "Positif",
                Rumus = rumus, Syarat = syarat, DefinisiOperasional = rule.Properti("definisiOperasional"),
                Variabel = string.Join(',', acuan.Where(a => a.Sumber != SumberNilai.Skalar).Select(a => a.Nama).Distinct()),
                DiubahOleh = Oleh, DiubahPadaUtc = Sekarang,
            });
        }
    }

    private void Target(BerkasAturan berkas)
    {
        // Runs after the indicators: the baseline lives on the indicator's head row.
        var kepala = db.Indikator.ToDictionary(i => i.Kode);
        foreach (var t in berkas.Target())
        {
            if (kepala.TryGetValue(t.Kode, out var indikator))
            {
                (indikator.BaselineNilai, indikator.BaselineTeks) = NilaiAtauTeks(t.Baseline);
            }
            foreach (var (tahun, nilai) in t.Target)
            {
                var (angka, teks) = NilaiAtauTeks(nilai);
                db.TargetIndikator.Add(new TargetIndikator
                {
                    Kode = t.Kode, Periode = int.Parse(tahun, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
                    Nilai = angka, Predikat = teks, DiubahOleh = Oleh, DiubahPadaUtc = Sekarang,
                });
            }
        }
    }

    private static (decimal?, string?) NilaiAtauTeks(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number when e.TryGetDecimal(out var n) && BatasNilai.Sah(n) => (n, null),
        JsonValueKind.Number => throw new InvalidOperationException($"Target/baseline {e.GetRawText()} di luar batas ±10^15."),
        JsonValueKind.String => (null, e.GetString()),
        _ => (null, null),
    };

    private static HashSet<string> BerkasVariabel(BerkasAturan berkas) =>
        berkas.KatalogVariabel().SelectMany(k => k.Variabel).Select(v => v.Kode).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<AcuanNilai> Pastikan(Func<IReadOnlyList<AcuanNilai>> periksa, string workflow, string rule)
    {
        try
        {
            return periksa();
        }
        catch (RumusDitolakException e)
        {
            throw new InvalidOperationException($"Aturan bawaan {workflow}/{rule} ditolak: {e.Message}", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported shipped rules part {Part} from {Directory}")]
    private static partial void LogImported(ILogger logger, string part, string directory);
}
