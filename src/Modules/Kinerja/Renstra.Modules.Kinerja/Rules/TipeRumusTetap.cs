using System.Collections;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;
using System.Runtime.CompilerServices;
using RulesEngine.HelperFunctions;

namespace Renstra.Modules.Kinerja.Rules;

/// <summary>
/// The custom types a formula may name: exactly those of RulesEngine's own parser (<c>RulesEngine.CustomTypeProvider</c>:
/// its <see cref="ExpressionUtils"/>, <see cref="Enumerable"/>, their base types and interfaces, <see cref="IEnumerable"/>),
/// without Dynamic LINQ's search of every loaded assembly for <c>[DynamicLinqType]</c>. That search calls
/// <c>GetTypes()</c> on each of the ≈ 200 loaded assemblies, so the runtime loads ≈ 16 000 types it never uses and keeps
/// their structures for the life of the process (≈ 15–25 MB; docs/benchmarks.md "Memory over mixed use"), and Dynamic
/// LINQ repeats it for every name a formula uses that it does not know. No assembly of this app carries that attribute
/// (<c>TipeRumusTetapTests</c> proves the set equals RulesEngine's).
/// </summary>
internal sealed class TipeRumusTetap : IDynamicLinqCustomTypeProvider
{
    public static readonly TipeRumusTetap Instance = new();

    private readonly HashSet<Type> _tipe;
    private readonly Lazy<Dictionary<Type, List<MethodInfo>>> _metodeEkstensi;

    private TipeRumusTetap()
    {
        _tipe = [typeof(ExpressionUtils), typeof(Enumerable)];
        var antre = new Queue<Type>(_tipe);
        while (antre.TryDequeue(out var t))
        {
            if (t.BaseType is { } dasar && _tipe.Add(dasar)) antre.Enqueue(dasar);
            foreach (var antarmuka in t.GetInterfaces())
                if (_tipe.Add(antarmuka)) antre.Enqueue(antarmuka);
        }
        _tipe.Add(typeof(IEnumerable));

        // Only when the parser asks (as Dynamic LINQ's own provider does): it reflects over every method of Enumerable.
        _metodeEkstensi = new(() => _tipe
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(m => m.IsDefined(typeof(ExtensionAttribute), false))
            .GroupBy(m => m.GetParameters()[0].ParameterType)
            .ToDictionary(g => g.Key, g => g.ToList()));
    }

    public HashSet<Type> GetCustomTypes() => _tipe;

    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => _metodeEkstensi.Value;

    public Type? ResolveType(string typeName) => _tipe.FirstOrDefault(t => t.FullName == typeName);

    public Type? ResolveTypeBySimpleName(string simpleTypeName) =>
        _tipe.FirstOrDefault(t => t.FullName?.EndsWith("." + simpleTypeName, StringComparison.Ordinal) == true);
}
