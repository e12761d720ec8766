using System.Reflection;
using System.Runtime.CompilerServices;
using Renstra.Shared.Abstractions;

namespace Renstra.ArchitectureTests;

/// <summary>Rule 8b, by reflection: an integration event's properties are init-only (ArchUnitNET cannot see <c>init</c>).</summary>
public static class ImmutabilityRule
{
    public static IReadOnlyList<string> MutableIntegrationEvents(IEnumerable<Assembly> assemblies) =>
        assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IntegrationEvent).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter &&
                            !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .Select(p => $"{t.FullName}.{p.Name}"))
            .ToList();
}
