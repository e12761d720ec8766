using Renstra.Modules.Kinerja.Domain;
using Renstra.Modules.Kinerja.Rules;

namespace Renstra.Modules.Kinerja.Tests;

public sealed class AllowListTests
{
    private static readonly SkemaRumus Skema = SkemaRumus.Indikator(["AngkatanKerja", "Pengangguran"]);

    /// <summary>Hostile formulas and the words their refusal must contain.</summary>
    public static TheoryData<string, string> Jahat => new()
    {
        { "data.AngkatanKerja.GetType().Assembly.Location.Length", "GetType" },
        { "data.AngkatanKerja.GetType()", "GetType" },
        { "GetType()", "GetType" },
        { "typeof(string).Assembly", "typeof" },
        { "typeof(decimal)", "typeof" },
        { "\"\".PadLeft(100000000).Length", "Teks (string)" },
        { "'a'", "Teks (string)" },
        { "data.AngkatanKerja.ToString().PadLeft(100000000).Length", "ToString" },
        { "Enumerable.Range(1, 300000000).Count()", "Enumerable" },
        { "np(data.AngkatanKerja)", "np" },
        { "System.IO.File.ReadAllText(\"/etc/passwd\")", "System" },
        { "File.Exists(\"/etc/passwd\") ? 1 : 0", "File" },
        { "Process.Start(\"sh\")", "Process" },
        { "Environment.GetEnvironmentVariable(\"PATH\")", "Environment" },
        { "Environment.Exit(1)", "Environment" },
        { "AppDomain.CurrentDomain", "AppDomain" },
        { "Activator.CreateInstance(null)", "Activator" },
        { "Type.GetType(\"System.IO.File\")", "Type" },
        { "Assembly.Load(\"x\")", "Assembly" },
        { "data.GetType().GetMethod(\"x\").Invoke(null, null)", "GetType" },
        { "new { a = 1 }", "new" },
        { "new object()", "new" },
        { "new decimal[100000000]", "new" },
        { "x => x", "Nama 'x'" },
        { "data.AngkatanKerja == 1 => 2", "Lambda" },
        { "data.AngkatanKerja = 5", "Penugasan" },
        { "data.TidakAda * 100", "Variabel 'TidakAda' tidak dikenal" },
        { "sebelumnya.Entah / 2", "Variabel 'Entah' tidak dikenal" },
        { "Math.Pow(data.AngkatanKerja, 2)", "Math.Pow" },
        { "Math.Sqrt(data.AngkatanKerja)", "Math.Sqrt" },
        { "Console.WriteLine(1)", "Console" },
        { "data.AngkatanKerja % 7", "sisa bagi" },
        { "data.AngkatanKerja & 1", "bit" },
        { "data.AngkatanKerja | 1", "bit" },
        { "data.AngkatanKerja << 2", "geser" },
        { "data[\"AngkatanKerja\"]", "Indeks" },
        { "{ 1 }", "kurawal" },
        { "data.AngkatanKerja as object", "Nama 'as'" },
        { "data.AngkatanKerja is decimal", "Nama 'is'" },
        { "iif(true, 1, 2)", "iif" },
        { "it", "Nama 'it'" },
        { "@data", "Karakter '@'" },
        { "data.AngkatanKerja; Environment.Exit(1)", "Karakter ';'" },
        { "data", "sendiri" },
        { "1e308 * 1e308", "Angka '1e'" },
        { "99999999999999999999999999999999 * 2", "terlalu panjang" },
        { "data.AngkatanKerja > 1", "harus menghasilkan angka" },
        { new string('(', 30) + "1" + new string(')', 30), "terlalu dalam" },
        { string.Join("+", Enumerable.Repeat("1", 200)), "terlalu rumit" },
        { new string('1', 1001), "terlalu panjang" },
        { "(data.AngkatanKerja", "tidak ditutup" },
        { "data.AngkatanKerja)", "tanpa kurung buka" },
        { "", "kosong" },
        { "data.AngkatanKerja +", "tidak dapat dibaca" },
        { "Math.Round(data.AngkatanKerja, data.Pengangguran)", "jumlah desimal ditulis sebagai bilangan bulat" },
        { "Math.Round(data.AngkatanKerja, 11)", "jumlah desimal ditulis sebagai bilangan bulat" },
        { "Math.Round(data.AngkatanKerja, 2.5)", "jumlah desimal ditulis sebagai bilangan bulat" },
        { "Math.Round(data.AngkatanKerja, -1)", "jumlah desimal ditulis sebagai bilangan bulat" },
        { "Math.Round(data.AngkatanKerja, 2 + data.Pengangguran)", "jumlah desimal ditulis sebagai bilangan bulat" },
        { "Math.Round(data.AngkatanKerja, (2))", "jumlah desimal ditulis sebagai bilangan bulat" },
        { "Math.Round(data.AngkatanKerja, 2, 1)", "satu atau dua argumen" },
        { "Math.Max(data.AngkatanKerja, 2, 3)", "tidak dapat dibaca" },
    };

    [Theory]
    [MemberData(nameof(Jahat))]
    public void Hostile_formula_is_refused_with_a_specific_message_and_never_compiled(string rumus, string pesan)
    {
        var mesin = new MesinRumus();
        var periksa = Assert.Throws<RumusDitolakException>(() => mesin.Periksa(rumus, Skema));
        Assert.Contains(pesan, periksa.Message, StringComparison.Ordinal);
        Assert.Throws<RumusDitolakException>(() => mesin.Kompilasi("jahat", rumus, Skema));
        Assert.Equal(0, mesin.JumlahKompilasi);
    }

    [Fact]
    public void The_corpus_is_large_enough() => Assert.True(Jahat.Count >= 40);

    [Fact]
    public void An_edited_rule_is_recompiled_under_its_new_version_key_only()
    {
        var mesin = new MesinRumus();
        var v1 = mesin.Kompilasi("indikator:X:1", "data.AngkatanKerja * 2", Skema);
        Assert.Same(v1, mesin.Kompilasi("indikator:X:1", "data.AngkatanKerja * 2", Skema));
        var v2 = mesin.Kompilasi("indikator:X:2", "data.AngkatanKerja * 3", Skema);
        Assert.NotSame(v1, v2);
        Assert.Equal(2, mesin.JumlahKompilasi);
    }
}
