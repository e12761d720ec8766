using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Wilayah;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>A region of the tree with its kecamatan (empty for a kecamatan).</summary>
public sealed record WilayahTampilan(string Kode, string Nama, string Tingkat, IReadOnlyList<WilayahTampilan> Kecamatan);

/// <summary><c>GET /api/wilayah</c>: the region tree (kabupaten → kecamatan) with the codes <c>?wilayah=</c> takes.</summary>
public static class LihatWilayah
{
    public sealed record Query : IQuery<WilayahTampilan>;

    public sealed class Handler(HierarkiWilayah hierarki) : IQueryHandler<Query, WilayahTampilan>
    {
        public ValueTask<WilayahTampilan> Handle(Query query, CancellationToken cancellationToken)
        {
            var kabupaten = hierarki.Cari(hierarki.Kabupaten)!;
            return ValueTask.FromResult(new WilayahTampilan(kabupaten.Kode, kabupaten.Nama, kabupaten.Tingkat,
                hierarki.Kecamatan.Select(k => new WilayahTampilan(k.Kode, k.Nama, k.Tingkat, [])).ToList()));
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/wilayah", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new Query(), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Wilayah")
            .WithSummary("Pohon wilayah: kabupaten dan kecamatannya, dengan kode untuk parameter wilayah");
}
