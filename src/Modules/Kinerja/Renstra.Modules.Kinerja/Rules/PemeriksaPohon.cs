using System.Linq.Expressions;
using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Rules;

/// <summary>
/// The authoritative allow-list: walks the parsed expression tree and rebuilds it over a
/// <c>decimal[]</c> input buffer. Only these nodes pass: decimal constants, the declared variables
/// (<c>data.X</c>, <c>sebelumnya.X</c>) and scalar parameters, + − × ÷ and unary minus, comparisons,
/// <c>&amp;&amp; || !</c>, the conditional and six <see cref="Math"/> functions. Anything else is refused
/// with an Indonesian message; nothing here ever runs the formula.
/// </summary>
internal sealed class PemeriksaPohon : ExpressionVisitor
{
    /// <summary>The checked formula over the buffer, and the outermost division's parts for the trace.</summary>
    internal sealed record HasilTulis(
        Expression<Func<decimal[], decimal>> Lambda, IReadOnlyList<AcuanNilai> Acuan,
        Expression<Func<decimal[], decimal>>? Pembilang, Expression<Func<decimal[], decimal>>? Penyebut);

    public const int SimpulMaksimum = 400;
    public const int KedalamanMaksimum = 60;

    private readonly SkemaRumus _skema;
    private readonly IReadOnlySet<string>? _disetujui;
    private readonly ParameterExpression _buffer = Expression.Parameter(typeof(decimal[]), "slot");
    private readonly Dictionary<(string, SumberNilai), AcuanNilai> _acuan = [];
    private readonly List<AcuanNilai> _urutan = [];
    private (Expression Kiri, Expression Kanan, int Kedalaman)? _pembagian;
    private int _simpul;
    private int _kedalaman;

    private PemeriksaPohon(SkemaRumus skema, IReadOnlySet<string>? disetujui)
    {
        _skema = skema;
        _disetujui = disetujui;
    }

