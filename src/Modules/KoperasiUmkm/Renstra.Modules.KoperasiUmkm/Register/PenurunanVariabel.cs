using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Renstra.Modules.Bidang;
using Renstra.Modules.Bidang.Features;
using Renstra.Modules.KoperasiUmkm.Contracts;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.KoperasiUmkm.Data.Register;
using Renstra.Modules.KoperasiUmkm.Domain;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.KoperasiUmkm.Register;

/// <summary>
/// Derives the register variables and writes them where typed values go: a revision of each kecamatan's
/// sheet (source <c>register</c>), whose integration event makes Kinerja recompute the capaian that
/// depend on them. Run by the queued job <see cref="PemrosesTurunan"/> after a register or rule change;
/// idempotent — only values that differ from the stored sheet are written, and a locked (frozen) period is
/// left as it is.
/// </summary>
internal sealed partial class PenurunanVariabel(
    KoperasiUmkmDbContext db, ISender sender, HierarkiWilayah wilayah, TimeProvider time, IConfiguration configuration,
    ILogger<PenurunanVariabel> logger) : IVariabelDariRegister, IVariabelRegister
{
    /// <summary>The first year derived values are written for (<c>Renstra:Register:TahunAwal</c>).</summary>
    private int TahunAwal => configuration.GetValue("Renstra:Register:TahunAwal", 2021);

    public async Task<IReadOnlyDictionary<string, string>> DaftarAsync(CancellationToken cancellationToken) =>
        (await AturanAsync(cancellationToken)).ToDictionary(a => a.Key, a => a.Value.Register, StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, string>> VariabelDariRegisterAsync(CancellationToken cancellationToken) => DaftarAsync(cancellationToken);

    internal async Task<Dictionary<string, AturanTurunan>> AturanAsync(CancellationToken cancellationToken)
    {
        var tersimpan = await db.AturanRegister.AsNoTracking().ToListAsync(cancellationToken);
        var hasil = new Dictionary<string, AturanTurunan>(StringComparer.Ordinal);
        foreach (var a in tersimpan)
            if (JsonSerializer.Deserialize<AturanTurunan>(a.Isi, AturanTurunan.Json) is { } aturan) hasil[a.Variabel] = aturan;
        return hasil;
    }

    /// <summary>Recomputes the variables of <paramref name="register"/> (null: every register); returns the sheets written.</summary>
    public async Task<int> JalankanAsync(string? register, CancellationToken cancellationToken)
    {
        var aturan = (await AturanAsync(cancellationToken)).Where(a => register is null || a.Value.Register == register).ToList();
        if (aturan.Count == 0) return 0;
        var data = await MuatAsync(cancellationToken);
        var hariIni = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var daftarPeriode = DaftarPeriode(hariIni);
        var kecamatan = wilayah.Kecamatan.Select(k => k.Kode).ToList();
        var teksPeriode = daftarPeriode.Select(p => p.ToString()).ToList();
        var lembar = (await db.Lembar.AsNoTracking().Where(l => kecamatan.Contains(l.Wilayah) && teksPeriode.Contains(l.Periode))
                .Select(l => new { l.Periode, l.Wilayah, l.Nilai, l.Terkunci }).ToListAsync(cancellationToken))
            .ToDictionary(l => (l.Periode, l.Wilayah));

        var ditulis = 0;
        foreach (var kode in kecamatan)
        foreach (var periode in daftarPeriode)
        {
            var ada = lembar.GetValueOrDefault((periode.ToString(), kode));
            if (ada is { Terkunci: true }) continue;
            var berubah = new List<KeyValuePair<string, JsonElement>>();
            foreach (var (variabel, a) in aturan)
            {
                decimal? tersimpan = ada is not null && ada.Nilai.TryGetValue(variabel, out var n) ? n : null;
                if (tersimpan is null && !PenghitungTurunan.AdaEntitas(a.Register, data, periode, kode)) continue;
                var nilai = PenghitungTurunan.Hitung(a, data, periode, kode);
                if (tersimpan != nilai) berubah.Add(KeyValuePair.Create(variabel, JsonSerializer.SerializeToElement(nilai)));
            }
            if (berubah.Count == 0) continue;
            try
            {
                await sender.Send(new SimpanLembar.Command(KoperasiUmkmModule.Modul.Nama, periode.ToString(), kode, berubah, null, SumberLembar.Register), cancellationToken);
                ditulis++;
            }
            catch (ConflictException e)
            {
                LogTidakDitulis(logger, periode.ToString(), kode, e.Message); // locked meanwhile: the frozen period keeps its values
            }
            catch (ValidationFailedException e)
            {
                // A consistency rule refused the derived sheet: the register change stands (it is committed),
                // the sheet keeps its previous revision, and the log says why.
                LogTidakDitulis(logger, periode.ToString(), kode, e.Message);
            }
        }
        return ditulis;
    }

    /// <summary>Every year from <see cref="TahunAwal"/> to this year, and each quarter that has begun.</summary>
    private List<Periode> DaftarPeriode(DateOnly hariIni)
    {
        var hasil = new List<Periode>();
        for (var tahun = Math.Max(TahunAwal, Periode.TahunMinimum); tahun <= Math.Min(hariIni.Year, Periode.TahunMaksimum); tahun++)
        {
            hasil.Add(Periode.TahunPenuh(tahun));
            hasil.AddRange(Periode.TahunPenuh(tahun).KuartalDalamTahun().Where(k => PenghitungTurunan.Rentang(k).Awal <= hariIni));
        }
        return hasil;
    }

    private async Task<DataRegister> MuatAsync(CancellationToken cancellationToken)
    {
        var riwayat = await db.RiwayatRegister.AsNoTracking().OrderBy(r => r.Versi)
            .Select(r => new { r.KoperasiId, r.UsahaMikroId, r.Versi, r.Status, r.StatusSejak }).ToListAsync(cancellationToken);
        var statusKoperasi = riwayat.Where(r => r.KoperasiId is not null).GroupBy(r => r.KoperasiId!.Value)
            .ToDictionary(g => g.Key, g => PenghitungTurunan.GarisStatus(g.Select(r => new StatusPada(r.StatusSejak, r.Status))));
        var statusUsaha = riwayat.Where(r => r.UsahaMikroId is not null).GroupBy(r => r.UsahaMikroId!.Value)
            .ToDictionary(g => g.Key, g => PenghitungTurunan.GarisStatus(g.Select(r => new StatusPada(r.StatusSejak, r.Status))));

        var koperasi = await db.Koperasi.AsNoTracking().Include(k => k.Tahunan).Include(k => k.Layanan).AsSplitQuery().ToListAsync(cancellationToken);
        var usaha = await db.UsahaMikro.AsNoTracking().Include(u => u.Skala).Include(u => u.Layanan).AsSplitQuery().ToListAsync(cancellationToken);
        return new DataRegister(
            koperasi.Select(k => new KoperasiRekam(
                k.Id, k.Kecamatan, k.Jenis, k.TanggalBerdiri,
                statusKoperasi.GetValueOrDefault(k.Id) ?? [new StatusPada(k.StatusSejak, k.Status)],
                k.Tahunan.ToDictionary(t => t.Tahun, t => new TahunanRekam(t.Rat, t.JumlahAnggota, t.ModalSendiri, t.VolumeUsaha, t.Aset, t.Shu)),
                k.Layanan.Select(l => new LayananRekam(l.Jenis, l.Tanggal, l.Hasil)).ToList())).ToList(),
            usaha.Select(u => new UsahaMikroRekam(
                u.Id, u.Kecamatan, u.Sektor,
                statusUsaha.GetValueOrDefault(u.Id) ?? [new StatusPada(u.StatusSejak, u.Status)],
                u.Skala.ToDictionary(s => s.Tahun, s => s.Skala),
                u.TanggalIzin, u.TanggalKemitraan, u.TanggalWirausahaBaru,
                u.Layanan.Select(l => new LayananRekam(l.Jenis, l.Tanggal, null)).ToList())).ToList());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Register-derived values of {Periode} in {Wilayah} not written: {Alasan}")]
    private static partial void LogTidakDitulis(ILogger logger, string periode, string wilayah, string alasan);
}
