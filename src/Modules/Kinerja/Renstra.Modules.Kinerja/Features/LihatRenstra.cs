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
    private static readonly string[] Cabang = ["program", "kegiatan", "subKegiatan"];

    private readonly Lazy<JsonObject> _pohon;
    private readonly Lazy<(IReadOnlyDictionary<string, string> Indikator, IReadOnlySet<string> Simpul)> _indeks;

    internal RencanaRenstra(LokasiAturan lokasi)
    {
        _pohon = new(() => new BerkasAturan(lokasi.Direktori).Rencana());
        _indeks = new(() => Indeks(_pohon.Value));
    }

    internal JsonObject Salinan() => (JsonObject)_pohon.Value.DeepClone();

    /// <summary>The id of the program, kegiatan or sub kegiatan node that lists the indicator (e.g. <c>P02.K01.S01</c>); null for tujuan/sasaran-level ones.</summary>
    internal string? SimpulIndikator(string kode) => _indeks.Value.Indikator.GetValueOrDefault(kode);

    internal bool AdaSimpul(string id) => _indeks.Value.Simpul.Contains(id);

    private static (IReadOnlyDictionary<string, string>, IReadOnlySet<string>) Indeks(JsonObject pohon)
    {
        var indikator = new Dictionary<string, string>(StringComparer.Ordinal);
        var simpul = new HashSet<string>(StringComparer.Ordinal);
        void Jalani(JsonNode? node)
        {
            if (node is not JsonObject o) return;
            if (o["id"]?.GetValue<string>() is { } id)
            {
                simpul.Add(id);
                foreach (var k in o["indikator"]?.AsArray() ?? []) if (k?.GetValue<string>() is { } kode) indikator.TryAdd(kode, id);
            }
            foreach (var c in Cabang) foreach (var anak in o[c]?.AsArray() ?? []) Jalani(anak);
        }
        foreach (var tujuan in pohon["tujuan"]?.AsArray() ?? [])
            foreach (var sasaran in tujuan?["sasaran"]?.AsArray() ?? []) Jalani(sasaran);
        return (indikator, simpul);
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
