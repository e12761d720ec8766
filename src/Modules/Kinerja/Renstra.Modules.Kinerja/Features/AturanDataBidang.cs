using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>
/// The facade the bidang modules call on submission. Reads the live (database) variables and rules on
/// every call, so a variable or rule declared at run time counts at once; compiled rules are cached by
/// rule id + version, never trusted without the stored version.
/// </summary>
internal sealed class AturanDataBidang(KinerjaDbContext db, IMesinRumus mesin) : IAturanDataBidang
{
    public async Task<IReadOnlyList<VariabelBidang>> DaftarVariabelAsync(string modul, CancellationToken cancellationToken)
    {
        var daftar = await db.Variabel.AsNoTracking().Where(v => v.Modul == modul).ToListAsync(cancellationToken);
        return daftar
            .OrderBy(v => v.Id)
            .Select(v => new VariabelBidang(v.Kode, v.Nama, v.Satuan, v.Modul, v.BilanganBulat, v.Min, v.Max, v.Agregasi))
            .ToList();
    }

    public async Task<IReadOnlyList<PelanggaranKonsistensi>> PeriksaKonsistensiAsync(
        string modul, IReadOnlyDictionary<string, decimal> nilai, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nilai);
        var aturan = await db.AturanValidasi.AsNoTracking().Where(a => a.Modul == modul).ToListAsync(cancellationToken);
        if (aturan.Count == 0) return [];
        var skema = SkemaRumus.Syarat(await db.Variabel.AsNoTracking().Select(v => v.Kode).ToListAsync(cancellationToken));
        var hasil = new List<PelanggaranKonsistensi>();
        foreach (var a in aturan.OrderBy(a => a.Urutan))
        {
            RumusTerkompilasi rumus;
            try
            {
                rumus = mesin.Kompilasi($"validasi:{a.Id}:{a.Versi}", a.Ekspresi, skema);
            }
            catch (RumusDitolakException)
            {
                continue; // a stored rule naming a variable that no longer exists cannot judge this sheet
            }
            var slot = new decimal[rumus.JumlahSlot];
            var lengkap = true;
            foreach (var acuan in rumus.Acuan)
            {
                // Consistency rules look at the sheet itself; sebelumnya.* is not available here.
                if (acuan.Sumber != SumberNilai.Data || !nilai.TryGetValue(acuan.Nama, out var v))
                {
                    lengkap = false;
                    break;
                }
                slot[acuan.Slot] = v;
            }
            if (!lengkap) continue;
            if (rumus.TryHitung(slot, out var benar, out _) && benar == 0m)
                hasil.Add(new PelanggaranKonsistensi(a.Nama, a.Pesan, rumus.Acuan.Select(x => x.Nama).Distinct().ToList()));
        }
        return hasil;
    }
}
