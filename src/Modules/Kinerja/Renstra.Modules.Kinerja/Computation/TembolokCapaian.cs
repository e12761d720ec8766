using System.Collections.Concurrent;
using System.IO.Compression;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// Serialised capaian responses of this instance, one per query, valid for exactly one version stamp
/// (<see cref="StempelCapaian"/>): an entry whose stamp differs from the database's is never served.
/// Holds the gzip form beside the plain one, so a hot read neither serialises nor compresses.
/// </summary>
internal sealed class TembolokCapaian
{
    private const int BatasEntri = 2000;
    private readonly ConcurrentDictionary<string, Entri> _entri = new(StringComparer.Ordinal);

    internal sealed record Entri(string Stempel, string ETag, byte[] Json, byte[] Gzip);

    public Entri? Ambil(string kunci, string stempel) =>
        _entri.TryGetValue(kunci, out var e) && e.Stempel == stempel ? e : null;

    public Entri Simpan(string kunci, string stempel, byte[] json)
    {
        if (_entri.Count >= BatasEntri) _entri.Clear();
        using var keluaran = new MemoryStream();
        using (var gzip = new GZipStream(keluaran, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(json);
        var sidik = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(kunci)).AsSpan(0, 8));
        var etag = $"W/\"{stempel}-{sidik}\"";
        var entri = new Entri(stempel, etag, json, keluaran.ToArray());
        _entri[kunci] = entri;
        return entri;
    }
}
