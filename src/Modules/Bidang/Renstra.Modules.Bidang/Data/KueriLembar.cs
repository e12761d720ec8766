using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Renstra.Modules.Bidang.Data;

/// <summary>
/// The read of the sheet a PUT merges into (just before its module file's write turn; its value rows are written by key,
/// not read: <see cref="NilaiLembarSalinan.Salin"/>), compiled once:
/// a LINQ query is parameterised and looked up in EF's query cache on every run, about 7 % of a combined write's
/// time on the file's single writer when the read was inside the turn (docs/benchmarks.md, "PUT → capaian visible",
/// Session 13). Compiled per context type: a compiled query keeps one model and compiles again whenever a context of
/// another model runs it, and every bidang module has its own.
/// </summary>
internal static class KueriLembar
{
    private static readonly ConcurrentDictionary<Type, Func<BidangDbContext, string, string, CancellationToken, Task<LembarData?>>> Lembar = new();

    /// <summary>The sheet of <paramref name="periode"/> and <paramref name="wilayah"/>, tracked; null when there is none.</summary>
    public static Task<LembarData?> CariAsync(BidangDbContext db, string periode, string wilayah, CancellationToken cancellationToken) =>
        Lembar.GetOrAdd(db.GetType(), static _ => EF.CompileAsyncQuery(
            (BidangDbContext c, string p, string w, CancellationToken ct) => c.Lembar.SingleOrDefault(l => l.Periode == p && l.Wilayah == w)))(
            db, periode, wilayah, cancellationToken);
}
