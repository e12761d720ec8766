using Renstra.Modules.Kinerja.Computation;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>
/// The facade the bidang modules call on submission. Answers from the stored version of the variables and rules
/// (<see cref="TembolokAturanBidang"/> holds them in memory only while the database's version stamp matches), so a
/// variable or rule declared at run time, on any instance, counts on the next call.
/// </summary>
internal sealed class AturanDataBidang(TembolokAturanBidang tembolok) : IAturanDataBidang
{
    public async Task<IReadOnlyList<VariabelBidang>> DaftarVariabelAsync(string modul, CancellationToken cancellationToken) =>
        (await tembolok.BacaAsync(cancellationToken)).Variabel.GetValueOrDefault(modul) ?? (IReadOnlyList<VariabelBidang>)[];

    public async Task<IReadOnlyList<PelanggaranKonsistensi>> PeriksaKonsistensiAsync(
        string modul, IReadOnlyDictionary<string, decimal> nilai, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nilai);
        if ((await tembolok.BacaAsync(cancellationToken)).Aturan.GetValueOrDefault(modul) is not { Count: > 0 } aturan) return [];
        var hasil = new List<PelanggaranKonsistensi>();
        foreach (var a in aturan)
        {
            var slot = new decimal[a.Rumus.JumlahSlot];
            var lengkap = true;
            foreach (var acuan in a.Rumus.Acuan)
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
            if (a.Rumus.TryHitung(slot, out var benar, out _) && benar == 0m)
                hasil.Add(new PelanggaranKonsistensi(a.Nama, a.Pesan, a.Rumus.Acuan.Select(x => x.Nama).Distinct().ToList()));
        }
        return hasil;
    }
}
