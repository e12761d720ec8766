namespace Renstra.Shared.Persistence;

/// <summary>
/// A module's DbContext: it carries the state of the use it is leased for, which its interceptors read from it. So the
/// interceptors and the context options are singletons, and the contexts come from a pool (docs/benchmarks.md,
/// "Session 11": building the options, the context's internal services and the scoped interceptors per request was
/// ≈ 7–9 % of a sheet PUT's host CPU). A write run in another writer's batch
/// (<see cref="GerbangTulisSqlite.TulisBersamaAsync{T}"/>) still runs on its own context, so its audit rows name its own
/// request's user and its outbox signal is its own.
/// </summary>
public interface IKonteksModul
{
    KeadaanKonteks Keadaan { get; }
}

/// <summary>
/// What one lease of a module context carries; reset at every lease (<see cref="ModuleDbContextRegistration"/>). The scope
/// is held through <see cref="CakupanSewa"/>, which the scope empties when it ends.
/// </summary>
public sealed class KeadaanKonteks
{
    private CakupanSewa? _cakupan;

    /// <summary>The scope (a request, a job) the context serves; null in a context built by hand (tools, tests), whose
    /// audit rows then name <c>sistem</c>, and once that scope has ended (the context is back in the pool).</summary>
    public IServiceProvider? Layanan => _cakupan?.Layanan;

    /// <summary>Outbox messages saved whose commit has not been signalled yet (<see cref="Outbox.OutboxSignalInterceptor{TContext}"/>).</summary>
    internal bool OutboxMenunggu { get; set; }

    internal void Sewa(CakupanSewa cakupan)
    {
        _cakupan = cakupan;
        OutboxMenunggu = false;
    }
}
