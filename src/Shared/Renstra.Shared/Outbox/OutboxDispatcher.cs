using Hangfire;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Renstra.Shared.Outbox;

/// <summary>
/// The Hangfire job that delivers a module's outbox. Runs right after a commit that wrote messages
/// (<see cref="OutboxSignalInterceptor{TContext}"/>) and every minute as a sweep, so a message
/// committed just before a crash is delivered after the restart. Receivers de-duplicate on the
/// event id, so delivering twice is harmless.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    TContext db, IPublisher publisher, TimeProvider time, ILogger<OutboxDispatcher<TContext>> logger)
    where TContext : DbContext
{
    private const int BatchSize = 100;

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (true)
        {
            var batch = await db.Set<OutboxMessage>()
                .Where(m => m.ProcessedOnUtc == null && m.Attempts < OutboxMessage.MaxAttempts)
                .OrderBy(m => m.OccurredOnUtc)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) break;

            foreach (var message in batch)
            {
                try
                {
                    await publisher.Publish(message.ToIntegrationEvent(), cancellationToken);
                    message.ProcessedOnUtc = time.GetUtcNow().UtcDateTime;
                    message.LastError = null;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures++;
                    message.Attempts++;
                    message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                    LogDeliveryFailed(logger, ex, message.Id, message.Type, message.Attempts);
                }
                await db.SaveChangesAsync(cancellationToken);
            }
            if (failures > 0 || batch.Count < BatchSize) break;
        }
        if (failures > 0)
            throw new OutboxDeliveryException($"{failures} outbox message(s) of {typeof(TContext).Name} could not be delivered; retrying.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Type}) failed, attempt {Attempt}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception ex, Guid messageId, string type, int attempt);
}

public sealed class OutboxDeliveryException(string message) : Exception(message);
