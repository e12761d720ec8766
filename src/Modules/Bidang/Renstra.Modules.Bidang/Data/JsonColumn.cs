using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.Bidang.Data;

/// <summary>
/// Stores small value collections as one JSON text column: a sheet is always read and written whole,
/// and JSON keeps decimals exact on both providers.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<Dictionary<string, decimal>> HasNilaiJson(this PropertyBuilder<Dictionary<string, decimal>> property) =>
        property.HasConversion(
            v => JsonSerializer.Serialize(new SortedDictionary<string, decimal>(v, StringComparer.Ordinal), Options),
            s => new Dictionary<string, decimal>(
                JsonSerializer.Deserialize<Dictionary<string, decimal>>(s, Options) ?? new(), StringComparer.Ordinal),
            new ValueComparer<Dictionary<string, decimal>>(
                (a, b) => a != null && b != null && a.Count == b.Count && a.All(kv => b.ContainsKey(kv.Key) && b[kv.Key] == kv.Value),
                v => v.Count,
                v => new Dictionary<string, decimal>(v, StringComparer.Ordinal)));

    public static PropertyBuilder<List<T>> HasJson<T>(this PropertyBuilder<List<T>> property) =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            s => JsonSerializer.Deserialize<List<T>>(s, Options) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => a != null && b != null && a.SequenceEqual(b),
                v => v.Count,
                v => v.ToList()));
}
