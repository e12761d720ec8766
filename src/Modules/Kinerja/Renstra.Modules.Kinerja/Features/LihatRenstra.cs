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

    internal RencanaRenstra(LokasiAturan lokasi) => _pohon = new(() => BeriId(new BerkasAturan(lokasi.Direktori).Rencana()));

    internal JsonObject Salinan() => (JsonObject)_pohon.Value.DeepClone();

    /// <summary>The tree itself (read-only: callers must not change it).</summary>
    internal JsonObject Pohon => _pohon.Value;

    /// <summary>
    /// Gives every program, kegiatan and sub kegiatan its stable id (<c>P03</c>, <c>P03.K01</c>,
    /// <c>P03.K01.S02</c>) by its position in the document, unless the file names one itself.
    /// </summary>
    internal static JsonObject BeriId(JsonObject pohon)
    {
        var nomorProgram = 0;
        foreach (var program in Anak(pohon, "tujuan").SelectMany(t => Anak(t, "sasaran")).SelectMany(s => Anak(s, "program")))
        {
            var idProgram = Tetapkan(program, $"P{++nomorProgram:00}");
            var nomorKegiatan = 0;
            foreach (var kegiatan in Anak(program, "kegiatan"))
            {
                var idKegiatan = Tetapkan(kegiatan, $"{idProgram}.K{++nomorKegiatan:00}");
                var nomorSub = 0;
                foreach (var sub in Anak(kegiatan, "subKegiatan")) Tetapkan(sub, $"{idKegiatan}.S{++nomorSub:00}");
            }
        }
        return pohon;
    }

    internal static IEnumerable<JsonObject> Anak(JsonNode induk, string nama) =>
        induk[nama] is JsonArray daftar ? daftar.OfType<JsonObject>() : [];

    private static string Tetapkan(JsonObject node, string id)
    {
        if (node["id"] is JsonValue v && v.TryGetValue<string>(out var ada) && ada.Length > 0) return ada;
        node.Insert(0, "id", id);
        return id;
    }
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
