namespace Renstra.BrowserTests.Infrastructure;

/// <summary>
/// A browser test: skipped (with the one sentence of <see cref="Peramban.Kendala"/>) when no usable
/// Chromium is there, so a machine without one sees one failing check
/// (<see cref="PerambanTersediaTests"/>) instead of a stack trace per test.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FaktaPerambanAttribute : FactAttribute
{
    public FaktaPerambanAttribute() => Skip = Peramban.Kendala;
}

/// <summary>The data-driven form of <see cref="FaktaPerambanAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TeoriPerambanAttribute : TheoryAttribute
{
    public TeoriPerambanAttribute() => Skip = Peramban.Kendala;
}
