using System.Text.Json;
using System.Text.Json.Serialization;
using Renstra.Modules.Kinerja.Domain;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// The stored trace's serializer, generated at build time with the same settings as <c>JsonKinerja.Simpan</c> (web
/// defaults, camelCase): a recompute writes one trace per result, and the reflection serializer was a fifth of it.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(JejakHitung))]
internal sealed partial class JsonJejak : JsonSerializerContext;
