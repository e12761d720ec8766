using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Modules.Bidang.Data;
using Renstra.Modules.Bidang.Domain;
using Renstra.Modules.Kinerja.Contracts;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Bidang.Features;

/// <summary>The checks of <see cref="SimpanLembar"/> that concern registers and cumulative variables.</summary>
public static partial class SimpanLembar
{
    public sealed partial class Handler
    {
        /// <summary>A kecamatan sheet's register-derived variables are written by the register only.</summary>
        private async Task PeriksaDariRegisterAsync(Command command, string wilayah, IEnumerable<string> kode, CancellationToken cancellationToken)
        {
            if (command.Sumber == SumberLembar.Register || !services.GetRequiredService<HierarkiWilayah>().IsKecamatan(wilayah)) return;
            if (services.GetKeyedService<IVariabelDariRegister>(command.Modul) is not { } register) return;
            var turunan = await register.DaftarAsync(cancellationToken);
            var galat = kode.Where(turunan.ContainsKey).ToDictionary(
                k => k,
                k => new[] { $"{k} pada lembar kecamatan dihitung dari register {SebutanRegister.Sebut(turunan[k])}; ubah data register, bukan lembar." },
                StringComparer.Ordinal);
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Data ditolak; tidak ada yang disimpan. Variabel dari register tidak diisi manual.");
        }

        /// <summary>
        /// The register-derived variables (code → register) a typed submission sends for a region that has kecamatan
        /// (the kabupaten): their number is the sum of the kecamatan's, which the register writes.
        /// </summary>
        private async Task<IReadOnlyDictionary<string, string>> TurunanKabupatenAsync(
            Command command, string wilayah, IEnumerable<string> kode, CancellationToken cancellationToken)
        {
            if (command.Sumber == SumberLembar.Register || services.GetRequiredService<HierarkiWilayah>().Anak(wilayah).Count == 0)
                return new Dictionary<string, string>();
            if (services.GetKeyedService<IVariabelDariRegister>(command.Modul) is not { } register) return new Dictionary<string, string>();
            var turunan = await register.DaftarAsync(cancellationToken);
            return kode.Where(turunan.ContainsKey).ToDictionary(k => k, k => turunan[k], StringComparer.Ordinal);
        }

        /// <summary>
        /// Nobody types over a number the register produces: a typed kabupaten value of a register-derived variable is
        /// refused when it would change the sheet and a kecamatan sheet of the period already holds that variable (the
        /// register wrote it, so the kabupaten's number is their sum). Sending the stored value again changes nothing
        /// and passes; a period the register has no number for (data from before the registers) still takes a value.
        /// </summary>
        private async Task PeriksaKabupatenDariRegisterAsync(
            BidangDbContext db, string periode, string wilayah, IReadOnlyDictionary<string, string> turunan,
            IReadOnlyList<PerubahanNilai> perubahan, IReadOnlyList<VariabelBidang> katalog, CancellationToken cancellationToken)
        {
            if (turunan.Count == 0) return;
            var diubah = perubahan.Select(p => p.Variabel).Where(turunan.ContainsKey).ToList();
            if (diubah.Count == 0) return;
            var kecamatan = services.GetRequiredService<HierarkiWilayah>().Anak(wilayah);
            var dariRegister = await db.NilaiLembar.AsNoTracking()
                .Where(n => n.Lembar!.Periode == periode && kecamatan.Contains(n.Lembar.Wilayah) && diubah.Contains(n.Variabel))
                .Select(n => n.Variabel)
                .Distinct()
                .ToListAsync(cancellationToken);
            if (dariRegister.Count == 0) return;
            var nama = katalog.ToDictionary(v => v.Kode, v => v.Nama, StringComparer.Ordinal);
            var galat = dariRegister.Order(StringComparer.Ordinal).ToDictionary(
                k => k,
                k => new[]
                {
                    $"{nama.GetValueOrDefault(k, k)} untuk kabupaten pada periode {periode} adalah jumlah kecamatan yang dihitung dari " +
                    $"register {SebutanRegister.Sebut(turunan[k])}; tidak bisa diketik. Ubah data di register {SebutanRegister.Sebut(turunan[k])}.",
                },
                StringComparer.Ordinal);
            throw new ValidationFailedException(galat,
                "Data ditolak; tidak ada yang disimpan. Angka yang dihitung dari register tidak diketik di lembar kabupaten.");
        }

        /// <summary>The submitted variables whose aggregation is <c>Kumulatif</c> (typed submissions only).</summary>
        private static HashSet<string> Kumulatif(Command command, IReadOnlyList<VariabelBidang> katalog, IEnumerable<string> kode)
        {
            if (command.Sumber == SumberLembar.Register || !Periode.TryParse(command.Periode, out var p) || p.IsTahunan) return [];
            var kumulatif = katalog.Where(v => v.Agregasi == PemeriksaKumulatif.Agregasi).Select(v => v.Kode).ToHashSet(StringComparer.Ordinal);
            kumulatif.IntersectWith(kode);
            return kumulatif;
        }

        private static async Task PeriksaKumulatifAsync(
            BidangDbContext db, string periode, string wilayah, IReadOnlyDictionary<string, decimal> nilai, IReadOnlySet<string> kumulatif,
            CancellationToken cancellationToken)
        {
            if (kumulatif.Count == 0) return;
            var p = Periode.Parse(periode);
            var lain = p.KuartalDalamTahun().Where(k => k != p).Select(k => k.ToString()).ToList();
            var tersimpan = await db.Lembar.AsNoTracking().Where(l => l.Wilayah == wilayah && lain.Contains(l.Periode))
                .Select(l => new { l.Periode, l.Nilai }).ToListAsync(cancellationToken);
            var galat = PemeriksaKumulatif.Periksa(p, nilai, kumulatif,
                tersimpan.ToDictionary(l => Periode.Parse(l.Periode), l => (IReadOnlyDictionary<string, decimal>)l.Nilai));
            if (galat.Count > 0)
                throw new ValidationFailedException(galat.ToDictionary(g => g.Key, g => g.Value.ToArray()), "Data ditolak; tidak ada yang disimpan. " + galat.First().Value[0]);
        }
    }
}
