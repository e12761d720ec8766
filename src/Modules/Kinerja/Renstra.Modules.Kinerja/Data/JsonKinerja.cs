using System.Text.Json;

namespace Renstra.Modules.Kinerja.Data;

/// <summary>The module's one JSON setting for what it stores as text (traces, history snapshots): web defaults, camelCase.</summary>
internal static class JsonKinerja
{
    public static readonly JsonSerializerOptions Simpan = new(JsonSerializerDefaults.Web);
}