    /// <summary>Checks <paramref name="ekspresi"/> and gives the rewritten body over the buffer.</summary>
    /// <param name="disetujui">
    /// The variable names, exactly as written, that the text gate approved: a member the parser resolved
    /// must be one of them, so a parser that bound <c>x</c> to <c>X</c> is caught here.
    /// </param>
    public static HasilTulis Tulis(Expression ekspresi, SkemaRumus skema, IReadOnlySet<string>? disetujui = null)
    {
        var pemeriksa = new PemeriksaPohon(skema, disetujui);
        var tubuh = pemeriksa.Visit(ekspresi)!;
        if (skema.HasilLogika)
        {
            if (tubuh.Type != typeof(bool))
                throw new RumusDitolakException("Aturan ini harus berupa kondisi yang bernilai benar/salah (mis. data.A <= data.B).");
            tubuh = Expression.Condition(tubuh, Expression.Constant(1m), Expression.Constant(0m));
        }
        else if (tubuh.Type != typeof(decimal))
        {
            throw new RumusDitolakException("Rumus harus menghasilkan angka, bukan kondisi benar/salah.");
        }
        var buffer = pemeriksa._buffer;
        return new HasilTulis(
            Expression.Lambda<Func<decimal[], decimal>>(tubuh, buffer),
            pemeriksa._urutan,
            pemeriksa._pembagian is { } d ? Expression.Lambda<Func<decimal[], decimal>>(d.Kiri, buffer) : null,
            pemeriksa._pembagian is { } e ? Expression.Lambda<Func<decimal[], decimal>>(e.Kanan, buffer) : null);
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null) return null;
        if (++_simpul > SimpulMaksimum) throw new RumusDitolakException($"Rumus terlalu rumit (lebih dari {SimpulMaksimum} simpul).");
        if (++_kedalaman > KedalamanMaksimum) throw new RumusDitolakException($"Rumus terlalu dalam bersarang (lebih dari {KedalamanMaksimum} tingkat).");
        try
        {
            return node.NodeType switch
            {
                ExpressionType.Constant => Konstanta((ConstantExpression)node),
                ExpressionType.Parameter => Parameter((ParameterExpression)node),
                ExpressionType.MemberAccess => Anggota((MemberExpression)node),
                ExpressionType.Add or ExpressionType.AddChecked or ExpressionType.Subtract or ExpressionType.SubtractChecked
                    or ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Divide
                    or ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                    or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
                    or ExpressionType.AndAlso or ExpressionType.OrElse => Biner((BinaryExpression)node),
                ExpressionType.Negate or ExpressionType.NegateChecked or ExpressionType.UnaryPlus or ExpressionType.Not => Uner((UnaryExpression)node),
                ExpressionType.Convert or ExpressionType.ConvertChecked => Konversi((UnaryExpression)node),
                ExpressionType.Conditional => Kondisional((ConditionalExpression)node),
                ExpressionType.Call => Panggilan((MethodCallExpression)node),
                _ => throw Ditolak(node),
            };
        }
        finally
        {
            _kedalaman--;
        }
    }

    private static Expression Konstanta(ConstantExpression node) => node.Value switch
    {
        decimal d => Expression.Constant(d),
        int i => Expression.Constant((decimal)i),
        bool b => Expression.Constant(b),
        _ => throw new RumusDitolakException($"Konstanta bertipe {NamaTipe(node.Type)} tidak diizinkan; hanya angka."),
    };

    private Expression Parameter(ParameterExpression node)
    {
        if (node.Type == typeof(decimal) && node.Name is { } nama && _skema.Skalar.Contains(nama, StringComparer.Ordinal))
            return Baca(nama, SumberNilai.Skalar);
        throw new RumusDitolakException($"'{node.Name}' tidak boleh dipakai sendiri; tulis {node.Name}.<Variabel>.");
    }

    private Expression Anggota(MemberExpression node)
    {
        if (node.Expression is ParameterExpression { Name: "data" or "sebelumnya" } p
            && _skema.Variabel.Contains(node.Member.Name))
        {
            if (_disetujui is not null && !_disetujui.Contains(node.Member.Name))
                throw new RumusDitolakException(
                    $"Variabel '{node.Member.Name}' yang terbaca berbeda dari nama yang ditulis; tulis kode variabel persis dengan huruf besar/kecilnya.");
            return Baca(node.Member.Name, p.Name == "data" ? SumberNilai.Data : SumberNilai.Sebelumnya);
        }
        throw new RumusDitolakException($"Akses anggota '{node.Member.Name}' tidak diizinkan; hanya data.<Variabel> dan sebelumnya.<Variabel>.");
    }

    private Expression Baca(string nama, SumberNilai sumber)
    {
        if (!_acuan.TryGetValue((nama, sumber), out var acuan))
        {
            acuan = new AcuanNilai(nama, sumber, _urutan.Count);
            _acuan[(nama, sumber)] = acuan;
            _urutan.Add(acuan);
        }
        return Expression.ArrayIndex(_buffer, Expression.Constant(acuan.Slot));
    }

    private Expression Biner(BinaryExpression node)
    {
        var kiri = Visit(node.Left)!;
        var kanan = Visit(node.Right)!;
        if (node.NodeType is ExpressionType.AndAlso or ExpressionType.OrElse)
        {
            if (kiri.Type != typeof(bool) || kanan.Type != typeof(bool))
                throw new RumusDitolakException("'&&' dan '||' hanya untuk kondisi benar/salah.");
            return Expression.MakeBinary(node.NodeType, kiri, kanan);
        }
        if (kiri.Type == typeof(bool) || kanan.Type == typeof(bool))
        {
            if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual && kiri.Type == kanan.Type)
                return Expression.MakeBinary(node.NodeType, kiri, kanan);
            throw new RumusDitolakException("Kondisi benar/salah tidak bisa dihitung sebagai angka.");
        }
        // Every number is decimal after the rewrite; checked arithmetic is decimal's only kind.
        var jenis = node.NodeType switch
        {
            ExpressionType.AddChecked => ExpressionType.Add,
            ExpressionType.SubtractChecked => ExpressionType.Subtract,
            ExpressionType.MultiplyChecked => ExpressionType.Multiply,
            var j => j,
        };
        if (jenis == ExpressionType.Divide && (_pembagian is null || _pembagian.Value.Kedalaman > _kedalaman))
            _pembagian = (kiri, kanan, _kedalaman);
        return Expression.MakeBinary(jenis, kiri, kanan);
    }

    private Expression Uner(UnaryExpression node)
    {
        var operand = Visit(node.Operand)!;
        return node.NodeType switch
        {
            ExpressionType.Not when operand.Type == typeof(bool) => Expression.Not(operand),
            ExpressionType.Not => throw new RumusDitolakException("'!' hanya untuk kondisi benar/salah."),
            _ when operand.Type != typeof(decimal) => throw new RumusDitolakException("Tanda minus hanya untuk angka."),
            ExpressionType.UnaryPlus => operand,
            _ => Expression.Negate(operand),
        };
    }

    private Expression Konversi(UnaryExpression node)
    {
        // The parser inserts conversions between numeric types (int → decimal); nothing else passes.
        if (node.Type != typeof(decimal) && node.Type != typeof(int))
            throw new RumusDitolakException($"Konversi ke tipe {NamaTipe(node.Type)} tidak diizinkan.");
        var operand = Visit(node.Operand)!;
        if (operand.Type != typeof(decimal)) throw new RumusDitolakException($"Konversi dari {NamaTipe(operand.Type)} tidak diizinkan.");
        return operand;
    }

    private Expression Kondisional(ConditionalExpression node)
    {
        var syarat = Visit(node.Test)!;
        var ya = Visit(node.IfTrue)!;
        var tidak = Visit(node.IfFalse)!;
        if (syarat.Type != typeof(bool)) throw new RumusDitolakException("Bagian sebelum '?' harus berupa kondisi.");
        if (ya.Type != tidak.Type) throw new RumusDitolakException("Kedua cabang '? :' harus sama-sama angka atau sama-sama kondisi.");
        return Expression.Condition(syarat, ya, tidak);
    }

    private Expression Panggilan(MethodCallExpression node)
    {
        var m = node.Method;
        if (m.DeclaringType != typeof(Math) || node.Object is not null || !PemeriksaLeksikal.FungsiMath.Contains(m.Name))
            throw new RumusDitolakException($"Pemanggilan '{NamaTipe(m.DeclaringType)}.{m.Name}' tidak diizinkan; hanya Math.Abs, Min, Max, Round, Floor dan Ceiling.");
        if (m.Name == nameof(Math.Round) && node.Arguments.Count == 2)
            return RoundDesimal(node);
        var argumen = node.Arguments.Select(a => Visit(a)!).ToArray();
        if (argumen.Any(a => a.Type != typeof(decimal)))
            throw new RumusDitolakException($"Math.{m.Name} hanya menerima angka.");
        var cocok = typeof(Math).GetMethod(m.Name, argumen.Select(a => a.Type).ToArray())
            ?? throw new RumusDitolakException($"Math.{m.Name} dengan {argumen.Length} argumen tidak tersedia.");
        return Expression.Call(cocok, argumen);
    }

    /// <summary><c>Math.Round(x, n)</c>: x a number, n a whole-number literal from 0 to 10 (the text gate keeps it an int).</summary>
    private Expression RoundDesimal(MethodCallExpression node)
    {
        var x = Visit(node.Arguments[0])!;
        if (x.Type != typeof(decimal)) throw new RumusDitolakException("Math.Round hanya menerima angka.");
        if (node.Arguments[1] is not ConstantExpression { Value: int desimal } || desimal is < 0 or > PemeriksaLeksikal.DesimalBulatMaksimum)
            throw new RumusDitolakException($"Jumlah desimal Math.Round(x, n) harus bilangan bulat 0 sampai {PemeriksaLeksikal.DesimalBulatMaksimum}.");
        return Expression.Call(typeof(Math).GetMethod(nameof(Math.Round), [typeof(decimal), typeof(int)])!, x, Expression.Constant(desimal));
    }

    private static RumusDitolakException Ditolak(Expression node) => node.NodeType switch
    {
        ExpressionType.New or ExpressionType.NewArrayBounds or ExpressionType.NewArrayInit or ExpressionType.MemberInit or ExpressionType.ListInit
            => new("Membuat objek baru tidak diizinkan dalam rumus."),
        ExpressionType.Lambda or ExpressionType.Quote => new("Lambda tidak diizinkan dalam rumus."),
        ExpressionType.TypeIs or ExpressionType.TypeAs or ExpressionType.TypeEqual => new("Pemeriksaan atau konversi tipe tidak diizinkan dalam rumus."),
        ExpressionType.Index or ExpressionType.ArrayIndex or ExpressionType.ArrayLength => new("Indeks atau array tidak diizinkan dalam rumus."),
        ExpressionType.Modulo => new("Operator sisa bagi tidak diizinkan."),
        ExpressionType.Power => new("Operator pangkat tidak diizinkan."),
        ExpressionType.Coalesce => new("Operator '??' tidak diizinkan."),
        _ => new($"Bentuk ekspresi '{node.NodeType}' tidak diizinkan dalam rumus."),
    };

    private static string NamaTipe(Type? type) => type?.Name ?? "?";
}
