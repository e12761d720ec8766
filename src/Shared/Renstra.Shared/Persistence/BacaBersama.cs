using System.Collections.Concurrent;

namespace Renstra.Shared.Persistence;

/// <summary>
/// Read group commit: concurrent requests for the same key share one execution of a read (the session check, the
/// capaian stamp) — and concurrent commits to one SQLite file share one flush of it (<see cref="KomitBersama"/>: a
/// flush is this with the file as the key). A request shares only a read that
/// <b>started after it arrived</b>, so its answer is exactly as fresh as a read of its own would be (anything
/// committed before the request arrived, by any instance, is seen). A request that finds no read of its key
/// running starts one at once on its own thread; a request that arrives while one runs waits for the next round,
/// which starts when the running one ends and answers every request that joined it with one read.
/// </summary>
/// <remarks>
/// Keys are few and come from checked sources (an account id from a signed ticket, a region of a checked query), so
/// each keeps its small round state for the life of the instance. A round for waiters runs on the thread pool with no
/// cancellation token: it belongs to no single request (a waiter does not give up early; a round lasts one statement).
/// </remarks>
public sealed class BacaBersama<TKunci, T>(Func<TKunci, CancellationToken, Task<T>> baca) where TKunci : notnull
{
    private readonly ConcurrentDictionary<TKunci, Giliran> _giliran = new();

    private readonly Func<TKunci, CancellationToken, Task<T>> _baca = baca;

    private long _jumlahBaca;

    /// <summary>Reads executed so far (every round counts one); for tests and benchmarks.</summary>
    public long JumlahBaca => Interlocked.Read(ref _jumlahBaca);

    /// <summary>The value of <paramref name="kunci"/> read by a round that started after this call.</summary>
    public Task<T> BacaAsync(TKunci kunci, CancellationToken cancellationToken) =>
        _giliran.GetOrAdd(kunci, static (k, pemilik) => new Giliran(k, pemilik), this).BacaAsync(cancellationToken);

    /// <summary>The rounds of one key; itself the thread-pool work item of a waiters' round (at most one is queued).</summary>
    private sealed class Giliran(TKunci kunci, BacaBersama<TKunci, T> pemilik) : IThreadPoolWorkItem
    {
        private readonly Lock _kunci = new();
        private bool _berjalan;
        private TaskCompletionSource<T>? _berikut;
        private TaskCompletionSource<T>? _antre;

        public Task<T> BacaAsync(CancellationToken cancellationToken)
        {
            lock (_kunci)
            {
                if (_berjalan)
                {
                    _berikut ??= new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                    return _berikut.Task;
                }
                _berjalan = true;
            }
            Task<T> baca;
            try
            {
                baca = Baca(cancellationToken);
            }
            catch
            {
                Selesai();
                throw;
            }
            if (baca.IsCompleted)
            {
                Selesai();
                return baca;
            }
            return TungguAsync(baca);
        }

        private async Task<T> TungguAsync(Task<T> baca)
        {
            try
            {
                return await baca;
            }
            finally
            {
                Selesai();
            }
        }

        private Task<T> Baca(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref pemilik._jumlahBaca);
            return pemilik._baca(kunci, cancellationToken);
        }

        /// <summary>A round ended: the requests that arrived meanwhile get the next one, else the key is idle.</summary>
        private void Selesai()
        {
            lock (_kunci)
            {
                if (_berikut is null)
                {
                    _berjalan = false;
                    return;
                }
                _antre = _berikut;
                _berikut = null;
            }
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }

        public void Execute() => _ = PutaranAsync(_antre!);

        private async Task PutaranAsync(TaskCompletionSource<T> menunggu)
        {
            try
            {
                menunggu.SetResult(await Baca(CancellationToken.None));
            }
            catch (Exception e)
            {
                menunggu.SetException(e);
            }
            finally
            {
                Selesai();
            }
        }
    }
}
