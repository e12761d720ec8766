using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Renstra.Shared.Persistence;

/// <summary>
/// Names the EF Core compiled model of one DbContext type: a module's context (SQL Server) or its SQLite context, as
/// <c>scripts/optimize-models.sh</c> generates them into <c>Data/CompiledModels/&lt;provider&gt;</c> — one per provider,
/// because SQLite and SQL Server annotate the same model differently. The script writes this attribute where EF writes its
/// own <c>DbContextModel</c> attribute, which EF would apply to every context of that exact type wherever it is created;
/// this one is applied only where <see cref="ModuleDbContextRegistration"/> chooses the provider (and the context type with
/// it), so design-time tools and hand-built contexts keep building their model by conventions.
/// CompiledModelTests fails while a compiled model is missing or behind its context's model.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class CompiledModelAttribute(Type contextType, Type modelType) : Attribute
{
    public Type ContextType { get; } = contextType;

    /// <summary>The generated model class, with a static <c>Instance</c>.</summary>
    public Type ModelType { get; } = modelType;

    /// <summary>The compiled model of exactly <typeparamref name="TContext"/>, from the assembly that declares it.</summary>
    /// <exception cref="InvalidOperationException">It has none: run <c>scripts/optimize-models.sh</c>.</exception>
    public static IModel Of<TContext>() where TContext : DbContext =>
        Tersimpan<TContext>.Model ?? throw new InvalidOperationException(
            $"{typeof(TContext).Name} has no compiled model; run scripts/optimize-models.sh.");

    /// <summary>The compiled model of exactly <paramref name="contextType"/>, or null when it has none.</summary>
    public static IModel? Find(Type contextType) =>
        contextType.Assembly.GetCustomAttributes<CompiledModelAttribute>().SingleOrDefault(a => a.ContextType == contextType) is { } a
            ? (IModel)a.ModelType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!
            : null;

    /// <summary>
    /// Looked up once per context type: the options of a context are built per request scope (its interceptors are scoped),
    /// and the attribute reflection was ≈ 1.5 % of a sheet PUT's CPU (docs/benchmarks.md, "Session 10").
    /// </summary>
    private static class Tersimpan<TContext> where TContext : DbContext
    {
        public static readonly IModel? Model = Find(typeof(TContext));
    }
}
