using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Shared.Audit;
using Renstra.Web.Formatting;

namespace Renstra.Web.Pages.Audit;

/// <summary>
/// The audit trail for the administrator: every module's log merged, newest first, filtered by day range,
/// kind of record and person — the same read as <c>GET /api/audit</c>, in words instead of JSON.
/// </summary>
public sealed class IndexModel(IEnumerable<IAuditSource> sources, IServiceProvider scope, ISender sender) : PageModel
{
    public const int Batas = 200;

    /// <summary>The kinds of record the log holds, as people call them; the key is the stored type name.</summary>
    public static readonly IReadOnlyDictionary<string, string> JenisCatatan = new Dictionary<string, string>
    {
        ["LembarData"] = "Lembar data bidang",
        ["Indikator"] = "Indikator",
        ["IndikatorVersi"] = "Versi rumus indikator",
        ["TargetIndikator"] = "Target indikator",
        ["Variabel"] = "Variabel",
        ["AturanValidasi"] = "Aturan konsistensi",
        ["AturanCapaian"] = "Aturan capaian",
        ["Pengguna"] = "Akun pengguna",
        ["IdentityRole"] = "Peran",
        ["IdentityUserRole"] = "Peran akun",
        ["IdentityUserClaim"] = "Bidang akun",
    };

    /// <summary>Columns nobody needs to read (technical bookkeeping; secrets are redacted anyway).</summary>
    private static readonly HashSet<string> KolomTeknis = new(StringComparer.OrdinalIgnoreCase)
    {
        "Id", "ConcurrencyStamp", "SecurityStamp", "PasswordHash", "NormalizedEmail", "NormalizedUserName", "NormalizedName",
        "UserId", "RoleId", "ClaimType", "LockoutEnabled", "TwoFactorEnabled", "PhoneNumberConfirmed", "EmailConfirmed",
        "AccessFailedCount", "Jejak",
    };

    /// <summary>Identity's English column names as people say them; the modules' columns are Indonesian already.</summary>
    private static readonly Dictionary<string, string> NamaKolom = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UserName"] = "Nama pengguna", ["NamaLengkap"] = "Nama lengkap", ["LockoutEnd"] = "Terkunci sampai",
        ["ClaimValue"] = "Bidang", ["Name"] = "Nama", ["PhoneNumber"] = "Telepon",
    };

    public sealed record Baris(DateTimeOffset Waktu, string Oleh, string Aksi, string Jenis, string Kunci, string Modul, IReadOnlyList<string> Perubahan);

    [BindProperty(SupportsGet = true)] public string? Dari { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sampai { get; set; }
    [BindProperty(SupportsGet = true)] public string? Jenis { get; set; }
    [BindProperty(SupportsGet = true)] public string? Oleh { get; set; }

    public IReadOnlyList<Baris> Catatan { get; private set; } = [];

    public Dictionary<string, string> Galat { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var dari = Tanggal(Dari, nameof(Dari), akhirHari: false);
        var sampai = Tanggal(Sampai, nameof(Sampai), akhirHari: true);
        if (!string.IsNullOrEmpty(Jenis) && !JenisCatatan.ContainsKey(Jenis)) Galat[nameof(Jenis)] = "Jenis catatan tidak dikenal.";
        if (Galat.Count > 0) return;
        var filter = new AuditFilter(dari, sampai, string.IsNullOrEmpty(Jenis) ? null : Jenis, string.IsNullOrWhiteSpace(Oleh) ? null : Oleh.Trim(), Batas);
        var kamus = await KamusVariabel.BacaAsync(sender, cancellationToken);
        Catatan = (await AuditGabungan.BacaAsync(sources, scope, filter, cancellationToken))
            .Select(a => new Baris(
                new DateTimeOffset(DateTime.SpecifyKind(a.WaktuUtc, DateTimeKind.Utc)), a.Oleh, a.Aksi,
                JenisCatatan.GetValueOrDefault(a.Entitas, "Catatan lain"), a.Kunci, FormatIndonesia.Modul(a.Modul),
                Perubahan(a).Select(kamus.Ganti).ToList()))
            .ToList();
    }

    private DateTime? Tanggal(string? teks, string isian, bool akhirHari)
    {
        if (string.IsNullOrWhiteSpace(teks)) return null;
        if (DateOnly.TryParseExact(teks, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var tanggal))
        {
            // The day as people in Belitung Timur live it (WIB), stored times are UTC.
            var lokal = tanggal.ToDateTime(akhirHari ? TimeOnly.MaxValue : TimeOnly.MinValue);
            return TimeZoneInfo.ConvertTimeToUtc(lokal, FormatIndonesia.ZonaWaktu);
        }
        Galat[isian] = "Tanggal tidak sah; pilih tanggal dari kalender.";
        return null;
    }

    private static List<string> Perubahan(AuditEntry a)
    {
        var sebelum = Baca(a.Sebelum);
        var sesudah = Baca(a.Sesudah);
        var terbaca = sebelum.Keys.Union(sesudah.Keys)
            .Where(k => !KolomTeknis.Contains(k))
            .Select(k => (NamaKolom.GetValueOrDefault(k, k), sebelum.TryGetValue(k, out var lama), lama, sesudah.TryGetValue(k, out var baru), baru) switch
            {
                (var n, true, var l, true, var b) => $"{n}: {l} → {b}",
                (var n, false, _, true, var b) => $"{n}: {b}",
                (var n, _, var l, _, _) => $"{n}: {l} (dihapus)",
            })
            .ToList();
        if (terbaca.Count == 0 && (sebelum.Count > 0 || sesudah.Count > 0)) terbaca.Add("Hanya data teknis (mis. tanda sesi setelah keluar atau ganti kata sandi).");
        return terbaca;
    }

    private static Dictionary<string, string> Baca(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind != JsonValueKind.Object
            ? []
            : doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Teks(p.Value));
    }

    /// <summary>
    /// A stored value in words. Objects and lists (a sheet's values, a derivation rule kept as JSON text) are
    /// written out as "name: value" pairs, never as JSON.
    /// </summary>
    private static string Teks(JsonElement nilai) => nilai.ValueKind switch
    {
        JsonValueKind.String when nilai.TryGetDateTimeOffset(out var waktu) => FormatIndonesia.TanggalJam(waktu),
        JsonValueKind.String when nilai.GetString() is { } teks && teks.TrimStart() is ['{', ..] or ['[', ..] => TeksJson(teks),
        JsonValueKind.String => nilai.GetString() ?? "",
        JsonValueKind.Null => "kosong",
        JsonValueKind.True => "ya",
        JsonValueKind.False => "tidak",
        JsonValueKind.Number => nilai.TryGetDecimal(out var d) ? FormatIndonesia.Angka(d, 6) : nilai.GetRawText(),
        JsonValueKind.Object => string.Join("; ", nilai.EnumerateObject().Select(p => $"{p.Name}: {Teks(p.Value)}")),
        JsonValueKind.Array => string.Join(", ", nilai.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? $"({Teks(e)})" : Teks(e))),
        _ => "",
    };

    private static string TeksJson(string teks)
    {
        try
        {
            using var doc = JsonDocument.Parse(teks);
            return Teks(doc.RootElement);
        }
        catch (JsonException)
        {
            return teks;
        }
    }
}
