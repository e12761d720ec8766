using Renstra.Shared.Abstractions;

namespace Renstra.Shared.Inbox;

/// <summary>
/// A receiver that takes many integration events in one transaction (one commit, one follow-up per affected
/// key) instead of one Mediator notification each. The outbox dispatcher hands it every consecutive run of
/// events it <see cref="Handles"/>; those events are not published through Mediator, so the receiver must be
/// their only consumer and keep its Mediator handler for single events (a batch of one). When a batch fails,
/// the dispatcher hands its events over once more one at a time, so one bad event holds back only itself.
/// </summary>
public interface IIntegrationEventBatchHandler
{
    bool Handles(IntegrationEvent integrationEvent);

    /// <summary>Handles the events (in outbox order) idempotently, all or nothing.</summary>
    Task HandleAsync(IReadOnlyList<IntegrationEvent> integrationEvents, CancellationToken cancellationToken);
}
