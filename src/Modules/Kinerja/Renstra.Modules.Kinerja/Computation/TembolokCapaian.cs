using System.Collections.Concurrent;
using System.IO.Compression;
using Renstra.Shared.Hosting;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// Serialised capaian responses of this instance, one per query as sent (only a query that passed its checks
/// gets an entry), valid for exactly one version stamp of its region (<see cref="StempelCapaian"/>): an entry
/// whose stamp differs from the database's is never served. Holds the gzip form beside the plain one, so a hot
/// read neither serialises nor compresses.
/// </summary>
internal sealed class TembolokCapaian : ITembolokSenggang
{
    private const int BatasEntri = 2000;

    /// <summary>A year of every indicator is ≈ 90 KB with its gzip form: bounded by bytes too, not only by count.</summary>
    private const long BatasByte = 32L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Entri> _entri = new(StringComparer.Ordinal);

    /// <summary>Bytes held, approximately (concurrent replacements may count one twice): only the bound reads it.</summary>
    private long _byte;

    internal sealed record Entri(string Wilayah, string Stempel, string ETag, byte[] Json, byte[] Gzip);

    /// <summary>The entry of a query, whatever its stamp: the caller compares it with the database's.</summary>
    public Entri? Cari(string kunci) => _entri.GetValueOrDefault(kunci);

    public Entri Simpan(string kunci, string wilayah, string stempel, byte[] json)
    {
        using var keluaran = new MemoryStream();
        using (var gzip = new GZipStream(keluaran, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(json);
        var sidik = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(kunci)).AsSpan(0, 8));
        var etag = $"W/\"{stempel}-{sidik}\"";
        var entri = new Entri(wilayah, stempel, etag, json, keluaran.ToArray());
        var ukuran = entri.Json.LongLength + entri.Gzip.LongLength;
        if (Interlocked.Read(ref _byte) + ukuran > BatasByte || _entri.Count >= BatasEntri)
            Kosongkan();
        if (_entri.TryGetValue(kunci, out var lama)) Interlocked.Add(ref _byte, -(lama.Json.LongLength + lama.Gzip.LongLength));
        _entri[kunci] = entri;
        Interlocked.Add(ref _byte, ukuran);
        return entri;
    }

    /// <summary>Emptied when the app idles: every entry is rebuilt from the stored results on its next read.</summary>
    public void Kosongkan()
    {
        _entri.Clear();
        Interlocked.Exchange(ref _byte, 0);
    }
}
