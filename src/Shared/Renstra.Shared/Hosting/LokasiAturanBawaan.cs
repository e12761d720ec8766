using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Renstra.Shared.Hosting;

/// <summary>
/// Where the shipped rules are: <c>Renstra:RulesDirectory</c>, else the first <c>rules/</c> folder holding
/// <c>indikator/</c> found walking up from the content root, then from the current directory.
/// </summary>
public static class LokasiAturanBawaan
{
    public static string Cari(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["Renstra:RulesDirectory"] is { Length: > 0 } configured) return Path.GetFullPath(configured);
        foreach (var start in new[] { environment.ContentRootPath, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var rules = Path.Combine(dir.FullName, "rules");
                if (Directory.Exists(Path.Combine(rules, "indikator"))) return rules;
            }
        }
        throw new InvalidOperationException("Folder aturan 'rules/' tidak ditemukan; atur Renstra:RulesDirectory.");
    }
}
