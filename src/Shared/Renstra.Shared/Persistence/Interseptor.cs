using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Renstra.Shared.Persistence;

/// <summary>The interceptors a context was built with, by the role they play for our own write paths.</summary>
public static class Interseptor
{
    /// <summary>The context's interceptors that are also a <typeparamref name="T"/> (in the order they were added).</summary>
    public static IEnumerable<T> InterseptorBerperan<T>(this DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<T>() ?? [];
}
