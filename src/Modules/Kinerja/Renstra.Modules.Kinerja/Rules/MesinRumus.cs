using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Dynamic.Core.Parser;
using System.Linq.Expressions;
using FastExpressionCompiler;
using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Rules;

/// <summary>
/// The formula engine on RulesEngine's own machinery: Dynamic LINQ's <see cref="ExpressionParser"/> parses with the
/// settings RulesEngine's <c>RuleExpressionParser</c> uses for workflow expressions (case-sensitive, RulesEngine's
/// custom types: <see cref="TipeRumusTetap"/>), <see cref="PemeriksaPohon"/> checks the tree
/// and rewrites it over a <c>decimal[]</c> buffer, and FastExpressionCompiler (RulesEngine's compiler)
/// compiles it once. Compiled formulas are cached by rule id + version, so an edited rule (a new
/// version) is compiled on its first use and an old one is never served for it.
/// </summary>
internal sealed class MesinRumus(IMeterFactory? meterFactory = null) : IMesinRumus
{
    /// <summary>The meter of the formula engine; its counter <see cref="NamaEvaluasi"/> counts evaluations (a read must not add to it).</summary>
    public const string NamaMeter = "Renstra.Kinerja";

    public const string NamaEvaluasi = "renstra.kinerja.evaluasi_rumus";

    private readonly Counter<long>? _evaluasi = meterFactory?.Create(NamaMeter).CreateCounter<long>(NamaEvaluasi, description: "Formula evaluations");
    private long _jumlahKompilasi;

    // Case-sensitive: with Dynamic LINQ's default, data.x could bind to a variable X (FINDINGS.md).
    private static readonly ParsingConfig Pengaturan = new() { CustomTypeProvider = TipeRumusTetap.Instance, IsCaseSensitive = true };
    private readonly ConcurrentDictionary<string, Lazy<RumusTerkompilasi>> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Type> _tipeData = new(StringComparer.Ordinal);

    /// <summary>How many formulas this engine has compiled (tests prove refused formulas never get here).</summary>
    public long JumlahKompilasi => Interlocked.Read(ref _jumlahKompilasi);

    public IReadOnlyList<AcuanNilai> Periksa(string rumus, SkemaRumus skema) => Uraikan(rumus, skema).Acuan;

    public RumusTerkompilasi Kompilasi(string kunci, string rumus, SkemaRumus skema)
    {
        var kunciCache = kunci + "\n" + rumus;
        if (!_cache.TryGetValue(kunciCache, out var lazy))
        {
            // Count takes every lock of the dictionary: only on a miss. Old versions are never asked for again.
            if (_cache.Count > 5000) _cache.Clear();
            lazy = _cache.GetOrAdd(kunciCache, _ => new Lazy<RumusTerkompilasi>(() => Bangun(rumus, skema)));
        }
        try
        {
            return lazy.Value;
        }
        catch (RumusDitolakException)
        {
            _cache.TryRemove(kunciCache, out _);
            throw;
        }
    }

    private RumusTerkompilasi Bangun(string rumus, SkemaRumus skema)
    {
        var hasil = Uraikan(rumus, skema);
        Interlocked.Increment(ref _jumlahKompilasi);
        return new RumusTerkompilasi(rumus, hasil.Acuan, hasil.Lambda.CompileFast(), hasil.Pembilang?.CompileFast(), hasil.Penyebut?.CompileFast(), _evaluasi);
    }

    private PemeriksaPohon.HasilTulis Uraikan(string rumus, SkemaRumus skema)
    {
        var disetujui = new HashSet<string>(StringComparer.Ordinal);
        var teks = PemeriksaLeksikal.Periksa(rumus, skema, disetujui);
        var parameter = new List<ParameterExpression>();
        if (skema.Variabel.Count > 0)
        {
            var tipe = TipeData(skema.Variabel);
            parameter.Add(Expression.Parameter(tipe, "data"));
            parameter.Add(Expression.Parameter(tipe, "sebelumnya"));
        }
        parameter.AddRange(skema.Skalar.Select(s => Expression.Parameter(typeof(decimal), s)));

        Expression lambda;
        try
        {
            lambda = new ExpressionParser([.. parameter], teks, [], Pengaturan).Parse(null);
        }
        catch (ParseException e)
        {
            throw new RumusDitolakException($"Rumus tidak dapat dibaca di posisi {e.Position + 1}: {Terjemahkan(e.Message)}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new RumusDitolakException("Rumus tidak dapat dibaca: susunan operator atau argumennya tidak sesuai.");
        }
        // 6.0.1's Parse gives the lambda's body; older versions gave the lambda itself.
        var hasil = PemeriksaPohon.Tulis(lambda is LambdaExpression l ? l.Body : lambda, skema, disetujui);
        foreach (var a in hasil.Acuan.Where(a => a.Sumber != SumberNilai.Skalar && !skema.Variabel.Contains(a.Nama)))
            throw new RumusDitolakException($"Variabel '{a.Nama}' tidak dikenal.");
        return hasil;
    }

    /// <summary>A runtime class with one decimal property per declared variable, so that <c>data.X</c> parses.</summary>
    private Type TipeData(IReadOnlySet<string> variabel)
    {
        var nama = variabel.Order(StringComparer.Ordinal).ToArray();
        var kunci = string.Join(',', nama);
        return _tipeData.GetOrAdd(kunci, _ =>
            DynamicClassFactory.CreateType(nama.Select(n => new DynamicProperty(n, typeof(decimal))).ToList(), createParameterCtor: false));
    }

    private static string Terjemahkan(string pesan) =>
        pesan.Contains("incompatible", StringComparison.OrdinalIgnoreCase) ? "tipe operand tidak cocok untuk operator ini."
        : pesan.Contains("expected", StringComparison.OrdinalIgnoreCase) ? "susunan rumus tidak lengkap atau ada unsur yang tidak diharapkan."
        : pesan.Contains("No applicable method", StringComparison.OrdinalIgnoreCase) ? "fungsi dengan argumen seperti ini tidak tersedia."
        : "susunan rumus tidak sah.";
}
