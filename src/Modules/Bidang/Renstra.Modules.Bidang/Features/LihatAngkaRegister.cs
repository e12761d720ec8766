using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// The numbers a register produces for the kabupaten's sheet of one period: for each register-derived variable that a
/// kecamatan sheet of the period holds (the register wrote it), the sum over the kecamatan — what Kinerja uses for the
/// kabupaten when it has no value of its own — and how many kecamatan have one. Read from the stored value rows
/// (<c>NilaiLembar</c>), no sheet's JSON. Empty for a module without registers. The web form shows these read-only.
/// </summary>
public static class LihatAngkaRegister
{
    public sealed record Query(string Modul, string Periode) : IQuery<IReadOnlyList<AngkaRegisterRespons>>;

    public sealed class Handler(IServiceProvider services) : IQueryHandler<Query, IReadOnlyList<AngkaRegisterRespons>>
    {
        public async ValueTask<IReadOnlyList<AngkaRegisterRespons>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (services.GetKeyedService<IVariabelDariRegister>(query.Modul) is not { } register) return [];
            var (periode, wilayah) = services.Kunci(query.Periode, null);
            var kecamatan = services.GetRequiredService<HierarkiWilayah>().Anak(wilayah);
            var turunan = await register.DaftarAsync(cancellationToken);
            var nilai = await services.Database(query.Modul).NilaiLembar.AsNoTracking()
                .Where(n => n.Lembar!.Periode == periode && kecamatan.Contains(n.Lembar.Wilayah))
                .Select(n => new { n.Variabel, n.Nilai })
                .ToListAsync(cancellationToken);
            return nilai.Where(n => turunan.ContainsKey(n.Variabel))
                .GroupBy(n => n.Variabel, StringComparer.Ordinal)
                .Select(g => new AngkaRegisterRespons(g.Key, turunan[g.Key], g.Sum(n => n.Nilai), g.Count()))
                .OrderBy(a => a.Variabel, StringComparer.Ordinal)
                .ToList();
        }
    }
}

/// <summary>A register-derived variable's number for the kabupaten: the sum of <paramref name="JumlahKecamatan"/> kecamatan.</summary>
/// <param name="Register">The register it is derived from: <c>Koperasi</c> or <c>UsahaMikro</c>.</param>
public sealed record AngkaRegisterRespons(string Variabel, string Register, decimal Jumlah, int JumlahKecamatan);
