using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Renstra.Modules.Kinerja.Data.Bawaan;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>The plan tree of rules/renstra/rencana.json, read once; it is the document, not editable data.</summary>
public sealed class RencanaRenstra
{
    private readonly Lazy<JsonObject> _pohon;

    internal RencanaRenstra(LokasiAturan lokasi) => _pohon = new(() => new BerkasAturan(lokasi.Direktori).Rencana());

    internal JsonObject Salinan() => (JsonObject)_pohon.Value.DeepClone();
}

/// <summary>GET /api/renstra: the Renstra tree (tujuan → sasaran → program → kegiatan → sub kegiatan) with indicators and pagu.</summary>
public static class LihatRenstra
{
    public sealed record Query : IQuery<JsonObject>;

    public sealed class Handler(RencanaRenstra rencana) : IQueryHandler<Query, JsonObject>
    {
        public ValueTask<JsonObject> Handle(Query query, CancellationToken cancellationToken) => ValueTask.FromResult(rencana.Salinan());
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/renstra", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new Query(), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Renstra").WithSummary("Pohon Renstra 2021–2026 (hanya baca), dengan indikator dan pagu.");
}
