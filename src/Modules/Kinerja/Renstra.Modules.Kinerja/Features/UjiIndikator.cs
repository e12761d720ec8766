using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>POST /api/indikator/uji: evaluates a definition on given values without saving anything.</summary>
public static class UjiIndikator
{
    public sealed record Command(IndikatorDefinisi? Definisi, Dictionary<string, decimal>? Data, Dictionary<string, decimal>? Sebelumnya) : ICommand<Hasil>;

    public sealed record Hasil(decimal? Nilai, string Keterangan, IReadOnlyList<string> VariabelKurang, decimal? Pembilang, decimal? Penyebut);

    public sealed class Handler(KinerjaDbContext db, LayananKinerja layanan) : ICommandHandler<Command, Hasil>
    {
        public async ValueTask<Hasil> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.Definisi is null) throw ValidationFailedException.For("definisi", "Definisi indikator wajib diisi.");
            var skema = await layanan.Katalog.SkemaIndikatorAsync(cancellationToken);
            var aturan = await db.AturanCapaian.Where(a => a.Jenis == "Capaian").Select(a => a.Nama).ToListAsync(cancellationToken);
            var kode = command.Definisi.Kode ?? "UJI";
            var (d, _) = PemeriksaanIndikator.Periksa(kode, command.Definisi, skema, aturan, layanan.Mesin);
            if ((command.Data?.Count ?? 0) + (command.Sebelumnya?.Count ?? 0) > 500)
                throw ValidationFailedException.For("data", "Terlalu banyak nilai (paling banyak 500).");

            var rumus = layanan.Mesin.Kompilasi("uji", d.Rumus!, skema);
            var syarat = string.IsNullOrWhiteSpace(d.Syarat) ? null : layanan.Mesin.Kompilasi("uji-syarat", d.Syarat, SkemaRumus.Syarat(skema.Variabel));
            var indikator = new IndikatorTerkompilasi(kode, 0, d.Polaritas!, d.AturanCapaian ?? d.Polaritas!, rumus, syarat);
            var h = PenghitungCapaian.Hitung(indikator, Nilai(command.Data, "data"), Nilai(command.Sebelumnya, "sebelumnya"), null,
                new AturanCapaianTerkompilasi(new Dictionary<string, RumusTerkompilasi>(), [], []));
            var keterangan = h.Realisasi is not null ? "Rumus dapat dihitung." : h.Keterangan ?? "Tidak ada nilai.";
            return new Hasil(h.Realisasi, keterangan, h.VariabelKurang, h.Jejak.Pembilang, h.Jejak.Penyebut);
        }

        private static Dictionary<string, NilaiPeriode> Nilai(Dictionary<string, decimal>? nilai, string sumber) =>
            (nilai ?? []).ToDictionary(kv => kv.Key, kv => new NilaiPeriode(kv.Value, sumber), StringComparer.Ordinal);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/indikator/uji", async (Command command, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(command, ct)))
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Indikator")
            .WithSummary("Mencoba rumus indikator pada nilai contoh tanpa menyimpan.");
}
