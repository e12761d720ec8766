namespace Renstra.IntegrationTests.Security;

/// <summary>Who may call an endpoint. The matrix test derives every expected answer from this.</summary>
public abstract record Akses
{
    /// <summary>Anyone, signed in or not.</summary>
    public sealed record Anonim : Akses;

    /// <summary>Any signed-in role: Admin, Pimpinan, every Operator.</summary>
    public sealed record Pembaca : Akses;

    /// <summary>Administrators only.</summary>
    public sealed record Admin : Akses;

    /// <summary>Admin or Pimpinan (who write the evaluation texts).</summary>
    public sealed record Penilai : Akses;

    /// <summary>Admin, or the Operator of this module.</summary>
    public sealed record PengisiData(string Modul) : Akses;

    /// <summary>A web page: signed-in roles as <see cref="Pembaca"/>; anonymous visitors are sent to /masuk.</summary>
    public sealed record Halaman(Akses Untuk) : Akses;
}

/// <summary>
/// The declarative table of the authorization matrix: every endpoint of the app, by method and route
/// pattern. An endpoint missing here, or a row whose endpoint no longer exists, fails the tests.
/// </summary>
public static class AuthorizationMatrix
{
    public static IReadOnlyDictionary<string, Akses> Table => LazyTable.Value;

    private static readonly Lazy<Dictionary<string, Akses>> LazyTable = new(BuildTable);

    private static Dictionary<string, Akses> BuildTable()
    {
        var table = new Dictionary<string, Akses>(Kinerja.Concat(Host).Concat(Evaluasi).Concat(Register));
        foreach (var (slug, modul) in new[] { ("ketenagakerjaan", "Ketenagakerjaan"), ("koperasi-umkm", "KoperasiUmkm"), ("sekretariat", "Sekretariat") })
        {
            table[$"GET /api/{slug}/data/{{periode}}"] = new Akses.Pembaca();
            table[$"GET /api/{slug}/data/{{periode}}/revisi"] = new Akses.Pembaca();
            table[$"GET /api/{slug}/data/{{periode}}/revisi/{{nomor:int}}"] = new Akses.Pembaca();
            table[$"GET /api/{slug}/kekurangan"] = new Akses.Pembaca();
            table[$"GET /api/{slug}/kelengkapan"] = new Akses.Pembaca();
            table[$"GET /api/{slug}/templat"] = new Akses.Pembaca();
            table[$"PUT /api/{slug}/data/{{periode}}"] = new Akses.PengisiData(modul);
            table[$"DELETE /api/{slug}/data/{{periode}}/nilai/{{variabel}}"] = new Akses.PengisiData(modul);
            table[$"POST /api/{slug}/data/{{periode}}/unggah"] = new Akses.PengisiData(modul);
            table[$"POST /api/{slug}/data/{{periode}}/kunci"] = new Akses.Admin();
            table[$"POST /api/{slug}/data/{{periode}}/buka-kunci"] = new Akses.Admin();
            table[$"POST /api/{slug}/kekurangan/hitung"] = new Akses.Admin();
            table[$"GET /api/{slug}/anggaran/{{periode}}"] = new Akses.Pembaca();
            table[$"GET /api/{slug}/anggaran/{{periode}}/revisi"] = new Akses.Pembaca();
            table[$"PUT /api/{slug}/anggaran/{{periode}}"] = new Akses.PengisiData(modul);
            table[$"POST /api/{slug}/anggaran/{{periode}}/kunci"] = new Akses.Admin();
            table[$"POST /api/{slug}/anggaran/{{periode}}/buka-kunci"] = new Akses.Admin();
            table[$"GET /api/{slug}/anggaran/{{periode}}/templat"] = new Akses.Pembaca();
            table[$"POST /api/{slug}/anggaran/{{periode}}/unggah"] = new Akses.PengisiData(modul);
        }
        return table;
    }

