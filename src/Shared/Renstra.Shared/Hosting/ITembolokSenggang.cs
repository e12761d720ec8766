namespace Renstra.Shared.Hosting;

/// <summary>
/// An in-memory cache that may be emptied when the app has been idle for a while (see the host's
/// <c>PelepasIngatanSenggang</c>): everything in it can be rebuilt from the database on the next request.
/// Registered as a singleton by the module that owns the cache.
/// </summary>
public interface ITembolokSenggang
{
    /// <summary>Drops every entry; safe to call while requests run (they miss and rebuild).</summary>
    void Kosongkan();
}
