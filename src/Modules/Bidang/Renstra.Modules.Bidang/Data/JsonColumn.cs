using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renstra.Modules.Bidang.Data;

/// <summary>
/// Stores small value collections as one JSON text column: a sheet is always read and written whole,
/// and JSON keeps decimals exact on both providers.
/// </summary>
/// <remarks>
/// The conversions call methods instead of capturing <see cref="Options"/>: the compiled models
/// (scripts/optimize-models.sh) write each conversion out as C#, which cannot reach a private field.
/// </remarks>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<Dictionary<string, decimal>> HasNilaiJson(this PropertyBuilder<Dictionary<string, decimal>> property) =>
        property.HasConversion(
            v => TulisNilai(v),
            s => BacaNilai(s),
            new ValueComparer<Dictionary<string, decimal>>(
                (a, b) => SamaNilai(a, b),
                v => v.Count,
                v => new Dictionary<string, decimal>(v, StringComparer.Ordinal)));

    public static PropertyBuilder<List<T>> HasJson<T>(this PropertyBuilder<List<T>> property) =>
        property.HasConversion(
            v => Tulis(v),
            s => Baca<T>(s),
            new ValueComparer<List<T>>(
                (a, b) => a != null && b != null && a.SequenceEqual(b),
                v => v.Count,
                v => v.ToList()));

    /// <summary>
    /// The comparer's equality as a method: EF compiles a comparer's expression, and a lambda nested in it (an <c>All</c>
    /// over the other dictionary) became a closure made by <c>DynamicMethod.CreateDelegate</c> on every comparison — the
    /// change detection of every sheet PUT paid it (docs/benchmarks.md, "PUT → capaian visible", Session 19).
    /// </summary>
    internal static bool SamaNilai(Dictionary<string, decimal>? a, Dictionary<string, decimal>? b)
    {
        if (a is null || b is null || a.Count != b.Count) return false;
        foreach (var (kode, nilai) in a)
            if (!b.TryGetValue(kode, out var lain) || lain != nilai) return false;
        return true;
    }

    internal static string TulisNilai(Dictionary<string, decimal> nilai) =>
        JsonSerializer.Serialize(new SortedDictionary<string, decimal>(nilai, StringComparer.Ordinal), Options);

    internal static Dictionary<string, decimal> BacaNilai(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, decimal>>(json, Options) ?? new(), StringComparer.Ordinal);

    internal static string Tulis<T>(List<T> daftar) => JsonSerializer.Serialize(daftar, Options);

    internal static List<T> Baca<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}
