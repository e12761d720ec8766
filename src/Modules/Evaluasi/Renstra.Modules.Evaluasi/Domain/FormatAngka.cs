using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Evaluasi.Domain;

/// <summary>Numbers as an Indonesian document prints them: 1.132.666.575 and 97,93.</summary>
internal static class FormatAngka
{
    public static string Indonesia(decimal nilai) =>
        nilai == decimal.Truncate(nilai) ? nilai.ToString("N0", Budaya.Indonesia) : nilai.ToString("#,##0.##", Budaya.Indonesia);
}
