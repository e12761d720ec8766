using System.Text;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Kinerja.Rules;

/// <summary>
/// First gate, before any parser sees the text: length, nesting, characters and names. Refuses with a
/// message naming the offending token, and rewrites number literals as decimal (<c>2.5</c> → <c>2.5m</c>)
/// so that every constant is a <see cref="decimal"/> and <c>1/2</c> is never an integer division.
/// The expression tree is checked again after parsing (<see cref="PemeriksaPohon"/>); this gate exists for
/// clear messages and so that the parser never sees deep recursion or exotic syntax.
/// </summary>
internal static class PemeriksaLeksikal
{
    public const int PanjangMaksimum = 1000;
    public const int KedalamanMaksimum = 20;
    public const int TokenMaksimum = 300;

    /// <summary>Digits before the decimal point of a number in a formula (10^15, the bound of every stored value).</summary>
    public const int DigitBulatMaksimum = 15;

    public const int DigitDesimalMaksimum = 10;

    /// <summary>The most decimals <c>Math.Round(x, n)</c> rounds to: a stored value keeps at most 10 after the point.</summary>
    public const int DesimalBulatMaksimum = 10;

    internal static readonly IReadOnlySet<string> FungsiMath = new HashSet<string>(StringComparer.Ordinal)
    {
        "Abs", "Min", "Max", "Round", "Floor", "Ceiling",
    };

    private const string Petunjuk =
        "Rumus hanya boleh memakai data.<Variabel>, sebelumnya.<Variabel>, angka, + - * /, perbandingan, && || !, ?: dan Math.Abs/Min/Max/Round/Floor/Ceiling.";

    private const string PesanRound =
        "Math.Round menerima satu atau dua argumen: Math.Round(x) membulatkan ke bilangan bulat, Math.Round(x, 2) ke 2 desimal; jumlah desimal ditulis sebagai bilangan bulat 0 sampai 10.";

    /// <summary>An open parenthesis: whether it opened <c>Math.Round(</c>, its commas so far, and whether Round's second argument was a valid literal.</summary>
    private sealed class Kurung(bool round)
    {
        public bool Round { get; } = round;
        public int Koma { get; set; }
        public bool DesimalSah { get; set; }
    }

    public static string Periksa(string? rumus, SkemaRumus skema) => Periksa(rumus, skema, null);