    private static readonly Dictionary<string, Akses> Kinerja = new()
    {
        ["GET /api/indikator"] = new Akses.Pembaca(),
        ["GET /api/indikator/{kode}"] = new Akses.Pembaca(),
        ["GET /api/indikator/{kode}/riwayat"] = new Akses.Pembaca(),
        ["GET /api/indikator/{kode}/target"] = new Akses.Pembaca(),
        ["GET /api/indikator/ekspor"] = new Akses.Pembaca(),
        ["PUT /api/indikator/{kode}"] = new Akses.Admin(),
        ["PUT /api/indikator/{kode}/target/{tahun}"] = new Akses.Admin(),
        ["POST /api/indikator/uji"] = new Akses.Admin(),
        ["POST /api/indikator/impor"] = new Akses.Admin(),
        ["GET /api/variabel"] = new Akses.Pembaca(),
        ["PUT /api/variabel/{kode}"] = new Akses.Admin(),
        ["GET /api/capaian"] = new Akses.Pembaca(),
        ["GET /api/capaian/{kode}"] = new Akses.Pembaca(),
        ["GET /api/capaian/ekspor"] = new Akses.Pembaca(),
        ["GET /api/renstra"] = new Akses.Pembaca(),
        ["GET /api/aturan-validasi"] = new Akses.Pembaca(),
        ["PUT /api/aturan-validasi/{modul}/{nama}"] = new Akses.Admin(),
        ["GET /api/aturan-validasi/{modul}/{nama}/riwayat"] = new Akses.Pembaca(),
        ["GET /api/aturan-capaian"] = new Akses.Pembaca(),
        ["PUT /api/aturan-capaian/{nama}"] = new Akses.Admin(),
        ["GET /api/aturan-capaian/{nama}/riwayat"] = new Akses.Pembaca(),
        ["GET /api/wilayah"] = new Akses.Pembaca(),
    };

    /// <summary>The KoperasiUmkm registers and their derivation rules.</summary>
    private static readonly Dictionary<string, Akses> Register = BuildRegister();

    private static Dictionary<string, Akses> BuildRegister()
    {
        var table = new Dictionary<string, Akses>
        {
            ["GET /api/aturan-register"] = new Akses.Pembaca(),
            ["GET /api/aturan-register/{variabel}/riwayat"] = new Akses.Pembaca(),
            ["PUT /api/aturan-register/{variabel}"] = new Akses.Admin(),
            ["GET /api/register/antrian-turunan"] = new Akses.Pembaca(),
        };
        foreach (var register in new[] { "koperasi", "usaha-mikro" })
        {
            table[$"GET /api/{register}/"] = new Akses.Pembaca();
            table[$"GET /api/{register}/{{idRekaman:long}}"] = new Akses.Pembaca();
            table[$"POST /api/{register}/"] = new Akses.PengisiData("KoperasiUmkm");
            table[$"PUT /api/{register}/{{idRekaman:long}}"] = new Akses.PengisiData("KoperasiUmkm");
            table[$"PUT /api/{register}/{{idRekaman:long}}/tahunan/{{tahun:int}}"] = new Akses.PengisiData("KoperasiUmkm");
            table[$"POST /api/{register}/{{idRekaman:long}}/layanan"] = new Akses.PengisiData("KoperasiUmkm");
            table[$"POST /api/{register}/impor"] = new Akses.PengisiData("KoperasiUmkm");
        }
        return table;
    }
    private static readonly Dictionary<string, Akses> Evaluasi = new()
    {
        ["GET /api/anggaran/{tahun}"] = new Akses.Pembaca(),
        ["PUT /api/anggaran/{tahun}/dpa"] = new Akses.Admin(),
        ["GET /api/evaluasi/riwayat"] = new Akses.Pembaca(),
        ["GET /api/evaluasi/akumulasi"] = new Akses.Pembaca(),
        ["PUT /api/evaluasi/akumulasi/{kode}"] = new Akses.Admin(),
        ["GET /api/evaluasi/renja/{tahun}"] = new Akses.Pembaca(),
        ["PUT /api/evaluasi/renja/{tahun}/catatan"] = new Akses.Penilai(),
        ["GET /api/evaluasi/lkjip/{tahun}"] = new Akses.Pembaca(),
        ["GET /api/evaluasi/efisiensi"] = new Akses.Pembaca(),
        ["PUT /api/evaluasi/efisiensi"] = new Akses.Admin(),
    };

