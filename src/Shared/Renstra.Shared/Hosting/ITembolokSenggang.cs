using Microsoft.Extensions.DependencyInjection;

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

public static class TembolokSenggangRegistration
{
    /// <summary>Registers <typeparamref name="T"/> as a singleton that is also emptied when the app idles.</summary>
    public static IServiceCollection AddTembolokSenggang<T>(this IServiceCollection services) where T : class, ITembolokSenggang
    {
        services.AddSingleton<T>();
        services.AddSingleton<ITembolokSenggang>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
