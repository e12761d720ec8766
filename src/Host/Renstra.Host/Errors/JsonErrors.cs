using System.Text.Json;
using System.Text.RegularExpressions;
using Renstra.Shared.Abstractions;

namespace Renstra.Host.Errors;

/// <summary>
/// Turns System.Text.Json's (English, type-naming) exceptions into Indonesian messages, field by field
/// where the failure names a field. Nothing of the original message reaches the client.
/// </summary>
internal static partial class JsonErrors
{
    public static string Detail(JsonException exception) => exception.Message switch
    {
        var m when m.StartsWith("Duplicate property", StringComparison.Ordinal) => "Ada nama yang dikirim lebih dari sekali.",
        var m when m.Contains("could not be mapped", StringComparison.Ordinal) => "Ada kolom yang tidak dikenal.",
        var m when m.Contains("maximum configured depth", StringComparison.Ordinal) => "JSON terlalu dalam bersarang (maksimal 32 tingkat).",
        var m when m.Contains("could not be converted", StringComparison.Ordinal) => "Ada nilai yang tipenya tidak sesuai.",
        _ => "Isi permintaan bukan JSON yang valid.",
    };

    public static IReadOnlyDictionary<string, string[]>? Fields(JsonException exception)
    {
        var message = exception.Message;
        if (message.StartsWith("Duplicate property", StringComparison.Ordinal) && Quoted().Match(message) is { Success: true } dup)
            return One(dup.Groups[1].Value, $"'{Clip(dup.Groups[1].Value)}' dikirim lebih dari sekali; setiap nama hanya boleh muncul sekali.");
        if (message.Contains("could not be mapped", StringComparison.Ordinal) && Quoted().Match(message) is { Success: true } unknown)
            return One(unknown.Groups[1].Value, $"Kolom '{Clip(unknown.Groups[1].Value)}' tidak dikenal.");
        if (message.Contains("could not be converted", StringComparison.Ordinal) && exception.Path is { Length: > 2 } path)
        {
            var field = path.TrimStart('$', '.');
            return One(field, "Tipe nilai tidak sesuai (mis. teks di tempat angka).");
        }
        return null;
    }

    private static Dictionary<string, string[]> One(string field, string message) => new() { [Clip(field)] = [message] };

    private static string Clip(string text) => TeksPengguna.Kutip(text, 100);

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}