    /// <summary>As <see cref="Periksa(string?, SkemaRumus)"/>, collecting the variable names it approved, exactly as written.</summary>
    public static string Periksa(string? rumus, SkemaRumus skema, ISet<string>? disetujui)
    {
        if (string.IsNullOrWhiteSpace(rumus)) throw new RumusDitolakException("Rumus kosong.");
        if (rumus.Length > PanjangMaksimum)
            throw new RumusDitolakException($"Rumus terlalu panjang ({rumus.Length} karakter); paling banyak {PanjangMaksimum} karakter.");

        var hasil = new StringBuilder(rumus.Length + 16);
        var kedalaman = 0;
        var token = 0;
        var i = 0;
        string? sebelum = null; // the previous significant token, to read "data . X" and "Math . Fn"
        string? sebelumDua = null;
        string? sebelumTiga = null;
        var kurung = new Stack<Kurung>();
        while (i < rumus.Length)
        {
            var c = rumus[i];
            if (char.IsWhiteSpace(c))
            {
                hasil.Append(' ');
                i++;
                continue;
            }
            if (++token > TokenMaksimum)
                throw new RumusDitolakException($"Rumus terlalu rumit (lebih dari {TokenMaksimum} unsur).");

            string t;
            var desimalRound = false;
            if (char.IsAsciiLetter(c) || c == '_')
            {
                var mulai = i;
                while (i < rumus.Length && (char.IsAsciiLetterOrDigit(rumus[i]) || rumus[i] == '_')) i++;
                t = rumus[mulai..i];
                PeriksaNama(t, sebelum, sebelumDua, skema);
                if (sebelum == "." && sebelumDua is "data" or "sebelumnya") disetujui?.Add(t);
                hasil.Append(t);
            }
            else if (char.IsAsciiDigit(c))
            {
                var mulai = i;
                while (i < rumus.Length && char.IsAsciiDigit(rumus[i])) i++;
                if (i < rumus.Length && rumus[i] == '.' && i + 1 < rumus.Length && char.IsAsciiDigit(rumus[i + 1]))
                {
                    i++;
                    while (i < rumus.Length && char.IsAsciiDigit(rumus[i])) i++;
                }
                t = rumus[mulai..i];
                if (i < rumus.Length && (char.IsAsciiLetter(rumus[i]) || rumus[i] == '_' || rumus[i] == '.'))
                    throw new RumusDitolakException($"Angka '{Potong(t + rumus[i])}' tidak dikenali; tulis angka biasa seperti 100 atau 2.5.");
                var bulat = t.IndexOf('.', StringComparison.Ordinal) is var titik and >= 0 ? titik : t.Length;
                if (bulat > DigitBulatMaksimum)
                    throw new RumusDitolakException(
                        $"Angka '{Potong(t)}' terlalu panjang: angka dalam rumus paling banyak {DigitBulatMaksimum} digit sebelum titik desimal (nilai paling besar ±10^15).");
                if (t.Length - bulat - 1 > DigitDesimalMaksimum)
                    throw new RumusDitolakException(
                        $"Angka '{Potong(t)}' terlalu panjang: paling banyak {DigitDesimalMaksimum} digit sesudah titik desimal.");
                if (kurung.TryPeek(out var k) && k.Round && k.Koma == 1 && sebelum == ",")
                {
                    // Math.Round(x, n): n stays an int literal, so the parser finds Math.Round(decimal, int).
                    if (!int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var desimal)
                        || desimal > DesimalBulatMaksimum)
                        throw new RumusDitolakException(PesanRound);
                    k.DesimalSah = true;
                    desimalRound = true;
                    hasil.Append(t);
                }
                else
                {
                    hasil.Append(t).Append('m');
                }
                t = "0";
            }
            else
            {
                t = Operator(rumus, i);
                i += t.Length;
                if (t == "(")
                {
                    if (++kedalaman > KedalamanMaksimum)
                        throw new RumusDitolakException($"Rumus terlalu dalam bersarang (lebih dari {KedalamanMaksimum} tingkat kurung).");
                    kurung.Push(new Kurung(sebelum == "Round" && sebelumDua == "." && sebelumTiga == "Math"));
                }
                else if (t == ")")
                {
                    if (--kedalaman < 0) throw new RumusDitolakException("Kurung tutup ')' tanpa kurung buka.");
                    var tutup = kurung.Pop();
                    if (tutup.Round && tutup.Koma == 1 && !tutup.DesimalSah) throw new RumusDitolakException(PesanRound);
                }
                else if (t == "," && kurung.TryPeek(out var k))
                {
                    if (++k.Koma > 1 && k.Round) throw new RumusDitolakException(PesanRound);
                }
                hasil.Append(t);
            }
            // Round's second argument is the literal alone: anything after it but ')' makes it an expression.
            if (!desimalRound && t != ")" && kurung.TryPeek(out var atas) && atas.Round && atas.DesimalSah) atas.DesimalSah = false;
            sebelumTiga = sebelumDua;
            sebelumDua = sebelum;
            sebelum = t;
        }
        if (kedalaman != 0) throw new RumusDitolakException("Kurung buka '(' tidak ditutup.");
        return hasil.ToString();
    }

    private static void PeriksaNama(string nama, string? sebelum, string? sebelumDua, SkemaRumus skema)
    {
        if (sebelum == ".")
        {
            switch (sebelumDua)
            {
                case "data" or "sebelumnya":
                    if (!skema.Variabel.Contains(nama))
                    {
                        var mirip = skema.Variabel.FirstOrDefault(v => string.Equals(v, nama, StringComparison.OrdinalIgnoreCase));
                        throw new RumusDitolakException(mirip is not null
                            ? $"Variabel '{Potong(nama)}' tidak dikenal; kode variabel membedakan huruf besar dan kecil — maksudnya '{mirip}'?"
                            : $"Variabel '{Potong(nama)}' tidak dikenal: daftarkan dulu sebagai variabel baru.");
                    }
                    return;
                case "Math":
                    if (!FungsiMath.Contains(nama))
                        throw new RumusDitolakException($"Fungsi 'Math.{Potong(nama)}' tidak diizinkan; yang boleh hanya Math.Abs, Min, Max, Round, Floor dan Ceiling.");
                    return;
                default:
                    throw new RumusDitolakException($"Akses anggota '.{Potong(nama)}' tidak diizinkan (mis. method, properti atau tipe). {Petunjuk}");
            }
        }
        if (nama is "data" or "sebelumnya")
        {
            if (skema.Variabel.Count == 0)
                throw new RumusDitolakException($"'{nama}' tidak tersedia pada aturan ini; yang boleh: {string.Join(", ", skema.Skalar)}.");
            return;
        }
        if (nama == "Math" || skema.Skalar.Contains(nama, StringComparer.Ordinal)) return;
        if (nama is "true" or "false") return;
        throw new RumusDitolakException($"Nama '{Potong(nama)}' tidak diizinkan dalam rumus. {Petunjuk}");
    }

    private static string Operator(string rumus, int i)
    {
        var c = rumus[i];
        var d = i + 1 < rumus.Length ? rumus[i + 1] : '\0';
        switch (c)
        {
            case '&' when d == '&':
                return "&&";
            case '|' when d == '|':
                return "||";
            case '=' when d == '=':
                return "==";
            case '!' when d == '=':
                return "!=";
            case '<' when d == '=':
                return "<=";
            case '>' when d == '=':
                return ">=";
            case '=' when d == '>':
                throw new RumusDitolakException("Lambda ('=>') tidak diizinkan dalam rumus.");
            case '=':
                throw new RumusDitolakException("Penugasan ('=') tidak diizinkan; untuk perbandingan gunakan '=='.");
            case '&' or '|':
                throw new RumusDitolakException($"Operator bit '{c}' tidak diizinkan; gunakan '&&' atau '||'.");
            case '<' when d is '<' or '>':
            case '>' when d == '>':
                throw new RumusDitolakException("Operator geser bit tidak diizinkan.");
            case '+' or '-' or '*' or '/' or '(' or ')' or ',' or '.' or '?' or ':' or '<' or '>' or '!':
                return c.ToString();
            case '"' or '\'':
                throw new RumusDitolakException("Teks (string) tidak diizinkan dalam rumus; rumus hanya berisi angka dan variabel.");
            case '[' or ']':
                throw new RumusDitolakException("Indeks atau array ('[ ]') tidak diizinkan dalam rumus.");
            case '{' or '}':
                throw new RumusDitolakException("Kurung kurawal ('{ }') tidak diizinkan dalam rumus.");
            case '%':
                throw new RumusDitolakException("Operator sisa bagi ('%') tidak diizinkan.");
            default:
                throw new RumusDitolakException($"Karakter '{c}' tidak diizinkan dalam rumus. {Petunjuk}");
        }
    }

    private static string Potong(string s) => TeksPengguna.Kutip(s, 40);
}
