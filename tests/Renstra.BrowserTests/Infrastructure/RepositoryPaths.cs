namespace Renstra.BrowserTests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The repository root, found from the test binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Renstra.Modular.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Renstra.Modular.sln not found above the test folder.");
    }
}
