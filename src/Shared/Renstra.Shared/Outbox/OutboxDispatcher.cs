using Hangfire;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Inbox;
using Renstra.Shared.Persistence;

using Renstra.Shared.Hosting;

namespace Renstra.Shared.Outbox;

/// <summary>
/// The Hangfire job that delivers a module's outbox. Runs right after a commit that wrote messages
/// (<see cref="OutboxSignalInterceptor{TContext}"/>, at most one run waiting) and every minute as a sweep,
/// so a message committed just before a crash is delivered after the restart. Receivers de-duplicate on the
/// event id, so delivering twice is harmless. Delivers in batches: up to <see cref="BatchSize"/> messages
/// are read, a run of events that one <see cref="IIntegrationEventBatchHandler"/> takes goes to it in one
/// call (one transaction on its side), the rest through Mediator, and the batch's outcome is stored in one
/// commit.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    TContext db, IPublisher publisher, IEnumerable<IIntegrationEventBatchHandler> batchHandlers, OutboxDispatchSchedule<TContext> schedule,
    KomitBersama komit, TimeProvider time, ILogger<OutboxDispatcher<TContext>> logger)
    where TContext : DbContext
{
    private const int BatchSize = 500;

    private readonly IIntegrationEventBatchHandler[] _batchHandlers = [.. batchHandlers];

    private readonly List<Guid> _terkirim = new(BatchSize);

    private readonly List<OutboxMessage> _gagal = [];

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        schedule.Started();
        var failures = 0;
        while (true)
        {
            var batch = await db.Set<OutboxMessage>()
                .AsNoTracking()
                .Where(m => m.ProcessedOnUtc == null && m.Attempts < OutboxMessage.MaxAttempts)
                .OrderBy(m => m.OccurredOnUtc)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            var t0 = time.GetTimestamp();
            // Only what is on disk leaves the module: a receiver never keeps an effect of a commit a power cut could undo.
            await komit.TungguTahanLamaAsync(db);
            var t1 = time.GetTimestamp();

            var events = new List<(OutboxMessage Message, IntegrationEvent Event)>(batch.Count);
            foreach (var message in batch)
            {
                try
                {
                    events.Add((message, message.ToIntegrationEvent()));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures++;
                    Failed(message, ex);
                }
            }
            for (var i = 0; i < events.Count;)
            {
                var handler = Array.Find(_batchHandlers, h => h.Handles(events[i].Event));
                var end = i + 1;
                while (handler is not null && end < events.Count && handler.Handles(events[end].Event)) end++;
                failures += await DeliverAsync(handler, events.GetRange(i, end - i), cancellationToken);
                i = end;
            }
            var t2 = time.GetTimestamp();
            // The marks go before the writers queued for the file: the next round (and every event in it) waits for them.
            // On the thread pool: the module's PUTs wait for this turn, so it runs at their CPU priority, not at the
            // lower one of the job's own thread (HangfireSetup's background scheduler).
            await Task.Run(async () =>
            {
                using (await GerbangTulisSqlite.MasukAsync(db, cancellationToken, dahulukan: true)) await TandaiAsync(cancellationToken);
            }, CancellationToken.None);
            LogBatch(logger, typeof(TContext).Name, batch.Count, (time.GetUtcNow().UtcDateTime - batch[0].OccurredOnUtc).TotalMilliseconds,
                time.GetElapsedTime(t0, t1).TotalMilliseconds, time.GetElapsedTime(t1, t2).TotalMilliseconds, time.GetElapsedTime(t2).TotalMilliseconds);
            if (failures > 0 || batch.Count < BatchSize) break;
        }
        if (failures > 0)
            throw new OutboxDeliveryException($"{failures} outbox message(s) of {typeof(TContext).Name} could not be delivered; retrying.");
    }

    /// <summary>The run in one call; if that fails, each of its events alone. Returns how many failed.</summary>
    private async Task<int> DeliverAsync(
        IIntegrationEventBatchHandler? handler, List<(OutboxMessage Message, IntegrationEvent Event)> run, CancellationToken cancellationToken)
    {
        if (handler is not null && run.Count > 1)
        {
            try
            {
                await handler.HandleAsync(run.ConvertAll(r => r.Event), cancellationToken);
                foreach (var (message, _) in run) Delivered(message);
                return 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBatchFailed(logger, ex, run.Count, run[0].Message.Type);
            }
        }
        var failures = 0;
        foreach (var (message, integrationEvent) in run)
        {
            try
            {
                if (handler is not null) await handler.HandleAsync([integrationEvent], cancellationToken);
                else await publisher.Publish(integrationEvent, cancellationToken);
                Delivered(message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures++;
                Failed(message, ex);
            }
        }
        return failures;
    }

    private void Delivered(OutboxMessage message) => _terkirim.Add(message.Id);

    private void Failed(OutboxMessage message, Exception ex)
    {
        message.Attempts++;
        message.LastError = CobaLagi.Potong(ex.Message);
        _gagal.Add(message);
        LogDeliveryFailed(logger, ex, message.Id, message.Type, message.Attempts);
    }

    /// <summary>
    /// The batch's outcome in one transaction: one statement marks every delivered message (a tracked update per
    /// message held the module file's write turn, which the module's PUTs wait for, for ≈ 18 statements a batch under
    /// 20 writers), one statement per failed one.
    /// </summary>
    private async Task TandaiAsync(CancellationToken cancellationToken)
    {
        await using var transaksi = await db.Database.BeginTransactionAsync(cancellationToken);
        if (_terkirim.Count > 0)
        {
            var sekarang = time.GetUtcNow().UtcDateTime;
            await db.Set<OutboxMessage>().Where(m => _terkirim.Contains(m.Id)).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ProcessedOnUtc, sekarang).SetProperty(m => m.LastError, (string?)null), cancellationToken);
        }
        foreach (var pesan in _gagal)
        {
            await db.Set<OutboxMessage>().Where(m => m.Id == pesan.Id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, pesan.Attempts).SetProperty(m => m.LastError, pesan.LastError), cancellationToken);
        }
        await transaksi.CommitAsync(cancellationToken);
        _terkirim.Clear();
        _gagal.Clear();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox {Context}: batch of {Jumlah}, oldest {Umur} ms old; flush wait {Flush} ms, delivery {Kirim} ms, marks {Tandai} ms")]
    private static partial void LogBatch(ILogger logger, string context, int jumlah, double umur, double flush, double kirim, double tandai);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Type}) failed, attempt {Attempt}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception ex, Guid messageId, string type, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} outbox messages (first {Type}) failed; delivering them one by one")]
    private static partial void LogBatchFailed(ILogger logger, Exception ex, int count, string type);
}

public sealed class OutboxDeliveryException(string message) : Exception(message);
