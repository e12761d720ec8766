using System.Text.Json;
using System.Text.Json.Nodes;

namespace Renstra.Modules.Kinerja.Data.Bawaan;

/// <summary>Reads the shipped rule files (rules/…). Shapes follow rules/README.md.</summary>
internal sealed class BerkasAturan(string direktori)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public string Direktori { get; } = direktori;

    public IEnumerable<KatalogVariabelJson> KatalogVariabel() =>
        Berkas("variabel").Select(f => Baca<KatalogVariabelJson>(f));

    public IEnumerable<WorkflowJson> Validasi() => Berkas("validasi").Select(f => Baca<WorkflowJson>(f));

    public IEnumerable<WorkflowJson> Indikator() => Berkas("indikator").Select(f => Baca<WorkflowJson>(f));

    public WorkflowJson Capaian(string nama) => Baca<WorkflowJson>(Path.Combine(Direktori, "capaian", nama + ".json"));

    public IReadOnlyList<TargetJson> Target() => Baca<List<TargetJson>>(Path.Combine(Direktori, "target", "target.json"));

    public JsonObject Rencana() => JsonNode.Parse(File.ReadAllText(Path.Combine(Direktori, "renstra", "rencana.json")))!.AsObject();

    private IEnumerable<string> Berkas(string sub) =>
        Directory.EnumerateFiles(Path.Combine(Direktori, sub), "*.json").Order(StringComparer.Ordinal);

    private static T Baca<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) ?? throw new InvalidOperationException($"Berkas aturan kosong: {Path.GetFileName(path)}");
}

internal sealed record KatalogVariabelJson(string Modul, List<VariabelJson> Variabel);

internal sealed record VariabelJson(
    string Kode, string Nama, string Satuan, bool BilanganBulat, decimal? Min, decimal? Max, string Agregasi, string? Keterangan);

/// <summary>A Microsoft RulesEngine workflow as stored in the rule files.</summary>
internal sealed record WorkflowJson(string WorkflowName, List<RuleJson> Rules);

internal sealed record RuleJson(
    string RuleName, string? RuleExpressionType, string Expression, string? ErrorMessage, ActionsJson? Actions, Dictionary<string, JsonElement>? Properties)
{
    /// <summary>The value formula: the OnSuccess OutputExpression's <c>Context.Expression</c>.</summary>
    public string? Output => Actions?.OnSuccess?.Context is { } c && c.TryGetValue("Expression", out var e) ? e : null;

    public string? Properti(string nama) =>
        Properties is not null && Properties.TryGetValue(nama, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString() : null;
}

internal sealed record ActionsJson(ActionJson? OnSuccess);

internal sealed record ActionJson(string Name, Dictionary<string, string>? Context);

internal sealed record TargetJson(string Kode, JsonElement Baseline, Dictionary<string, JsonElement> Target, SumberJson? Sumber = null);

/// <summary>Where a baseline and the targets were printed, and where the document's tables disagree.</summary>
internal sealed record SumberJson(string? Baseline, string? Target, List<PerbedaanJson>? Perbedaan);

internal sealed record PerbedaanJson(string Bagian, JsonElement Dipakai, List<TercetakJson>? Tercetak, string Alasan);

internal sealed record TercetakJson(string Sumber, JsonElement Nilai);
