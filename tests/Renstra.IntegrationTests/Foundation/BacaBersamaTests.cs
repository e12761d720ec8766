using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// Issue 9 (read group commit): concurrent reads of one key share a read, but only one that started after they
/// arrived — never the read that was already running when they came.
/// </summary>
public sealed class BacaBersamaTests
{
    /// <summary>A read whose every execution waits until the test lets it finish, and answers the database's value then.</summary>
    private sealed class BacaanTertahan
    {
        private readonly List<TaskCompletionSource> _pintu = [];

        public int Nilai;

        public int Mulai => _pintu.Count;

        public async Task<int> BacaAsync(string kunci, CancellationToken cancellationToken)
        {
            TaskCompletionSource pintu;
            int nilai;
            lock (_pintu)
            {
                // The value as of the read's start: a change after it started is not seen, as in a database snapshot.
                nilai = Volatile.Read(ref Nilai);
                pintu = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _pintu.Add(pintu);
            }
            await pintu.Task;
            return nilai;
        }

        public void Lepas(int ke)
        {
            lock (_pintu) _pintu[ke].SetResult();
        }

        public Task TungguMulaiAsync(int jumlah) =>
            Eventually.WaitForAsync(() => Task.FromResult(Mulai), n => n >= jumlah, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_request_arriving_while_a_read_runs_gets_the_next_read_and_one_read_answers_all_that_waited()
    {
        var db = new BacaanTertahan { Nilai = 1 };
        var bersama = new BacaBersama<string, int>(db.BacaAsync);

        var pertama = bersama.BacaAsync("a", CancellationToken.None);
        await db.TungguMulaiAsync(1);
        db.Nilai = 2; // committed after the first read started, before the next requests arrive
        var menunggu = Enumerable.Range(0, 20).Select(_ => bersama.BacaAsync("a", CancellationToken.None)).ToList();
        Assert.Equal(1, db.Mulai); // nobody starts a second read of the key while one runs

        db.Lepas(0);
        Assert.Equal(1, await pertama);
        await db.TungguMulaiAsync(2);
        Assert.All(menunggu, t => Assert.False(t.IsCompleted)); // not answered by the read that was running when they came
        var terlambat = bersama.BacaAsync("a", CancellationToken.None); // arrives while the second read runs
        db.Nilai = 3;

        db.Lepas(1);
        Assert.All(await Task.WhenAll(menunggu), n => Assert.Equal(2, n));
        await db.TungguMulaiAsync(3);
        Assert.False(terlambat.IsCompleted);
        db.Lepas(2);
        Assert.Equal(3, await terlambat);
        Assert.Equal(3, bersama.JumlahBaca); // 22 requests, 3 reads
    }

    [Fact]
    public async Task Different_keys_do_not_wait_for_each_other_and_an_idle_key_reads_at_once()
    {
        var db = new BacaanTertahan { Nilai = 7 };
        var bersama = new BacaBersama<string, int>(db.BacaAsync);

        var a = bersama.BacaAsync("a", CancellationToken.None);
        var b = bersama.BacaAsync("b", CancellationToken.None);
        await db.TungguMulaiAsync(2);
        db.Lepas(1);
        Assert.Equal(7, await b);
        Assert.False(a.IsCompleted);
        db.Lepas(0);
        Assert.Equal(7, await a);

        var lagi = bersama.BacaAsync("a", CancellationToken.None);
        await db.TungguMulaiAsync(3);
        db.Lepas(2);
        Assert.Equal(7, await lagi);
    }

    [Fact]
    public async Task A_failed_read_fails_only_the_requests_of_its_round_and_the_next_round_reads_again()
    {
        var gagal = true;
        var mulai = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lepas = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ke = 0;
        var bersama = new BacaBersama<string, int>(async (_, _) =>
        {
            if (Interlocked.Increment(ref ke) == 1)
            {
                mulai.SetResult();
                await lepas.Task;
            }
            if (gagal) throw new InvalidOperationException("basis data tidak dapat dibaca");
            return 5;
        });

        var pertama = bersama.BacaAsync("a", CancellationToken.None);
        await mulai.Task;
        var menunggu = bersama.BacaAsync("a", CancellationToken.None);
        lepas.SetResult();
        await Assert.ThrowsAsync<InvalidOperationException>(() => pertama);
        await Assert.ThrowsAsync<InvalidOperationException>(() => menunggu); // its own round failed too
        gagal = false;
        Assert.Equal(5, await bersama.BacaAsync("a", CancellationToken.None));
        Assert.Equal(3, bersama.JumlahBaca);
    }
}
