namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// The runtime settings the published host starts with (its runtimeconfig.json): chosen for an office server's memory
/// (ADR 0016, docs/benchmarks.md "Memory"), and easy to lose in a project-file edit.
/// </summary>
public sealed class RuntimeConfigTests
{
    private static readonly string Konfigurasi = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Renstra.Host.runtimeconfig.json"));

    [Fact]
    public void Only_methods_called_a_thousand_times_are_compiled_again_optimised()
    {
        Assert.Contains("\"System.Runtime.TieredCompilation.CallCountThreshold\": 1000", Konfigurasi, StringComparison.Ordinal);
    }

    [Fact]
    public void Tiered_compilation_keeps_no_profile_instrumented_copies()
    {
        Assert.Contains("\"System.Runtime.TieredPGO\": false", Konfigurasi, StringComparison.Ordinal);
    }
}
