namespace Renstra.Shared.Persistence;

/// <summary>
/// The scope a module context is leased for, as the context holds it (<see cref="KeadaanKonteks.Layanan"/>): one per
/// scope, owned by it, and emptied when the scope ends — when its contexts go back to the pool. A pooled context then
/// keeps only this empty holder until its next lease, not the ended request or job and all it resolved. Emptied by the
/// scope rather than cleared on the context: the scope's disposal may run after its contexts are back in the pool and
/// leased again, and it touches only its own holder, never the next lease's.
/// </summary>
internal sealed class CakupanSewa(IServiceProvider layanan) : IDisposable
{
    private IServiceProvider? _layanan = layanan;

    public IServiceProvider? Layanan => Volatile.Read(ref _layanan);

    public void Dispose() => Volatile.Write(ref _layanan, null);
}
