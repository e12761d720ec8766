using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Renstra.Modules.Kinerja.Data.Bawaan;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Modules.Kinerja.Rules;

if (args is ["nasional", ..])
{
    await HitungUlangNasional.JalankanAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 514);
    return;
}

var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithLaunchCount(1))
    .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(EvaluasiIndikator).Assembly).Run(args, config);

/// <summary>Per-evaluation cost of RPJMD-01 on the bulk path vs the same formula hand-written in C#.</summary>
[MemoryDiagnoser]
public class EvaluasiIndikator
{
    private RumusTerkompilasi _rumus = null!;
    private readonly decimal[] _slot = new decimal[2];
    private readonly Func<decimal, decimal, decimal> _tulisanTangan = (pengangguran, angkatanKerja) => pengangguran / angkatanKerja * 100;

    [GlobalSetup]
    public void Setup()
    {
        _rumus = new MesinRumus().Kompilasi("indikator:RPJMD-01:1", "data.Pengangguran / data.AngkatanKerja * 100",
            SkemaRumus.Indikator(["Pengangguran", "AngkatanKerja"]));
        _slot[0] = 2765m;
        _slot[1] = 70345m;
    }

    [Benchmark(Baseline = true)]
    public decimal TulisanTangan() => _tulisanTangan(_slot[0], _slot[1]);

    [Benchmark]
    public decimal RulesEngineTerkompilasi()
    {
        _rumus.TryHitung(_slot, out var hasil, out _);
        return hasil;
    }
}

/// <summary>Full recompute of the shipped catalog (38 indicators) over 2021–2026 × (year + 4 quarters) = 30 periods.</summary>
[MemoryDiagnoser]
public class HitungUlangKatalog
{
    private (RumusTerkompilasi Rumus, decimal[] Slot)[] _kerja = [];
    private Func<decimal[], decimal>[] _tulisanTangan = [];

    [GlobalSetup]
    public void Setup()
    {
        var berkas = new BerkasAturan(CariRules());
        var skema = SkemaRumus.Indikator(berkas.KatalogVariabel().SelectMany(k => k.Variabel).Select(v => v.Kode));
        var mesin = new MesinRumus();
        var rumus = berkas.Indikator().Select(w => mesin.Kompilasi("indikator:" + w.WorkflowName + ":1", w.Rules[0].Output!, skema)).ToList();
        var acak = new Random(42);
        _kerja = Enumerable.Range(0, 30).SelectMany(_ => rumus)
            .Select(r => (r, Enumerable.Range(0, r.JumlahSlot).Select(_ => (decimal)acak.Next(1, 100000)).ToArray())).ToArray();
        // The hand-written baseline: a typical ratio formula per evaluation, same inputs.
        _tulisanTangan = _kerja.Select(k => (Func<decimal[], decimal>)(s => s.Length >= 2 ? s[0] / s[1] * 100 : s[0])).ToArray();
    }

    [Benchmark(Baseline = true)]
    public decimal TulisanTangan()
    {
        decimal total = 0;
        for (var i = 0; i < _kerja.Length; i++) total += _tulisanTangan[i](_kerja[i].Slot);
        return total;
    }

    [Benchmark]
    public decimal RulesEngineTerkompilasi()
    {
        decimal total = 0;
        for (var i = 0; i < _kerja.Length; i++)
            if (_kerja[i].Rumus.TryHitung(_kerja[i].Slot, out var h, out _)) total += h;
        return total;
    }

    private static string CariRules()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "rules", "indikator"))) return Path.Combine(dir.FullName, "rules");
        return Path.Combine(Directory.GetCurrentDirectory(), "rules");
    }
}

/// <summary>An edited rule goes live: allow-list check + parse + compile + first evaluation of a new version.</summary>
[MemoryDiagnoser]
public class AturanDiubah
{
    private readonly MesinRumus _mesin = new();
    private readonly SkemaRumus _skema = SkemaRumus.Indikator(["Pengangguran", "AngkatanKerja"]);
    private int _versi;

    [Benchmark]
    public decimal VersiBaruHidup()
    {
        var r = _mesin.Kompilasi($"indikator:RPJMD-01:{++_versi}", $"data.Pengangguran / data.AngkatanKerja * 100 + {_versi % 7}", _skema);
        r.TryHitung([2765m, 70345m], out var h, out _);
        return h;
    }
}
