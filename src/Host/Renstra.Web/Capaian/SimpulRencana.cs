using System.Text.Json.Nodes;

namespace Renstra.Web.Capaian;

/// <summary>A program, kegiatan or sub kegiatan of the plan tree (<c>GET /api/renstra</c>), flattened for a filter list.</summary>
/// <param name="Id">The stable node id, e.g. <c>P02.K01.S01</c>.</param>
/// <param name="Nama">The node's name as the Renstra prints it.</param>
/// <param name="Tingkat">0 = program, 1 = kegiatan, 2 = sub kegiatan.</param>
public sealed record SimpulRencana(string Id, string Nama, int Tingkat)
{
    private static readonly string[] Anak = ["program", "kegiatan", "subKegiatan"];

    public static IReadOnlyList<SimpulRencana> Dari(JsonObject pohon)
    {
        var hasil = new List<SimpulRencana>();
        void Jalani(JsonNode? node, int tingkat)
        {
            foreach (var n in node?[Anak[tingkat]]?.AsArray() ?? [])
            {
                if (n?["id"]?.GetValue<string>() is { } id) hasil.Add(new(id, n["nama"]?.GetValue<string>() ?? id, tingkat));
                if (tingkat < Anak.Length - 1) Jalani(n, tingkat + 1);
            }
        }
        foreach (var tujuan in pohon["tujuan"]?.AsArray() ?? [])
            foreach (var sasaran in tujuan?["sasaran"]?.AsArray() ?? []) Jalani(sasaran, 0);
        return hasil.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
    }
}
