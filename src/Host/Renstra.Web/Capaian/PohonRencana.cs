using System.Text.Json.Nodes;
using Mediator;
using Renstra.Modules.Kinerja.Features;

namespace Renstra.Web.Capaian;

/// <summary>A node of the plan tree as the dashboard shows it.</summary>
/// <param name="Id">The stable id of a program, kegiatan or sub kegiatan (<c>P02.K01</c>); null for a tujuan or sasaran.</param>
/// <param name="Jenis">Tujuan, Sasaran, Program, Kegiatan or Sub kegiatan.</param>
/// <param name="Nama">The node's text as the Renstra prints it.</param>
/// <param name="Indikator">The codes of the node's own indicators.</param>
/// <param name="Pagu">The Renstra's pagu per year, whole rupiah (programs, kegiatan, sub kegiatan).</param>
/// <param name="Anak">The nodes one level down.</param>
public sealed record SimpulPohon(
    string? Id, string Jenis, string Nama, IReadOnlyList<string> Indikator, IReadOnlyDictionary<int, decimal> Pagu, IReadOnlyList<SimpulPohon> Anak)
{
    /// <summary>The node and every node under it, depth first.</summary>
    public IEnumerable<SimpulPohon> DanTurunan() => Anak.SelectMany(a => a.DanTurunan()).Prepend(this);

    /// <summary>The DPA in force for year's sub kegiatan, summed up the tree; null when none of them has one.</summary>
    public decimal? Dpa(IReadOnlyDictionary<string, decimal> dpa)
    {
        ArgumentNullException.ThrowIfNull(dpa);
        if (Jenis == "Sub kegiatan") return Id is not null && dpa.TryGetValue(Id, out var nilai) ? nilai : null;
        var anak = Anak.Select(a => a.Dpa(dpa)).OfType<decimal>().ToList();
        return anak.Count == 0 ? null : anak.Sum();
    }
}

/// <summary>
/// The plan tree (tujuan → sasaran → program → kegiatan → sub kegiatan) of <c>GET /api/renstra</c>, read once
/// per application: it is the Renstra document itself, read-only.
/// </summary>
public sealed class PohonRencana
{
    private IReadOnlyList<SimpulPohon>? _tujuan;

    /// <summary>The tujuan, each with everything under it.</summary>
    public async ValueTask<IReadOnlyList<SimpulPohon>> BacaAsync(ISender sender, CancellationToken cancellationToken) =>
        _tujuan ??= Dari(await sender.Send(new LihatRenstra.Query(), cancellationToken));

    internal static IReadOnlyList<SimpulPohon> Dari(JsonObject pohon)
    {
        ArgumentNullException.ThrowIfNull(pohon);
        return Daftar(pohon, "tujuan", "Tujuan", n => Daftar(n, "sasaran", "Sasaran", s => Daftar(s, "program", "Program",
            p => Daftar(p, "kegiatan", "Kegiatan", k => Daftar(k, "subKegiatan", "Sub kegiatan", _ => [])))));
    }

    private static List<SimpulPohon> Daftar(JsonNode induk, string nama, string jenis, Func<JsonObject, IReadOnlyList<SimpulPohon>> anak) =>
        (induk[nama] as JsonArray ?? []).OfType<JsonObject>().Select(n => new SimpulPohon(
            n["id"]?.GetValue<string>(), jenis, n["nama"]?.GetValue<string>() ?? n["uraian"]?.GetValue<string>() ?? "",
            (n["indikator"] as JsonArray ?? []).Select(k => k?.GetValue<string>()).OfType<string>().ToList(),
            (n["pagu"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(p => p["tahun"] is JsonValue && p["nilai"] is JsonValue)
                .GroupBy(p => p["tahun"]!.GetValue<int>()).ToDictionary(g => g.Key, g => g.First()["nilai"]!.GetValue<decimal>()),
            anak(n))).ToList();
}
