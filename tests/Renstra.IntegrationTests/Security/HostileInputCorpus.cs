using System.Text;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// The hostile-input corpus: request bodies and route values no write endpoint may accept. Each case
/// must end in a 4xx ProblemDetails in Indonesian with no internals, and change nothing.
/// </summary>
public static class HostileInputCorpus
{
    /// <summary>Bodies sent to every write endpoint that reads a JSON body.</summary>
    public static IReadOnlyList<(string Nama, string Body)> Bodies { get; } = BuildBodies();

    /// <summary>Values put into every route parameter of every write endpoint.</summary>
    public static IReadOnlyList<(string Nama, string Value)> RouteValues { get; } =
    [
        ("path traversal", "..%2F..%2F..%2Fetc%2Fpasswd"),
        ("path traversal windows", "..%5C..%5Cwindows%5Cwin.ini"),
        ("dot dot", ".."),
        ("sql quote", "RPJMD-01'%3B DROP TABLE Indikator%3B--"),
        ("sql or", "2024' OR '1'='1"),
        ("sql union", "1 UNION SELECT * FROM AspNetUsers"),
        ("overlong utf-8 dots", "%C0%AE%C0%AE%C0%AF"),
        ("control char", "RPJMD%07%1B"),
        ("script tag", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ("very long", new string('A', 3000)),
        ("fullwidth unicode", "ＲＰＪＭＤ－０１"),
        ("right-to-left override", "RPJMD%E2%80%AE10"),
        ("emoji", "%F0%9F%92%A3"),
        ("quarter five", "2024-T5"),
        ("year far future", "99999"),
        ("negative", "-1"),
        ("lower-case quarter", "2024-t1"),
        ("percent garbage", "%25%25%25"),
        ("json in path", "%7B%22a%22%3A1%7D"),
        ("spaces", "%20%20%20"),
    ];

    /// <summary>
    /// Sign-in and session inputs (issue 14): what a guesser, a token thief or a broken client sends to
    /// login and refresh, and the credentials they forge. Each must be refused (400/401) in Indonesian.
    /// </summary>
    public static IReadOnlyList<(string Nama, string Path, string Body)> SignIn { get; } =
    [
        ("login: huge e-mail", "/api/auth/login", $$"""{"email":"{{new string('a', 20_000)}}@x.id","password":"Salah#Sandi2026"}"""),
        ("login: huge password", "/api/auth/login", $$"""{"email":"admin@renstra.local","password":"{{new string('x', 200_000)}}"}"""),
        ("login: NUL in e-mail", "/api/auth/login", """{"email":"admin@renstra.local\u0000","password":"Renstra#2026"}"""),
        ("login: e-mail in upper case with spaces, wrong password", "/api/auth/login", """{"email":"  ADMIN@RENSTRA.LOCAL ","password":"x"}"""),
        ("login: SQL in e-mail", "/api/auth/login", """{"email":"' OR 1=1 --","password":"' OR 1=1 --"}"""),
        ("login: password as number", "/api/auth/login", """{"email":"admin@renstra.local","password":2026}"""),
        ("login: e-mail as array", "/api/auth/login", """{"email":["admin@renstra.local"],"password":"Renstra#2026"}"""),
        ("login: extra field twoFactorCode", "/api/auth/login", """{"email":"admin@renstra.local","password":"Renstra#2026","twoFactorCode":"000000"}"""),
        ("login: bidi override in e-mail", "/api/auth/login", """{"email":"admin\u202E@renstra.local","password":"Renstra#2026"}"""),
        ("refresh: empty", "/api/auth/refresh", """{"refreshToken":""}"""),
        ("refresh: garbage base64", "/api/auth/refresh", """{"refreshToken":"CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}"""),
        ("refresh: not base64", "/api/auth/refresh", """{"refreshToken":"%%%***!!!"}"""),
        ("refresh: huge", "/api/auth/refresh", $$"""{"refreshToken":"{{new string('Q', 300_000)}}"}"""),
        ("refresh: a JWT-looking token", "/api/auth/refresh", """{"refreshToken":"eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9."}"""),
        ("refresh: token as object", "/api/auth/refresh", """{"refreshToken":{"value":"x"}}"""),
    ];

    private static List<(string, string)> BuildBodies()
    {
        var cases = new List<(string, string)>
        {
            // Malformed and truncated JSON
            ("empty object brace only", "{"),
            ("truncated property", "{\"nilai\": "),
            ("truncated string", "{\"nilai\": {\"AngkatanKerja\": \"12"),
            ("unclosed array", "["),
            ("bare word", "nilai"),
            ("partial null", "nul"),
            ("lone quote", "\""),
            ("comma only object", "{,}"),
            ("trailing comma", "{\"nilai\": {\"AngkatanKerja\": 1,}}"),
            ("trailing garbage", "{} x"),
            ("two documents", "{}{}"),
            ("single quotes", "{'nilai': {'AngkatanKerja': 1}}"),
            ("unquoted key", "{nilai: 1}"),
            ("comment", "{/* komentar */ \"nilai\": {}}"),
            ("xml instead of json", "<nilai><AngkatanKerja>1</AngkatanKerja></nilai>"),
            ("form encoded", "nilai=1&kode=RPJMD-01"),
            ("only whitespace", "   \n\t  "),
            ("invalid escape", "{\"nilai\": \"\\x41\"}"),
            ("lone surrogate", "{\"kode\": \"\\uD800\"}"),
            ("byte order mark then garbage", "\uFEFF{garbage"),
            // Wrong types
            ("array root", "[]"),
            ("string root", "\"teks\""),
            ("number root", "123"),
            ("boolean root", "true"),
            ("null root", "null"),
            ("nilai is array", "{\"nilai\": []}"),
            ("nilai is string", "{\"nilai\": \"banyak\"}"),
            ("nilai is nested array", "{\"nilai\": [[5]]}"),
            ("value is string", "{\"nilai\": {\"AngkatanKerja\": \"banyak\"}}"),
            ("value is boolean", "{\"nilai\": {\"AngkatanKerja\": true}}"),
            ("value is object", "{\"nilai\": {\"AngkatanKerja\": {\"a\": 1}}}"),
            ("value is array", "{\"nilai\": {\"AngkatanKerja\": [1, 2]}}"),
            ("value is null", "{\"nilai\": {\"AngkatanKerja\": null}}"),
            ("rumus is number", "{\"kode\": \"X-01\", \"rumus\": 5}"),
            ("polaritas is number", "{\"kode\": \"X-01\", \"polaritas\": 1}"),
            ("tahun as text", "{\"nilai\": \"dua ribu\"}"),
            // Huge numbers
            ("beyond double", "{\"nilai\": {\"AngkatanKerja\": 1e309}}"),
            ("beyond decimal", "{\"nilai\": {\"AngkatanKerja\": 99999999999999999999999999999999999}}"),
            ("huge exponent", "{\"nilai\": {\"AngkatanKerja\": 1e400}}"),
            ("negative huge", "{\"nilai\": {\"AngkatanKerja\": -1e308}}"),
            ("absurd magnitude", "{\"nilai\": {\"AngkatanKerja\": 1e30}}"),
            ("target huge", "{\"nilai\": 1e309}"),
            ("many digits", "{\"nilai\": {\"AngkatanKerja\": 0." + new string('1', 5000) + "}}"),
            // NaN / Infinity
            ("NaN string", "{\"nilai\": {\"AngkatanKerja\": \"NaN\"}}"),
            ("Infinity string", "{\"nilai\": {\"AngkatanKerja\": \"Infinity\"}}"),
            ("negative Infinity string", "{\"nilai\": {\"AngkatanKerja\": \"-Infinity\"}}"),
            ("NaN token", "{\"nilai\": {\"AngkatanKerja\": NaN}}"),
            ("Infinity token", "{\"nilai\": Infinity}"),
            ("target NaN", "{\"nilai\": \"NaN\"}"),
            // Deep nesting
            ("nested arrays 10000", new string('[', 10000) + new string(']', 10000)),
            ("nested objects 200", string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200)),
            ("nested nilai 100", "{\"nilai\": " + string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100) + "}"),
            // Unknown fields
            ("unknown field", "{\"tidakAda\": 1}"),
            ("unknown variable", "{\"nilai\": {\"VariabelTakDikenal\": 1}}"),
            ("prototype pollution", "{\"__proto__\": {\"admin\": true}}"),
            ("dollar type", "{\"$type\": \"System.IO.FileInfo, System.IO.FileSystem\"}"),
            ("role escalation", "{\"peran\": \"Admin\", \"nilai\": {}}"),
            // Unicode and control characters in names
            ("nul in variable name", "{\"nilai\": {\"Angkatan\\u0000Kerja\": 1}}"),
            ("bell in variable name", "{\"nilai\": {\"Angkatan\\u0007Kerja\": 1}}"),
            ("rtl override in name", "{\"nilai\": {\"\\u202EajreKnatakgnA\": 1}}"),
            ("zero width in name", "{\"nilai\": {\"Angkatan\\u200BKerja\": 1}}"),
            ("emoji name", "{\"nilai\": {\"💣\": 1}}"),
            ("fullwidth name", "{\"nilai\": {\"ＡｎｇｋａｔａｎＫｅｒｊａ\": 1}}"),
            ("newline in kode", "{\"kode\": \"RPJMD-01\\nX\", \"rumus\": \"1\"}"),
            ("very long name", "{\"nilai\": {\"" + new string('A', 5000) + "\": 1}}"),
            // Path traversal and SQL-looking strings inside bodies
            ("sql in variable name", "{\"nilai\": {\"AngkatanKerja'; DROP TABLE NilaiVariabel;--\": 1}}"),
            ("path in kode", "{\"kode\": \"../../etc/passwd\", \"rumus\": \"1\"}"),
            ("sql in kode", "{\"kode\": \"X' OR '1'='1\", \"rumus\": \"1\"}"),
            // Duplicate keys
            ("duplicate variable", "{\"nilai\": {\"AngkatanKerja\": 1, \"AngkatanKerja\": 2}}"),
            ("duplicate property", "{\"nilai\": {}, \"nilai\": {}}"),
            ("duplicate kode", "{\"kode\": \"A\", \"kode\": \"B\"}"),
            ("duplicate nilai key case", "{\"nilai\": {\"AngkatanKerja\": 1}, \"Nilai\": {\"AngkatanKerja\": 2}}"),
            // More wrong shapes and values
            ("negative count", "{\"nilai\": {\"AngkatanKerja\": -5}}"),
            ("fractional count", "{\"nilai\": {\"AngkatanKerja\": 10.5}}"),
            ("number as string", "{\"nilai\": {\"AngkatanKerja\": \"70345\"}}"),
            ("hex number", "{\"nilai\": {\"AngkatanKerja\": 0x10}}"),
            ("leading zeros", "{\"nilai\": {\"AngkatanKerja\": 007}}"),
            ("plus sign", "{\"nilai\": {\"AngkatanKerja\": +5}}"),
            ("decimal comma", "{\"nilai\": {\"AngkatanKerja\": 1,5}}"),
            ("empty nilai", "{\"nilai\": {}}"),
            ("empty variable name", "{\"nilai\": {\"\": 1}}"),
            ("rumus with code", "{\"kode\": \"X-01\", \"rumus\": \"data.GetType().Assembly.Location\"}"),
            ("rumus allocation bomb", "{\"kode\": \"X-01\", \"rumus\": \"\\\"\\\".PadLeft(100000000).Length\"}"),
            ("rumus linq bomb", "{\"kode\": \"X-01\", \"rumus\": \"Enumerable.Range(1, 300000000).Count()\"}"),
            ("rumus process", "{\"kode\": \"X-01\", \"rumus\": \"System.Diagnostics.Process.Start(\\\"sh\\\")\"}"),
            ("huge array", "[" + string.Join(",", Enumerable.Repeat("1", 20000)) + "]"),
            ("many variables", "{\"nilai\": {" + string.Join(",", Enumerable.Range(0, 2000).Select(i => $"\"V{i}\": 1")) + "}}"),
            ("html in name", "{\"nama\": \"<img src=x onerror=alert(1)>\"}"),
            // Issue 14: bounds, look-alike codes, long literals, what a rules import would drop
            ("target at decimal max", "{\"nilai\": 79228162514264337593543950335}"),
            ("target beyond bound", "{\"nilai\": 1e16}"),
            ("value beyond bound", "{\"nilai\": {\"AngkatanKerja\": 1000000000000001}}"),
            ("variable bounds beyond", "{\"nama\":\"X\",\"satuan\":\"orang\",\"modul\":\"Ketenagakerjaan\",\"agregasi\":\"Terakhir\",\"min\":-1e20,\"max\":1e20}"),
            ("rumus case variant", "{\"kode\": \"RPJMD-01\", \"nama\":\"X\",\"satuan\":\"%\",\"polaritas\":\"Negatif\",\"modul\":\"Ketenagakerjaan\", \"rumus\": \"data.pengangguran / data.AngkatanKerja * 100\"}"),
            ("rumus 20-digit literal", "{\"kode\": \"RPJMD-01\", \"nama\":\"X\",\"satuan\":\"%\",\"polaritas\":\"Negatif\",\"modul\":\"Ketenagakerjaan\", \"rumus\": \"data.Pengangguran * 12345678901234567890\"}"),
            ("ekspresi case variant", "{\"ekspresi\":\"data.koperasiAktif <= data.JumlahKoperasi\",\"pesan\":\"X\"}"),
            ("import other expression type", Impor("\"RuleExpressionType\":\"Lain\"", "OutputExpression", "")),
            ("import other action", Impor("\"RuleExpressionType\":\"LambdaExpression\"", "EvaluateRule", "")),
            ("import unknown property", Impor("\"RuleExpressionType\":\"LambdaExpression\"", "OutputExpression", ",\"bobot\":\"3\"")),
            ("import oversized property", Impor("\"RuleExpressionType\":\"LambdaExpression\"", "OutputExpression", ",\"definisiOperasional\":\"" + new string('x', 300_000) + "\"")),
            ("import unknown rule field", Impor("\"RuleExpressionType\":\"LambdaExpression\",\"LocalParams\":[{\"Name\":\"a\",\"Expression\":\"1\"}]", "OutputExpression", "")),
        };
        return cases;
    }

    /// <summary>A one-workflow rules import (RPJMD-01) with the given rule fields, action name and extra properties.</summary>
    private static string Impor(string ruleField, string aksi, string properti) =>
        "[{\"WorkflowName\":\"RPJMD-01\",\"Rules\":[{\"RuleName\":\"RPJMD-01\"," + ruleField + ",\"Expression\":\"true\"," +
        "\"Actions\":{\"OnSuccess\":{\"Name\":\"" + aksi + "\",\"Context\":{\"Expression\":\"data.Pengangguran / data.AngkatanKerja * 100\"}}}," +
        "\"Properties\":{\"nama\":\"X\",\"satuan\":\"%\",\"polaritas\":\"Negatif\",\"modul\":\"Ketenagakerjaan\"" + properti + "}}]}]";

    /// <summary>A body larger than the request limit (→ 413).</summary>
    public static string Oversized() => "{\"nilai\": {\"A\": \"" + new string('x', 6 * 1024 * 1024) + "\"}}";

    public static int Count => Bodies.Count + RouteValues.Count + 1;

    /// <summary>What no error response may contain: stack traces, SQL, paths, type names.</summary>
    public static readonly string[] Internals =
    [
        "   at ", "Exception", "System.", "Microsoft.", "/work/", "/tmp/", "/home/", "/usr/", @"C:\", "SELECT ", "INSERT ",
        "UPDATE ", "SQLite", "sqlite", "Renstra.Modules", "StackTrace", "DbUpdate",
    ];

    public static string Truncate(string s) => s.Length <= 60 ? s : s[..60] + "…";

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