    private static readonly Dictionary<string, Akses> Host = new()
    {
        ["* /health"] = new Akses.Anonim(),
        ["* /health/live"] = new Akses.Anonim(),
        ["* /health/ready"] = new Akses.Anonim(),
        ["GET /openapi/{documentName}.json"] = new Akses.Anonim(),
        ["GET /scalar/{documentName?}"] = new Akses.Anonim(),
        ["GET /scalar/favicon.svg"] = new Akses.Anonim(),
        ["GET /scalar/scalar.aspnetcore.js"] = new Akses.Anonim(),
        ["GET /scalar/scalar.js"] = new Akses.Anonim(),
        ["POST /api/auth/login"] = new Akses.Anonim(),
        ["POST /api/auth/refresh"] = new Akses.Anonim(),
        ["GET /api/audit"] = new Akses.Admin(),
        ["GET /api/pengguna"] = new Akses.Admin(),
        ["POST /api/pengguna"] = new Akses.Admin(),
        ["PUT /api/pengguna/{id}"] = new Akses.Admin(),
        ["POST /api/pengguna/{id}/buka-kunci"] = new Akses.Admin(),
        ["POST /api/pengguna/{id}/kata-sandi"] = new Akses.Admin(),
        ["* /hangfire/{**path}"] = new Akses.Admin(),
        // Web UI (Razor Pages); its static files are checked apart (AuthorizationMatrixTests).
        ["* /masuk"] = new Akses.Anonim(),
        ["GET /favicon.ico"] = new Akses.Anonim(),
        ["* /akses-ditolak"] = new Akses.Anonim(),
        ["* /"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /keluar"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /isian"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /isian/buka"] = new Akses.Halaman(new Akses.Pembaca()),
        // Everyone reads a sheet; writing it is checked per module inside the page (PengisiData).
        ["* /isian/{modul}/{periode}"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /indikator/{kode}"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /ekspor"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /aturan"] = new Akses.Halaman(new Akses.Admin()),
        ["* /aturan/{kode}"] = new Akses.Halaman(new Akses.Admin()),
        ["* /aturan/variabel"] = new Akses.Halaman(new Akses.Admin()),
        // Everyone reads the registers; adding, editing and importing is checked inside the page (PengisiData).
        ["* /register/koperasi"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /register/koperasi/{idRekaman:long}"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /register/usaha-mikro"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /register/usaha-mikro/{idRekaman:long}"] = new Akses.Halaman(new Akses.Pembaca()),
        // Evaluasi pages: everyone reads; writing the texts, the DPA and a realisasi sheet is checked inside the page.
        ["* /evaluasi/renja"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /evaluasi/renja/cetak"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /evaluasi/anggaran"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /evaluasi/lkjip"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /evaluasi/realisasi/{modul}/{periode}"] = new Akses.Halaman(new Akses.Pembaca()),
        ["* /pengguna"] = new Akses.Halaman(new Akses.Admin()),
        ["* /audit"] = new Akses.Halaman(new Akses.Admin()),
    };

    /// <summary>Sample values for route parameters, so every endpoint can be called.</summary>
    public static readonly IReadOnlyDictionary<string, string> SampleRouteValues = new Dictionary<string, string>
    {
        ["documentName"] = "v1",
        ["path"] = "",
        ["kode"] = "RPJMD-01",
        ["tahun"] = "2024",
        ["periode"] = "2024",
        ["revisi"] = "1",
        ["n"] = "1",
        ["nomor"] = "1",
        ["versi"] = "1",
        ["modul"] = "KoperasiUmkm",
        ["nama"] = "KoperasiAktifMaksKoperasi",
        ["id"] = "00000000-0000-0000-0000-000000000000",
        ["idRekaman"] = "1",
        ["variabel"] = "KspUspSehat",
    };

    public static readonly IReadOnlyDictionary<string, string?> OperatorModules = new Dictionary<string, string?>
    {
        ["operator.naker@renstra.local"] = "Ketenagakerjaan",
        ["operator.kukm@renstra.local"] = "KoperasiUmkm",
        ["operator.sekretariat@renstra.local"] = "Sekretariat",
    };

    /// <summary>Whether <paramref name="user"/> (null = anonymous) may call an endpoint with <paramref name="akses"/>.</summary>
    public static bool Allows(Akses akses, string? user) => akses switch
    {
        Akses.Anonim => true,
        Akses.Halaman h => user is not null && Allows(h.Untuk, user),
        _ when user is null => false,
        Akses.Pembaca => true,
        Akses.Admin => user == "admin@renstra.local",
        Akses.Penilai => user is "admin@renstra.local" or "pimpinan@renstra.local",
        Akses.PengisiData p => user == "admin@renstra.local" || OperatorModules.GetValueOrDefault(user) == p.Modul,
        _ => false,
    };
}
