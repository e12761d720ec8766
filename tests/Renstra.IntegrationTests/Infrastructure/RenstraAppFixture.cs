namespace Renstra.IntegrationTests.Infrastructure;

/// <summary>One app per test class; started lazily on first use.</summary>
public sealed class RenstraAppFixture : IDisposable
{
    public RenstraApp App { get; } = new();

    public void Dispose() => App.Dispose();
}
