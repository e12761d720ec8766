using Microsoft.AspNetCore.Http;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>What the evaluation documents' reads share: the same data as JSON, or as the official XLSX layout.</summary>
internal static class DokumenEvaluasi
{
    /// <summary>The document in the asked <paramref name="format"/> (none, <c>json</c> or <c>xlsx</c>); any other is a field error.</summary>
    public static async Task<IResult> JawabAsync<T>(string? format, Func<ValueTask<T>> json, Func<ValueTask<BerkasEvaluasi>> xlsx)
    {
        switch (format)
        {
            case null or "" or "json":
                return Results.Ok(await json());
            case "xlsx":
                var berkas = await xlsx();
                return Results.File(berkas.Isi, berkas.JenisKonten, berkas.NamaBerkas);
            default:
                throw ValidationFailedException.For("format", "Format yang tersedia: json atau xlsx.");
        }
    }
}
