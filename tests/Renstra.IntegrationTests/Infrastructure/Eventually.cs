namespace Renstra.IntegrationTests.Infrastructure;

/// <summary>Waits for an effect of background work (outbox delivery, recompute) with a deadline.</summary>
public static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) return value;
            await Task.Delay(100);
        }
    }
}
