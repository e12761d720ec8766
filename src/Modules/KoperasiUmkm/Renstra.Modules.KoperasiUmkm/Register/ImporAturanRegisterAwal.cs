using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Data.Register;
using Renstra.Modules.KoperasiUmkm.Domain;
using Renstra.Shared.Hosting;

namespace Renstra.Modules.KoperasiUmkm.Register;

/// <summary>
/// Imports the shipped derivation rules (<c>rules/register/KoperasiUmkm.json</c>) on first start, each
/// checked by the same allow-list as an edit. Idempotent like Kinerja's import: a marker row commits with
/// the rules, so a second start (or a second instance) imports nothing.
/// </summary>
internal sealed partial class ImporAturanRegisterAwal(
    KoperasiUmkmDbContext db, IConfiguration configuration, IHostEnvironment environment, TimeProvider time,
    ILogger<ImporAturanRegisterAwal> logger) : IStartupTask
{
    public const string Oleh = "sistem (aturan bawaan)";
    private const string Bagian = "register";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await db.ImporAturanRegisterBawaan.AnyAsync(i => i.Bagian == Bagian, cancellationToken)) return;
        var berkas = Path.Combine(LokasiAturanBawaan.Cari(configuration, environment), "register", "KoperasiUmkm.json");
        var sekarang = time.GetUtcNow().UtcDateTime;
        if (File.Exists(berkas))
        {
            using var dokumen = JsonDocument.Parse(await File.ReadAllTextAsync(berkas, cancellationToken));
            foreach (var properti in dokumen.RootElement.GetProperty("aturan").EnumerateObject())
            {
                var (aturan, galat) = PemeriksaAturanTurunan.Baca(properti.Value);
                if (aturan is null)
                    throw new InvalidOperationException($"Aturan register bawaan {properti.Name} tidak lolos pemeriksaan: {string.Join("; ", galat.SelectMany(g => g.Value))}");
                var isi = aturan.KeJson();
                db.AturanRegister.Add(new AturanRegister { Variabel = properti.Name, Isi = isi, Versi = 1, DiubahOleh = Oleh, DiubahPadaUtc = sekarang });
                db.AturanRegisterRiwayat.Add(new AturanRegisterRiwayat { Variabel = properti.Name, Isi = isi, Versi = 1, DiubahOleh = Oleh, DiubahPadaUtc = sekarang });
            }
        }
        db.ImporAturanRegisterBawaan.Add(new ImporAturanRegisterBawaan { Bagian = Bagian, PadaUtc = sekarang });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogDiimpor(logger, berkas);
        }
        catch (DbUpdateException)
        {
            // Another instance imported them at the same moment; its rows stand.
            db.ChangeTracker.Clear();
            if (!await db.ImporAturanRegisterBawaan.AnyAsync(i => i.Bagian == Bagian, cancellationToken)) throw;
        }
        db.ChangeTracker.Clear();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported the shipped register derivation rules from {Berkas}")]
    private static partial void LogDiimpor(ILogger logger, string berkas);
}
